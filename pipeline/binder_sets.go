package pipeline

import "strings"

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
