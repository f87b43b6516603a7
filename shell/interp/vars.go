package interp

import (
	"fmt"
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// typeConstraint is the type of a typed variable ([int]$x = 1).
type typeConstraint struct {
	info *pipeline.TypeInfo
}

// scopeFor is the scope a qualifier names: global:, script:, or (none,
// local:) the current one.
func (in *Interp) scopeFor(qual string) *scope {
	switch qual {
	case "global":
		return in.global
	case "script":
		return in.cur.scriptScope()
	}
	return in.cur
}

// getVar reads a variable by its written name (with optional qualifier).
func (in *Interp) getVar(name string) (any, bool) {
	qual, rest := splitScope(name)
	switch qual {
	case "env":
		v, ok := in.getenv(rest)
		if !ok {
			return nil, false
		}
		return v, true
	case "variable":
		return in.getVar(rest)
	case "function":
		if f := in.cur.lookupFunc(strings.ToLower(rest)); f != nil {
			return f.body.bind(in), true
		}
		return nil, false
	}
	key := strings.ToLower(rest)
	if v, ok := in.automatic(key); ok {
		return v, true
	}
	var vr *variable
	switch qual {
	case "global":
		vr = in.global.vars[key]
	case "script":
		vr = in.cur.scriptScope().lookup(key)
	case "local", "private":
		vr = in.cur.vars[key]
	default:
		vr = in.cur.lookup(key)
	}
	if vr == nil {
		return nil, false
	}
	return in.varValue(vr), true
}

func (in *Interp) varValue(v *variable) any { return v.value }

// automatic returns the automatic variables computed on demand.
func (in *Interp) automatic(key string) (any, bool) {
	switch key {
	case "?":
		return in.lastOK, true
	case "pwd":
		return &PathInfo{Path: in.dir}, true
	case "error":
		return in.errorList, true
	case "true":
		return true, true
	case "false":
		return false, true
	case "null":
		return nil, true
	case "psitem":
		return in.getVar("_")
	}
	return nil, false
}

// setVar assigns by written name (with optional qualifier).
func (in *Interp) setVar(name string, value any) error {
	qual, rest := splitScope(name)
	switch qual {
	case "env":
		if value == nil || pipeline.ToString(value) == "" {
			in.unsetenv(rest)
			return nil
		}
		in.setenv(rest, pipeline.ToString(value))
		return nil
	case "variable":
		return in.setVar(rest, value)
	}
	key := strings.ToLower(rest)
	switch key {
	case "true", "false", "null":
		if key == "null" {
			return nil
		}
		return fmt.Errorf("Cannot overwrite variable %s because it is read-only or constant.", rest)
	case "psitem":
		key, rest = "_", "_"
	}
	sc := in.scopeFor(qual)
	var v *variable
	if qual == "" {
		// Assignment creates a local variable unless one exists here; a
		// typed variable in an outer scope is not reused (PowerShell makes
		// a new local).
		v = sc.vars[key]
		if v == nil {
			v = &variable{name: rest}
			sc.add(key, v)
		}
	} else {
		v = sc.local(key, rest)
		if qual == "private" {
			v.private = true
		}
	}
	return in.assignVar(v, value)
}

func (in *Interp) assignVar(v *variable, value any) error {
	if v.readOnly {
		return fmt.Errorf("Cannot overwrite variable %s because it is read-only or constant.", v.name)
	}
	if v.typ != nil {
		cv, err := pipeline.ConvertToType(value, v.typ.info)
		if err != nil {
			return err
		}
		value = cv
	}
	v.value = value
	return nil
}

// PathInfo is the value of $PWD and Get-Location.
type PathInfo struct {
	Path string
}

// String returns the path.
func (p *PathInfo) String() string { return p.Path }
