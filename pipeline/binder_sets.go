package pipeline

import (
	"slices"
	"strings"
)

// checkSets reports named arguments from parameter sets that exclude each
// other.
func (b *binder) checkSets() error {
	for p := range b.bound {
		if !b.setCompatible(p) {
			return b.errorf("AmbiguousParameterSet", "", b.pos,
				"Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.")
		}
	}
	return nil
}

// inDefaultSet reports whether p may take a positional argument while no
// bound parameter has chosen a set: it is in every set or in the default.
func (b *binder) inDefaultSet(p *ParamMeta) bool {
	if len(p.Sets) == 0 || b.meta.DefaultSet == "" {
		return true
	}
	for q := range b.bound {
		if len(q.Sets) > 0 {
			return true
		}
	}
	for _, s := range p.Sets {
		if strings.EqualFold(s, b.meta.DefaultSet) {
			return true
		}
	}
	return false
}

// AllParameterSets is the parameter set name of a command that declares
// none, as $PSCmdlet.ParameterSetName reports it.
const AllParameterSets = "__AllParameterSets"

// inSet reports whether p belongs to set (a parameter without sets is in
// every set).
func inSet(p *ParamMeta, set string) bool {
	if len(p.Sets) == 0 {
		return true
	}
	for _, s := range p.Sets {
		if strings.EqualFold(s, set) {
			return true
		}
	}
	return false
}

// parameterSet is the parameter set the bound parameters select, as
// PowerShell resolves it: of the declared sets that contain every bound
// parameter, the only one, else the only one whose mandatory parameters
// are all bound (bound counts those the pipeline will bind when isBound
// says so), else the default set, else the first. "" when the command
// declares no sets.
func (b *binder) parameterSet(isBound func(*ParamMeta) bool) string {
	var sets []string // few: a linear search beats a map and allocates nothing without sets
	for _, p := range b.meta.Params {
		for _, s := range p.Sets {
			if !slices.ContainsFunc(sets, func(t string) bool { return strings.EqualFold(s, t) }) {
				sets = append(sets, s)
			}
		}
	}
	if len(sets) == 0 {
		return ""
	}
	var candidates []string
	for _, s := range sets {
		ok := true
		for _, p := range b.meta.Params {
			if isBound(p) && !inSet(p, s) {
				ok = false
				break
			}
		}
		if ok {
			candidates = append(candidates, s)
		}
	}
	if len(candidates) == 0 {
		return sets[0]
	}
	if len(candidates) == 1 {
		return candidates[0]
	}
	var complete []string
	for _, s := range candidates {
		ok := true
		for _, p := range b.meta.Params {
			if p.Mandatory && inSet(p, s) && !isBound(p) {
				ok = false
				break
			}
		}
		if ok {
			complete = append(complete, s)
		}
	}
	for _, list := range [][]string{complete, candidates} {
		for _, s := range list {
			if strings.EqualFold(s, b.meta.DefaultSet) {
				return s
			}
		}
	}
	if len(complete) > 0 {
		return complete[0]
	}
	return candidates[0]
}
