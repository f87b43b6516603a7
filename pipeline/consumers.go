package pipeline

// PropertyConsumer is a command that reads only some properties of its
// input objects and passes none of them on whole (Select-Object
// Name,Alias): the command before it may then make objects that have just
// those properties right, which is cheaper when the rest costs a read.
type PropertyConsumer interface {
	// ConsumedProperties returns the property names the command reads of
	// each input object, or ok false when it may read any property or keep
	// or pass on the object itself.
	ConsumedProperties() (names []string, ok bool)
}

// DownstreamProperties returns the only properties anybody reads of the
// objects this command emits, when the next command says so (see
// PropertyConsumer); ok is false otherwise, and whenever this command's
// output is also kept whole (-OutVariable, -PipelineVariable).
func (c *Context) DownstreamProperties() ([]string, bool) {
	st := c.st
	if st == nil || c.pipe == nil || st.outVar != nil || st.b.values.PipelineVariable != "" {
		return nil, false
	}
	if st.index+1 >= len(c.pipe.stages) {
		return nil, false
	}
	pc, ok := c.pipe.stages[st.index+1].cmdlet.(PropertyConsumer)
	if !ok {
		return nil, false
	}
	return pc.ConsumedProperties()
}
