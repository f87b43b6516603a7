package interp

import "github.com/psh-project/psh/pipeline"

// Limits returns the session's memory budget (pipeline.LimitedSession).
func (in *Interp) Limits() pipeline.Limits { return in.cfg.Limits }

// collector appends output to a slice within the session's MaxItems, so
// @( ), $( ) and $x = ... fail with a catchable error instead of growing
// until the process runs out of memory.
type collector struct {
	out []any
	max int
	lim pipeline.Limits
}

func (in *Interp) newCollector() *collector {
	return &collector{max: in.cfg.Limits.MaxItems, lim: in.cfg.Limits}
}

// add appends v, or fails when the collection would pass MaxItems.
func (c *collector) add(v any) error {
	if len(c.out) >= c.max {
		return c.lim.CheckItems(len(c.out) + 1)
	}
	c.out = append(c.out, v)
	return nil
}

// checkSize fails when an operator built a string or an array over the
// session's limits (`$s + $s`, `'x' * $n`, `@(1) * $n`, -join).
func (in *Interp) checkSize(v any) error {
	switch x := v.(type) {
	case string:
		return in.cfg.Limits.CheckString(len(x))
	case []any:
		return in.cfg.Limits.CheckItems(len(x))
	}
	return nil
}

// invokeWeight is how many call levels one Session.Invoke from a cmdlet
// counts: a Lua cmdlet calling itself through psh.invoke builds a new Lua
// interpreter at each level, so such recursion is stopped ten times
// sooner than a plain function's.
const invokeWeight = 10

// nestInvoke counts a Session.Invoke (psh.invoke, Invoke-Expression from a
// cmdlet) as call depth, so recursion across the Lua boundary ends in the
// CallDepthOverflow plain functions get; the returned func undoes it.
func (in *Interp) nestInvoke() func() {
	in.nested++
	in.depth += invokeWeight
	return func() { in.nested--; in.depth -= invokeWeight }
}

// invokeDepthError is CallDepthOverflow once calls nest too deeply.
func (in *Interp) invokeDepthError() error {
	if in.depth >= maxCallDepth {
		return callDepthOverflow()
	}
	return nil
}
