package lua

import (
	"bytes"
	"path/filepath"
	"strings"
	"sync"

	"github.com/psh-project/psh/pipeline"
	glua "github.com/yuin/gopher-lua"
	"github.com/yuin/gopher-lua/parse"
)

// loader compiles module files and keeps them, so importing an unchanged
// file again reuses its compiled chunk and interpreter pool.
type loader struct {
	cfg  config
	mu   sync.Mutex
	mods map[string]*luaModule // by absolute path
}

func newLoader(cfg config) *loader { return &loader{cfg: cfg, mods: map[string]*luaModule{}} }

// luaModule is one imported .lua file: its chunk compiled once, the
// cmdlets it declares and a pool of interpreters that have run it.
type luaModule struct {
	name    string // file name without .lua
	chunk   string // chunk name in error messages: the path as given
	path    string
	src     []byte
	allowOS bool
	proto   *glua.FunctionProto
	specs   []*cmdSpec
	pool    sync.Pool // of *state
}

// load compiles and runs the module at path (absolute; chunk is the path
// as the user wrote it), or returns the cached module when its source is
// unchanged and force is off.
func (l *loader) load(c *pipeline.Context, chunk, path string, force bool) (*luaModule, error) {
	if err := l.capable(c); err != nil {
		return nil, err
	}
	src, err := l.cfg.readFile(path)
	if err != nil {
		return nil, err
	}
	l.mu.Lock()
	old := l.mods[path]
	l.mu.Unlock()
	if old != nil && !force && bytes.Equal(old.src, src) {
		return old, nil
	}
	proto, err := compile(chunk, src)
	if err != nil {
		return nil, &pipeline.ErrorRecord{Err: err, ID: "LuaSyntaxError", Category: pipeline.InvalidData}
	}
	m := &luaModule{name: strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)), chunk: chunk,
		path: path, src: src, allowOS: l.cfg.allowOS, proto: proto}
	s, err := newState(m, c, true)
	if err != nil {
		return nil, err
	}
	for _, d := range s.decls {
		m.specs = append(m.specs, d.spec)
	}
	m.pool.Put(s)
	l.mu.Lock()
	l.mods[path] = m
	l.mu.Unlock()
	return m, nil
}

// compile parses and compiles a chunk once; every interpreter of the
// module runs the same FunctionProto.
func compile(chunk string, src []byte) (*glua.FunctionProto, error) {
	if line := checkNesting(string(src)); line > 0 {
		return nil, &Error{File: chunk, Line: line, Msg: nestingMsg}
	}
	stmts, err := parse.Parse(bytes.NewReader(src), chunk)
	if err != nil {
		return nil, compileError(chunk, err)
	}
	proto, err := glua.Compile(stmts, chunk)
	if err != nil {
		return nil, compileError(chunk, err)
	}
	return proto, nil
}

// acquire takes an interpreter from the pool, or makes one, and binds it
// to the running command.
func (m *luaModule) acquire(c *pipeline.Context) (*state, error) {
	s, _ := m.pool.Get().(*state)
	if s == nil {
		var err error
		if s, err = newState(m, c, false); err != nil {
			return nil, err
		}
	}
	s.bind(c)
	return s, nil
}

// release unbinds an interpreter and returns it to the pool.
func (m *luaModule) release(s *state) {
	s.unbind()
	s.pending = nil
	m.pool.Put(s)
}

// declares reports whether the module declares a cmdlet of that name.
func (m *luaModule) declares(name string) bool {
	for _, s := range m.specs {
		if strings.EqualFold(s.name, name) {
			return true
		}
	}
	return false
}

// capable is nil when the session may load modules the way the loader
// does: reading them with os.ReadFile needs pipeline.FileSystem, and
// modules that AllowOS gives the os and io libraries need it and
// pipeline.Processes.
func (l *loader) capable(c *pipeline.Context) error {
	if !l.cfg.ownFiles || l.cfg.allowOS {
		if err := pipeline.Require(c.Session(), pipeline.FileSystem, "This command"); err != nil {
			return err
		}
	}
	if l.cfg.allowOS {
		return pipeline.Require(c.Session(), pipeline.Processes, "A Lua module imported with AllowOS")
	}
	return nil
}
