package statics

import (
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// Host returns the set of host statics a shell registers.
func Host() pipeline.Statics { return host{} }

type host struct{}

// GetStatic answers [Environment]::Name.
func (host) GetStatic(s pipeline.Session, t *pipeline.TypeInfo, name string) (any, bool, error) {
	if t.Name != "System.Environment" {
		return nil, false, nil
	}
	switch strings.ToLower(name) {
	case "newline", "is64bitprocess", "is64bitoperatingsystem", "currentdirectory":
	default:
		if err := pipeline.Require(s, pipeline.HostEnvironment, "[Environment]::"+name); err != nil {
			return nil, true, err
		}
	}
	v, err := envProperty(s, t, name)
	return v, true, err
}

// CallStatic answers [IO.File]::M(...), [IO.Directory]::M(...) and
// [Environment]::M(...).
func (host) CallStatic(s pipeline.Session, t *pipeline.TypeInfo, name string, args []any) (any, bool, error) {
	l := strings.ToLower(name)
	switch t.Name {
	case "System.IO.File", "System.IO.Directory":
		short := strings.TrimPrefix(t.Name, "System.")
		if err := pipeline.Require(s, pipeline.FileSystem, "["+short+"]::"+name); err != nil {
			return nil, true, err
		}
		var v any
		var err error
		if short == "IO.File" {
			v, err = fileStatic(s, name, l, args)
		} else {
			v, err = directoryStatic(s, name, l, args)
		}
		return v, true, err
	case "System.Environment":
		v, err := envStatic(s, name, l, args)
		return v, true, err
	}
	return nil, false, nil
}

// Chain returns a set that asks each of sets in turn and answers with the
// first that knows the type, so a shell registers Chain(Host(), DotNet())
// and an embedder that must not reach the host registers DotNet() alone.
func Chain(sets ...pipeline.Statics) pipeline.Statics { return chain(sets) }

type chain []pipeline.Statics

// GetStatic asks each set of the chain in turn.
func (c chain) GetStatic(s pipeline.Session, t *pipeline.TypeInfo, name string) (any, bool, error) {
	for _, set := range c {
		if v, ok, err := set.GetStatic(s, t, name); ok {
			return v, true, err
		}
	}
	return nil, false, nil
}

// CallStatic asks each set of the chain in turn.
func (c chain) CallStatic(s pipeline.Session, t *pipeline.TypeInfo, name string, args []any) (any, bool, error) {
	for _, set := range c {
		if v, ok, err := set.CallStatic(s, t, name, args); ok {
			return v, true, err
		}
	}
	return nil, false, nil
}
