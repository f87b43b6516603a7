package lua

import (
	"github.com/psh-project/psh/pipeline"
	glua "github.com/yuin/gopher-lua"
)

// contextMethods is the method table of the ctx a cmdlet's functions
// receive. ctx itself is a fresh table per cmdlet instance, so a script may
// keep its own fields on it (ctx.count = 0 in begin).
func (s *state) contextMethods() *glua.LTable {
	L := s.L
	m := L.CreateTable(0, 12)
	set := func(name string, fn glua.LGFunction) { m.RawSetString(name, L.NewFunction(fn)) }
	set("emit", s.emit)
	set("write_error", func(L *glua.LState) int {
		c := s.context("ctx:write_error")
		rec := &pipeline.ErrorRecord{Err: s.callerError(L.CheckString(2)), ID: "LuaError",
			Category: pipeline.NotSpecified}
		if L.GetTop() >= 3 {
			rec.Target, _ = fromLua(L.Get(3))
		}
		c.WriteError(rec)
		return 0
	})
	set("write_warning", func(L *glua.LState) int {
		s.context("ctx:write_warning").WriteWarning(L.CheckString(2))
		return 0
	})
	set("write_verbose", func(L *glua.LState) int {
		s.context("ctx:write_verbose").WriteVerbose(L.CheckString(2))
		return 0
	})
	set("write_debug", func(L *glua.LState) int {
		s.context("ctx:write_debug").WriteDebug(L.CheckString(2))
		return 0
	})
	set("write_host", func(L *glua.LState) int {
		s.context("ctx:write_host").WriteHost(L.ToStringMeta(L.Get(2)).String() + "\n")
		return 0
	})
	set("should_process", func(L *glua.LState) int {
		c := s.context("ctx:should_process")
		L.Push(glua.LBool(c.ShouldProcess(L.CheckString(2), L.OptString(3, c.CommandName()))))
		return 1
	})
	set("is_bound", func(L *glua.LState) int {
		L.Push(glua.LBool(s.context("ctx:is_bound").IsBound(L.CheckString(2))))
		return 1
	})
	set("input", func(L *glua.LState) int {
		v, ok := s.context("ctx:input").Input()
		if !ok {
			L.Push(glua.LNil)
			return 1
		}
		L.Push(s.toLua(v))
		return 1
	})
	set("get_variable", func(L *glua.LState) int {
		v, _ := s.context("ctx:get_variable").Session().GetVariable(L.CheckString(2))
		L.Push(s.toLua(v))
		return 1
	})
	set("set_variable", func(L *glua.LState) int {
		c := s.context("ctx:set_variable")
		v, err := fromLua(L.Get(3))
		if err != nil {
			L.ArgError(3, err.Error())
		}
		if err := c.Session().SetVariable(L.CheckString(2), v); err != nil {
			L.RaiseError("%s", err.Error())
		}
		return 0
	})
	return m
}

// emit is ctx:emit(v, ...): each value goes down the pipeline, converted
// by fromLua; an array is unrolled as Write-Output does.
func (s *state) emit(L *glua.LState) int {
	c := s.context("ctx:emit")
	for i := 2; i <= L.GetTop(); i++ {
		v, err := fromLua(L.Get(i))
		if err != nil {
			L.ArgError(i, err.Error())
		}
		if err := c.EmitAll(v); err != nil {
			s.raiseGo(err)
		}
	}
	return 0
}
