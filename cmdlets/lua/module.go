package lua

import (
	"os"

	"github.com/psh-project/psh/pipeline"
)

// ModuleName is the name of the module Module returns.
const ModuleName = "psh.Lua"

// Option configures the Lua module (see Module).
type Option func(*config)

type config struct {
	allowOS  bool
	readFile func(path string) ([]byte, error)
	// ownFiles is set when the embedder gave ReadFile: the module files
	// are its to serve, and reading them needs no capability.
	ownFiles bool
}

// AllowOS lifts the sandbox: Lua modules get every gopher-lua library,
// including os.execute, io.popen, io file writes, require and dofile. Off by
// default; only an embedder that trusts the modules it loads turns it on,
// and such modules load only in a shell that may use the file system and
// run programs (pipeline.FileSystem and pipeline.Processes).
func AllowOS(on bool) Option { return func(c *config) { c.allowOS = on } }

// ReadFile sets how Import-Module reads a module file (the path is already
// absolute); the default is os.ReadFile, which needs the shell's
// pipeline.FileSystem capability. An embedder can serve modules from an
// embed.FS or refuse paths outside a directory; its ReadFile needs no
// capability.
func ReadFile(fn func(path string) ([]byte, error)) Option {
	return func(c *config) { c.readFile, c.ownFiles = fn, true }
}

// Module returns the Lua module: the Import-Module cmdlet, which loads
// .lua files and registers the cmdlets they declare. Each call returns a
// fresh value with its own cache of compiled modules.
func Module(opts ...Option) *pipeline.Module {
	cfg := config{readFile: os.ReadFile}
	for _, o := range opts {
		o(&cfg)
	}
	l := newLoader(cfg)
	return &pipeline.Module{
		Name: ModuleName,
		Commands: []*pipeline.CommandInfo{{
			Name: "Import-Module", Type: pipeline.CmdletCommand, Module: ModuleName, Help: importHelp,
			New: func() pipeline.Cmdlet { return &ImportModule{loader: l} },
		}},
		Aliases: map[string]string{"ipmo": "Import-Module"},
	}
}
