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
	traps  []*trapHandler
}

func newScope(parent *scope) *scope {
	return &scope{parent: parent, vars: make(map[string]*variable, 4)}
}

// lookup finds the variable named by the lower-case key.
func (s *scope) lookup(key string) *variable {
	for sc := s; sc != nil; sc = sc.parent {
		if v, ok := sc.vars[key]; ok {
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
	}
	return v
}

func (s *scope) scriptScope() *scope {
	for sc := s; sc != nil; sc = sc.parent {
		if sc.script || sc.parent == nil {
			return sc
		}
	}
	return s
}

func (s *scope) global() *scope {
	sc := s
	for sc.parent != nil {
		sc = sc.parent
	}
	return sc
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
