package pipeline

// BoundParameter is a parameter bound for the running command and its value.
type BoundParameter struct {
	Name  string
	Value any
}

// BoundParameters returns the parameters bound for the current input object
// (by argument or from the pipeline), in declaration order, with their
// values; common parameters are left out. Values of commands whose
// parameters are not struct fields (script functions, Lua cmdlets) are nil.
func (c *Context) BoundParameters() []BoundParameter {
	b := c.st.b
	_, dynamic := b.cmdlet.(DynamicCmdlet)
	var out []BoundParameter
	for _, p := range b.meta.Params {
		if !b.isBound(p) {
			continue
		}
		bp := BoundParameter{Name: p.Name}
		if !dynamic {
			bp.Value = b.field(p).Interface()
		}
		out = append(out, bp)
	}
	return out
}
