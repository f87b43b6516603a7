package lua

import (
	"strings"

	"github.com/psh-project/psh/pipeline"
	glua "github.com/yuin/gopher-lua"
)

// state is one Lua interpreter of a module: the chunk has run in it, so it
// holds the functions of every cmdlet the module declares. A state is used
// by one cmdlet instance at a time and returns to the module's pool after.
type state struct {
	L       *glua.LState
	mod     *luaModule
	objMeta *glua.LTable
	ctxMeta *glua.LTable
	decls   []*decl
	fns     map[string]*cmdFns
	// cur is the running command's context; loadCtx is Import-Module's
	// while the chunk first runs (so top-level print is shown once).
	cur     *pipeline.Context
	loadCtx *pipeline.Context
	// pending is a Go error raised through Lua (the pipeline stopped),
	// returned as is once the Lua call unwinds.
	pending error
}

// newState makes an interpreter for m and runs the module's chunk in it.
func newState(m *luaModule, c *pipeline.Context, first bool) (*state, error) {
	L := glua.NewState(glua.Options{SkipOpenLibs: true, CallStackSize: 200,
		RegistrySize: 1024, RegistryMaxSize: 1024 * 1024, RegistryGrowStep: 1024})
	s := &state{L: L, mod: m, fns: map[string]*cmdFns{}}
	openLibs(L, m.allowOS)
	s.guard()
	s.objMeta = s.objectMetatable()
	s.ctxMeta = L.CreateTable(0, 1)
	s.ctxMeta.RawSetString("__index", s.contextMethods())
	L.SetGlobal("print", L.NewFunction(s.print))
	L.SetGlobal("psh", s.pshTable())
	if first {
		s.loadCtx = c
	}
	if c != nil && c.Context().Done() != nil {
		L.SetContext(c.Context())
	}
	L.Push(L.NewFunctionFromProto(m.proto))
	err := L.PCall(0, 0, nil)
	s.unbind()
	s.loadCtx = nil
	if err != nil {
		L.Close()
		return nil, s.failure(c, err)
	}
	for _, d := range s.decls {
		s.fns[strings.ToLower(d.spec.name)] = d.fns
	}
	return s, nil
}

// bind makes c the running command: Lua callbacks act on it, and the
// interpreter stops when its context is cancelled.
func (s *state) bind(c *pipeline.Context) {
	s.cur = c
	if c != nil && c.Context().Done() != nil {
		s.L.SetContext(c.Context())
	}
}

func (s *state) unbind() {
	s.cur = nil
	if s.L.Context() != nil {
		s.L.RemoveContext()
	}
}

// call runs a Lua function with args and turns a failure into a psh error.
func (s *state) call(fn *glua.LFunction, args ...glua.LValue) error {
	L := s.L
	L.Push(fn)
	for _, a := range args {
		L.Push(a)
	}
	err := L.PCall(len(args), 0, nil)
	if err == nil && s.pending == nil {
		return nil
	}
	return s.failure(s.cur, err)
}

// failure is the psh error for a failed Lua call: the pending Go error if
// a callback raised one, "pipeline stopped" when the context was
// cancelled, else the Lua error positioned in the module file.
func (s *state) failure(c *pipeline.Context, err error) error {
	if p := s.pending; p != nil {
		s.pending = nil
		return p
	}
	if c != nil && c.Context().Err() != nil {
		return pipeline.PipelineStopped(c.Context().Err())
	}
	return &pipeline.ErrorRecord{Err: luaError(s.mod.chunk, err), ID: "LuaError",
		Category: pipeline.NotSpecified}
}

// raiseGo unwinds the Lua stack for a Go error that must reach the
// pipeline unchanged (an Emit that says stop).
func (s *state) raiseGo(err error) {
	s.pending = err
	s.L.RaiseError(stopSignal)
}

// context returns the running command's context, or raises a Lua error
// naming what needed it.
func (s *state) context(what string) *pipeline.Context {
	if s.cur == nil {
		s.L.RaiseError("%s can only be called while a cmdlet runs (in begin, process or end)", what)
	}
	return s.cur
}

// callerError is an *Error positioned at the Lua line that called the
// running Go function.
func (s *state) callerError(msg string) *Error {
	return splitPosition(s.mod.chunk, s.L.Where(1)+" "+msg)
}

// print writes its arguments, tab-separated, to the shell's host output
// (as Write-Host does), never to the process's stdout.
func (s *state) print(L *glua.LState) int {
	n := L.GetTop()
	parts := make([]string, n)
	for i := 1; i <= n; i++ {
		parts[i-1] = L.ToStringMeta(L.Get(i)).String()
	}
	c := s.cur
	if c == nil {
		c = s.loadCtx
	}
	if c != nil {
		c.WriteHost(strings.Join(parts, "\t") + "\n")
	}
	return 0
}
