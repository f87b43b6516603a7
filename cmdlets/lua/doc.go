// Package lua lets a site add psh cmdlets written in Lua (gopher-lua)
// without recompiling: Import-Module path/to/file.lua registers the cmdlets
// the file declares.
//
//	sh, err := shell.New(shell.WithModule(core.Module()), shell.WithModule(lua.Module()),
//		shell.WithFileSystem(true))
//	err = sh.Run(ctx, `Import-Module ./greet.lua; 'a','b' | Get-Greeting`)
//
// Reading module files from disk needs the shell's file-system capability
// (shell.WithFileSystem); an embedder that serves them itself with
// ReadFile needs none.
//
// # Declaring cmdlets
//
// A module file calls psh.cmdlet once per cmdlet:
//
//	psh.cmdlet {
//	  name = "Get-Greeting",
//	  synopsis = "Greets someone by name.",        -- Get-Help; also description, notes
//	  examples = { { code = "Get-Greeting a", remarks = "..." } },
//	  params = {
//	    { name = "Name", type = "string", position = 0, mandatory = true,
//	      pipeline = true, pipeline_by_name = true, aliases = { "N" },
//	      help = "The name to greet." },
//	  },
//	  begin = function(ctx, params) end,            -- optional
//	  process = function(ctx, params)               -- required
//	    ctx:emit({ Name = params.Name, Greeting = "Hello, " .. params.Name })
//	  end,
//	  ["end"] = function(ctx, params) end,          -- optional
//	}
//
// A parameter's type is one of object (the default), string, int (Int32),
// long (Int64), double, bool, switch and hashtable, or one of them followed
// by [] for an array; values are converted as PowerShell's binder converts
// them, and binding (named, unique prefixes, positional, pipeline by value
// and by property name, mandatory checks, validate_set) is psh's own. A
// switch that is not given is false; default = v sets another default.
// supports_should_process = true adds -WhatIf and -Confirm. Unknown fields
// are errors, so a typo does not pass silently.
//
// # What Lua sees
//
// params holds the bound values under the declared names. ctx is a fresh
// table per cmdlet instance (a script may keep its own fields on it) with
// the methods emit, write_error, write_warning, write_verbose, write_debug,
// write_host, should_process(target, action), is_bound(name), input(),
// get_variable(name) and set_variable(name, value). The global psh table
// has cmdlet, invoke(script, input...) (runs psh text in the caller's
// session with the extra arguments as its pipeline input and returns its
// output as a Lua array; a psh error is raised as a Lua error),
// properties(obj) and typename(obj). print writes its arguments, tab-separated, to the shell's
// host output, never to the process's stdout.
//
// Numbers, strings, booleans and nil reach Lua as Lua values, arrays as
// Lua arrays, and every other object (Go structs, [pscustomobject],
// hashtables) as a userdata whose properties are read and set
// case-insensitively (obj.name, obj.Name = v) through pipeline.GetProperty
// and pipeline.SetProperty; tostring(obj) is PowerShell's string form.
//
// # What psh sees
//
// ctx:emit(v, ...) writes each value down the pipeline, unrolling arrays
// as Write-Output does. A whole Lua number becomes an Int32 when it fits,
// else an Int64; other numbers a Double. A table whose keys are exactly
// 1..n becomes a []any; any other table becomes an ordered
// [pscustomobject] whose properties follow the order the keys were first
// set in — gopher-lua keeps insertion order, so a constructor
// { Name = n, Greeting = g } gives Name, Greeting. An object userdata
// becomes the Go value it wraps again, so objects pass through unchanged.
//
// # Errors
//
// A Lua error (a runtime error, error(...), a bad declaration, a syntax
// error) becomes a psh error whose exception is an *Error positioned in
// the module file: "greet.lua:7: attempt to index a nil value". From
// begin, process or end it is terminating; ctx:write_error(msg [, target])
// writes a non-terminating one instead, honouring -ErrorAction.
//
// # Sandbox and pooling
//
// By default a module gets only base (without dofile, loadfile, require
// and module), string, table, math and os.time/clock/date/difftime;
// os.execute, io.popen, io.open and the other refused functions raise an
// error that says they are not allowed. Module(AllowOS(true)) opens every
// gopher-lua library. Each file's chunk is compiled once; interpreters
// that have run it are pooled per module, and one is held by a cmdlet
// instance from begin to end. The chunk runs once per interpreter, so its
// top level should only declare cmdlets; module-level variables are not
// shared between pipelines. A cancelled context stops a running script.
package lua
