package lua

import (
	"github.com/psh-project/psh/pipeline"
	glua "github.com/yuin/gopher-lua"
)

// pshTable builds the global psh table: cmdlet, invoke, properties,
// typename.
func (s *state) pshTable() *glua.LTable {
	L := s.L
	t := L.CreateTable(0, 4)
	t.RawSetString("cmdlet", L.NewFunction(s.declare))
	t.RawSetString("invoke", L.NewFunction(s.invoke))
	t.RawSetString("properties", L.NewFunction(s.properties))
	t.RawSetString("typename", L.NewFunction(func(L *glua.LState) int {
		v, err := fromLua(L.Get(1))
		if err != nil {
			L.ArgError(1, err.Error())
		}
		L.Push(glua.LString(pipeline.TypeName(v)))
		return 1
	}))
	return t
}

// invoke is psh.invoke(script, input...): it runs psh script text in the
// session of the running cmdlet, with the extra arguments as pipeline
// input, and returns the output objects as a Lua array. A psh error is
// raised as a Lua error (catchable with pcall).
func (s *state) invoke(L *glua.LState) int {
	script := L.CheckString(1)
	c := s.context("psh.invoke")
	var input []any
	for i := 2; i <= L.GetTop(); i++ {
		v, err := fromLua(L.Get(i))
		if err != nil {
			L.ArgError(i, err.Error())
		}
		input = append(input, v)
	}
	var out []any
	var err error
	if ec, ok := c.Session().(pipeline.ErrorCollector); ok {
		var errs []*pipeline.ErrorRecord
		out, errs, err = ec.InvokeCollect(c.Context(), script, input...)
		if err == nil && len(errs) > 0 {
			err = errs[0] // the first error the script reported
		}
	} else {
		out, err = c.Session().Invoke(c.Context(), script, input...)
	}
	if err != nil {
		if c.Context().Err() != nil {
			s.raiseGo(pipeline.PipelineStopped(c.Context().Err()))
		}
		if rec := pipeline.AsErrorRecord(err); rec.ID == "CallDepthOverflow" {
			s.raiseGo(rec) // runaway recursion ends the script, unwrapped
		}
		L.RaiseError("%s", pipeline.AsErrorRecord(err).Message())
	}
	t := L.CreateTable(len(out), 0)
	for _, v := range out {
		t.Append(s.toLua(v))
	}
	L.Push(t)
	return 1
}

// properties is psh.properties(obj): the property names of an object in
// order (the keys of a table or hashtable).
func (s *state) properties(L *glua.LState) int {
	t := L.CreateTable(0, 0)
	switch x := L.Get(1).(type) {
	case *glua.LTable:
		for k, _ := x.Next(glua.LNil); k != glua.LNil; k, _ = x.Next(k) {
			t.Append(glua.LString(keyName(k)))
		}
	case *glua.LUserData:
		if h, ok := x.Value.(*pipeline.Hashtable); ok {
			for _, k := range h.Keys() {
				t.Append(glua.LString(pipeline.ToString(k)))
			}
			break
		}
		for _, n := range pipeline.PropertyNames(x.Value) {
			t.Append(glua.LString(n))
		}
	}
	L.Push(t)
	return 1
}

// objectMetatable is the metatable of object userdata: obj.Name reads a
// property case-insensitively (nil when there is none), obj.Name = v sets
// one, tostring(obj) is PowerShell's string form, #obj its count.
func (s *state) objectMetatable() *glua.LTable {
	L := s.L
	mt := L.CreateTable(0, 5)
	mt.RawSetString("__index", L.NewFunction(func(L *glua.LState) int {
		ud := L.CheckUserData(1)
		name := L.ToStringMeta(L.Get(2)).String()
		v, ok := pipeline.GetProperty(ud.Value, name)
		if !ok {
			L.Push(glua.LNil)
			return 1
		}
		L.Push(s.toLua(v))
		return 1
	}))
	mt.RawSetString("__newindex", L.NewFunction(func(L *glua.LState) int {
		ud := L.CheckUserData(1)
		name := L.ToStringMeta(L.Get(2)).String()
		v, err := fromLua(L.Get(3))
		if err != nil {
			L.ArgError(3, err.Error())
		}
		if err := pipeline.SetProperty(ud.Value, name, v); err != nil {
			L.RaiseError("%s", err.Error())
		}
		return 0
	}))
	mt.RawSetString("__tostring", L.NewFunction(func(L *glua.LState) int {
		L.Push(glua.LString(pipeline.ToString(L.CheckUserData(1).Value)))
		return 1
	}))
	mt.RawSetString("__len", L.NewFunction(func(L *glua.LState) int {
		L.Push(glua.LNumber(pipeline.Count(L.CheckUserData(1).Value)))
		return 1
	}))
	mt.RawSetString("__eq", L.NewFunction(func(L *glua.LState) int {
		L.Push(glua.LBool(pipeline.Equals(L.CheckUserData(1).Value, L.CheckUserData(2).Value, false)))
		return 1
	}))
	return mt
}
