package interp

import (
	"strings"
)

// variable is one named value in a scope. A typed variable ([int]$x = 1)
// converts every value assigned to it.
type variable struct {
	name     string
	value    any
	typ      *typeConstraint
	readOnly bool
	// private variables ($private:x) are invisible to child scopes.
	private bool
}

// scope is a PowerShell scope: a function call, a script, or the global
// scope. Lookups walk to the parent; assignments go to the current scope
// unless a scope modifier says otherwise.
type scope struct {
	parent *scope
	vars   map[string]*variable
	funcs  map[string]*function
	// script marks a script scope ($script: resolves here).
	script bool
	// gen is shared by all scopes of a session and counts variable
	// creations and removals, which invalidate cached lookups.
	gen *uint64
	// under caches this scope's $_ variable.
	under *variable
}

func newScope(parent *scope) *scope {
	s := &scope{parent: parent, vars: make(map[string]*variable, 4)}
	if parent != nil {
		s.gen = parent.gen
	} else {
		s.gen = new(uint64)
	}
	return s
}

// varCache remembers where a compiled variable reference resolved, until
// the scope changes or any variable is created or removed.
type varCache struct {
	sc  *scope
	gen uint64
	v   *variable
}

// find looks key up from sc through the cache.
func (c *varCache) find(sc *scope, key string) *variable {
	if c.sc == sc && c.gen == *sc.gen {
		return c.v
	}
	v := sc.lookup(key)
	c.sc, c.gen, c.v = sc, *sc.gen, v
	return v
}

// lookup finds the variable named by the lower-case key.
func (s *scope) lookup(key string) *variable {
	for sc := s; sc != nil; sc = sc.parent {
		if v, ok := sc.vars[key]; ok && (!v.private || sc == s) {
			return v
		}
	}
	return nil
}

// local returns the variable in this scope only, creating it.
func (s *scope) local(key, name string) *variable {
	v, ok := s.vars[key]
	if !ok {
		v = &variable{name: name}
		s.vars[key] = v
		*s.gen++
	}
	return v
}

// add creates a variable in this scope.
func (s *scope) add(key string, v *variable) {
	s.vars[key] = v
	*s.gen++
}

func (s *scope) scriptScope() *scope {
	for sc := s; sc != nil; sc = sc.parent {
		if sc.script || sc.parent == nil {
			return sc
		}
	}
	return s
}

func (s *scope) lookupFunc(key string) *function {
	for sc := s; sc != nil; sc = sc.parent {
		if f, ok := sc.funcs[key]; ok {
			return f
		}
	}
	return nil
}

func (s *scope) setFunc(key string, f *function) {
	if s.funcs == nil {
		s.funcs = map[string]*function{}
	}
	s.funcs[key] = f
}

// splitScope splits "global:x" into its scope qualifier and name.
func splitScope(name string) (qual, rest string) {
	if i := strings.IndexByte(name, ':'); i > 0 {
		q := strings.ToLower(name[:i])
		switch q {
		case "global", "script", "local", "private", "env", "variable", "function", "using":
			return q, name[i+1:]
		}
	}
	return "", name
}

// findLocal looks key up in sc only, through the cache.
func (c *varCache) findLocal(sc *scope, key string) *variable {
	if c.sc == sc && c.gen == *sc.gen {
		return c.v
	}
	v := sc.vars[key]
	c.sc, c.gen, c.v = sc, *sc.gen, v
	return v
}

// underVar returns this scope's $_ variable, creating it once.
func (s *scope) underVar() *variable {
	if s.under == nil {
		s.under = s.local("_", "_")
	}
	return s.under
}
