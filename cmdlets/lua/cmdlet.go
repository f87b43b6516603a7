package lua

import (
	"fmt"
	"strings"

	"github.com/psh-project/psh/pipeline"
	glua "github.com/yuin/gopher-lua"
)

// luaCmdlet is one instance of a Lua cmdlet in a pipeline: the binder sets
// its parameters through SetParameter, and Begin, Process and End call the
// declaration's functions in an interpreter held for the instance's life.
type luaCmdlet struct {
	mod    *luaModule
	spec   *cmdSpec
	values []any
	s      *state
	fns    *cmdFns
	ctx    *glua.LTable
	params *glua.LTable
}

func (m *luaModule) newCmdlet(spec *cmdSpec) *luaCmdlet {
	l := &luaCmdlet{mod: m, spec: spec, values: make([]any, len(spec.meta.Params))}
	for i, p := range spec.meta.Params {
		l.values[i] = p.Default
	}
	return l
}

// Parameters returns the declared parameters (shared by all instances).
func (l *luaCmdlet) Parameters() *pipeline.CommandMeta { return l.spec.meta }

// SetParameter stores a bound (already converted) value.
func (l *luaCmdlet) SetParameter(p *pipeline.ParamMeta, v any) error {
	for i, q := range l.spec.meta.Params {
		if q == p {
			l.values[i] = v
			return nil
		}
	}
	return fmt.Errorf("%s has no parameter %s", l.spec.name, p.Name)
}

// Begin takes an interpreter and runs the begin function, if any.
func (l *luaCmdlet) Begin(c *pipeline.Context) error {
	if err := l.start(c); err != nil {
		return err
	}
	return l.run(l.fns.begin)
}

// Process runs the process function with the current parameter values.
func (l *luaCmdlet) Process(c *pipeline.Context) error {
	if err := l.start(c); err != nil {
		return err
	}
	return l.run(l.fns.process)
}

// End runs the end function, if any, and returns the interpreter.
func (l *luaCmdlet) End(c *pipeline.Context) error {
	if err := l.start(c); err != nil {
		return err
	}
	err := l.run(l.fns.end)
	if l.s != nil {
		l.stop()
	}
	return err
}

func (l *luaCmdlet) start(c *pipeline.Context) error {
	if l.s != nil {
		return nil
	}
	s, err := l.mod.acquire(c)
	if err != nil {
		return err
	}
	fns := s.fns[strings.ToLower(l.spec.name)]
	if fns == nil {
		l.mod.release(s)
		return fmt.Errorf("%s: the module no longer declares %s", l.mod.chunk, l.spec.name)
	}
	l.s, l.fns = s, fns
	l.ctx = s.L.CreateTable(0, 0)
	l.ctx.Metatable = s.ctxMeta
	l.params = s.L.CreateTable(0, len(l.values))
	return nil
}

// stop returns the interpreter to the pool.
func (l *luaCmdlet) stop() {
	l.mod.release(l.s)
	l.s, l.fns, l.ctx, l.params = nil, nil, nil, nil
}

// run calls fn(ctx, params). A failure gives the interpreter back at once,
// since the pipeline will not call this instance again.
func (l *luaCmdlet) run(fn *glua.LFunction) error {
	if fn == nil {
		return nil
	}
	for i, p := range l.spec.meta.Params {
		l.params.RawSetString(p.Name, l.s.toLua(l.values[i]))
	}
	if err := l.s.call(fn, l.ctx, l.params); err != nil {
		l.stop()
		return err
	}
	return nil
}
