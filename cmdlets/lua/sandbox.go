package lua

import (
	glua "github.com/yuin/gopher-lua"
)

// openLibs opens the libraries a module's interpreter gets. In the sandbox
// (the default) that is base (without dofile, loadfile, require and
// module), string, table, math and a harmless subset of os (time, clock,
// date, difftime); the refused functions are present but raise an error
// that says why. With AllowOS every gopher-lua library is open.
func openLibs(L *glua.LState, allowOS bool) {
	if allowOS {
		L.OpenLibs()
		return
	}
	for _, lib := range []struct {
		name string
		fn   glua.LGFunction
	}{
		{glua.BaseLibName, glua.OpenBase},
		{glua.TabLibName, glua.OpenTable},
		{glua.StringLibName, glua.OpenString},
		{glua.MathLibName, glua.OpenMath},
		{glua.OsLibName, glua.OpenOs},
	} {
		L.Push(L.NewFunction(lib.fn))
		L.Push(glua.LString(lib.name))
		L.Call(1, 0)
	}
	g := L.G.Global
	for _, name := range []string{"dofile", "loadfile", "require", "module"} {
		g.RawSetString(name, refusal(L, name))
	}
	osTable := L.CreateTable(0, 8)
	if full, ok := L.GetGlobal("os").(*glua.LTable); ok {
		for _, name := range []string{"time", "clock", "date", "difftime"} {
			osTable.RawSetString(name, full.RawGetString(name))
		}
	}
	for _, name := range []string{"execute", "exit", "getenv", "remove", "rename", "tmpname", "setenv", "setlocale"} {
		osTable.RawSetString(name, refusal(L, "os."+name))
	}
	L.SetGlobal("os", osTable)
	ioTable := L.CreateTable(0, 8)
	for _, name := range []string{"open", "popen", "lines", "input", "output", "read", "write", "close", "tmpfile"} {
		ioTable.RawSetString(name, refusal(L, "io."+name))
	}
	L.SetGlobal("io", ioTable)
}

// refusal is the stand-in for a function the sandbox leaves out.
func refusal(L *glua.LState, name string) *glua.LFunction {
	return L.NewFunction(func(L *glua.LState) int {
		L.RaiseError("%s is not allowed in the psh Lua sandbox (the embedder can enable it with lua.AllowOS)", name)
		return 0
	})
}
