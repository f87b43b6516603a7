package lua

import (
	"fmt"
	"os"
	"strings"

	"github.com/psh-project/psh/pipeline"
	glua "github.com/yuin/gopher-lua"
)

// guard replaces the gopher-lua builtins a hostile module could use to
// crash or escape the host: loadstring, load, loadfile and dofile check a
// chunk's nesting before gopher-lua parses it (its parser recurses without
// a bound); string.rep checks the session's MaxStringBytes before
// allocating; string.find, match, gmatch and gsub refuse a pattern whose
// backtracking could run unstoppably long (see guardPatterns); _printregs, which writes to the process's real stdout, is
// removed.
func (s *state) guard() {
	L := s.L
	g := L.G.Global
	g.RawSetString("_printregs", glua.LNil)
	loadString, _ := g.RawGetString("loadstring").(*glua.LFunction)
	if loadString == nil {
		return
	}
	// checked calls orig after checking the chunk text src.
	checked := func(L *glua.LState, orig glua.LValue, src, name string, args ...glua.LValue) int {
		if line := checkNesting(src); line > 0 {
			L.Push(glua.LNil)
			L.Push(glua.LString(fmt.Sprintf("%s:%d: %s", name, line, nestingMsg)))
			return 2
		}
		top := L.GetTop()
		L.Push(orig)
		for _, a := range args {
			L.Push(a)
		}
		L.Call(len(args), glua.MultRet)
		return L.GetTop() - top
	}
	g.RawSetString("loadstring", L.NewFunction(func(L *glua.LState) int {
		src := L.CheckString(1)
		name := L.OptString(2, "<string>")
		return checked(L, loadString, src, name, glua.LString(src), glua.LString(name))
	}))
	g.RawSetString("load", L.NewFunction(func(L *glua.LState) int {
		fn := L.CheckFunction(1)
		name := L.OptString(2, "=(load)")
		var b strings.Builder
		lim := s.limits()
		for {
			L.Push(fn)
			L.Call(0, 1)
			ret := L.Get(-1)
			L.Pop(1)
			str, ok := ret.(glua.LString)
			if ret == glua.LNil || ok && str == "" {
				break
			}
			if !ok {
				L.Push(glua.LNil)
				L.Push(glua.LString("reader function must return a string"))
				return 2
			}
			if err := lim.CheckString(b.Len() + len(str)); err != nil {
				L.RaiseError("%s", pipeline.AsErrorRecord(err).Message())
			}
			b.WriteString(string(str))
		}
		return checked(L, loadString, b.String(), name, glua.LString(b.String()), glua.LString(name))
	}))
	for _, name := range []string{"loadfile", "dofile"} {
		orig, ok := g.RawGetString(name).(*glua.LFunction)
		if !ok || !s.mod.allowOS {
			continue // the sandbox's refusal stays
		}
		g.RawSetString(name, L.NewFunction(func(L *glua.LState) int {
			path := L.CheckString(1)
			data, err := os.ReadFile(path)
			if err != nil {
				L.Push(glua.LNil)
				L.Push(glua.LString("can not open file: " + path))
				return 2
			}
			return checked(L, orig, string(data), path, glua.LString(path))
		}))
	}
	if str, ok := g.RawGetString("string").(*glua.LTable); ok {
		str.RawSetString("rep", L.NewFunction(s.stringRep))
		guardPatterns(L, str)
	}
}

// stringRep is string.rep(s, n) within the session's MaxStringBytes.
func (s *state) stringRep(L *glua.LState) int {
	str := L.CheckString(1)
	n := L.CheckInt(2)
	if n <= 0 || str == "" {
		L.Push(glua.LString(""))
		return 1
	}
	if err := s.limits().CheckString(int(min(int64(len(str))*int64(n), 1<<62))); err != nil {
		L.RaiseError("%s", pipeline.AsErrorRecord(err).Message())
	}
	L.Push(glua.LString(strings.Repeat(str, n)))
	return 1
}

// limits returns the session's limits while a command (or Import-Module)
// runs, else the defaults.
func (s *state) limits() pipeline.Limits {
	c := s.cur
	if c == nil {
		c = s.loadCtx
	}
	if c != nil {
		return pipeline.SessionLimits(c.Session())
	}
	return pipeline.DefaultLimits()
}
