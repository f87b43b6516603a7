package core

import (
	"errors"
	"fmt"
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// propSpec is one entry of a -Property list: a name, a wildcard pattern, a
// script block, or a calculated property @{Name=...; Expression=...}.
type propSpec struct {
	name     string
	wildcard *pipeline.Wildcard
	expr     pipeline.ScriptBlock
	// exprProp is the property read by a string Expression or plain name.
	exprProp string
	// desc is set by a sort hashtable's Descending/Ascending key.
	desc, hasDesc bool
	width         int
	align         pipeline.Alignment
	format        string
}

// parseProps turns -Property values into specs. allowed lists the extra
// hashtable keys the calling cmdlet accepts (besides Name and Expression).
func parseProps(list []any, allowed ...string) ([]propSpec, error) {
	var out []propSpec
	for _, v := range list {
		switch x := v.(type) {
		case pipeline.ScriptBlock:
			out = append(out, propSpec{name: x.String(), expr: x})
		case *pipeline.Hashtable:
			p, err := hashProp(x, allowed)
			if err != nil {
				return nil, err
			}
			out = append(out, p)
		default:
			s := pipeline.ToString(v)
			if pipeline.HasWildcard(s) {
				out = append(out, propSpec{name: s, wildcard: pipeline.CompileWildcard(s, false)})
			} else {
				out = append(out, propSpec{name: s, exprProp: s})
			}
		}
	}
	return out, nil
}

func hashProp(h *pipeline.Hashtable, allowed []string) (propSpec, error) {
	var p propSpec
	hasExpr := false
	for _, k := range h.Keys() {
		key := strings.ToLower(pipeline.ToString(k))
		v, _ := h.Get(k)
		switch {
		case prefixOf(key, "name") || prefixOf(key, "label"):
			p.name = pipeline.ToString(v)
		case prefixOf(key, "expression"):
			hasExpr = true
			if sb, ok := v.(pipeline.ScriptBlock); ok {
				p.expr = sb
				if p.name == "" {
					p.name = sb.String()
				}
			} else {
				p.exprProp = pipeline.ToString(v)
				if p.name == "" {
					p.name = p.exprProp
				}
			}
		case allowedKey(key, allowed, "descending"):
			p.desc, p.hasDesc = pipeline.ToBool(v), true
		case allowedKey(key, allowed, "ascending"):
			p.desc, p.hasDesc = !pipeline.ToBool(v), true
		case allowedKey(key, allowed, "width"):
			n, _ := pipeline.Convert(v, intType)
			p.width, _ = n.(int)
		case allowedKey(key, allowed, "alignment"):
			switch strings.ToLower(pipeline.ToString(v)) {
			case "left":
				p.align = pipeline.AlignLeft
			case "right":
				p.align = pipeline.AlignRight
			case "center":
				p.align = pipeline.AlignCenter
			}
		case allowedKey(key, allowed, "formatstring"):
			p.format = pipeline.ToString(v)
		default:
			return p, fmt.Errorf("The %s key is not valid.", pipeline.ToString(k))
		}
	}
	if !hasExpr {
		if len(allowed) > 0 && (p.hasDesc) && p.name != "" {
			return p, errors.New("The Expression key is missing.")
		}
		if p.name == "" {
			return p, errors.New("The Expression key is missing.")
		}
		p.exprProp = p.name
	}
	return p, nil
}

func prefixOf(key, full string) bool { return key != "" && strings.HasPrefix(full, key) }

func allowedKey(key string, allowed []string, full string) bool {
	for _, a := range allowed {
		if strings.EqualFold(a, full) {
			return prefixOf(key, full)
		}
	}
	return false
}

// value computes the spec's value for obj. ok is false when a plain
// property does not exist on obj.
func (p *propSpec) value(c *pipeline.Context, obj any) (any, bool, error) {
	if p.expr != nil {
		v, err := pipeline.InvokeValue(c, p.expr, obj)
		return v, true, err
	}
	v, ok := pipeline.GetProperty(obj, p.exprProp)
	return v, ok, nil
}

// expand resolves the specs against obj: wildcards become the matching
// property names. Plain names keep the spelling obj declares.
func expandSpecs(specs []propSpec, obj any, exclude []*pipeline.Wildcard) []propSpec {
	var out []propSpec
	seen := map[string]bool{}
	names := pipeline.PropertyNames(obj)
	add := func(p propSpec) {
		k := strings.ToLower(p.name)
		if seen[k] || excluded(p.name, exclude) {
			return
		}
		seen[k] = true
		out = append(out, p)
	}
	for _, p := range specs {
		if p.wildcard == nil {
			if p.expr == nil && p.exprProp != "" && strings.EqualFold(p.name, p.exprProp) {
				for _, n := range names {
					if strings.EqualFold(n, p.name) {
						p.name = n
						break
					}
				}
			}
			add(p)
			continue
		}
		for _, n := range names {
			if p.wildcard.Match(n) {
				add(propSpec{name: n, exprProp: n})
			}
		}
	}
	return out
}

func excluded(name string, ex []*pipeline.Wildcard) bool {
	for _, w := range ex {
		if w.Match(name) {
			return true
		}
	}
	return false
}

func wildcards(pats []string) []*pipeline.Wildcard {
	out := make([]*pipeline.Wildcard, len(pats))
	for i, p := range pats {
		out[i] = pipeline.CompileWildcard(p, false)
	}
	return out
}

// toColumns turns specs (already expanded) into formatting columns.
func toColumns(c *pipeline.Context, specs []propSpec) []pipeline.Column {
	cols := make([]pipeline.Column, len(specs))
	for i := range specs {
		p := specs[i]
		col := pipeline.Column{Label: p.name, Width: p.width, Align: p.align}
		if p.expr == nil && p.format == "" && strings.EqualFold(p.name, p.exprProp) {
			col.Property = p.exprProp
		} else {
			col.Value = func(obj any) any {
				v, _, err := p.value(c, obj)
				if err != nil {
					return nil
				}
				if p.format != "" {
					if s, err := pipeline.FormatValue(v, p.format); err == nil {
						return s
					}
				}
				return v
			}
		}
		cols[i] = col
	}
	return cols
}

// inputOf returns the object a cmdlet processes: the pipeline input or its
// -InputObject value. ok is false when there is nothing to process.
func inputOf(c *pipeline.Context, bound any) (any, bool) {
	if v, ok := c.Input(); ok {
		return v, true
	}
	if c.IsBound("InputObject") {
		return bound, true
	}
	return nil, false
}
