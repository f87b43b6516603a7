package sessiontest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// Session implements pipeline.Session (and pipeline.CapabilityHolder).
// Its fields are the state tests set up and inspect.
type Session struct {
	Vars     map[string]any                   // by lower-cased name
	Cmds     map[string]*pipeline.CommandInfo // by lower-cased name
	AliasMap map[string]string                // lower-cased alias -> command name
	Env      map[string]string
	// Location is the current location; relative paths resolve against it.
	Location string
	In       io.Reader
	ErrOut   strings.Builder
	Out      strings.Builder
	ViewSet  *pipeline.Views
	// Granted gives the session every capability (file system, programs,
	// host environment); a new Session has none.
	Granted bool
}

// New returns an empty session located at dir, with the commands,
// aliases and views of modules.
func New(dir string, modules ...*pipeline.Module) *Session {
	s := &Session{Vars: map[string]any{}, Cmds: map[string]*pipeline.CommandInfo{}, AliasMap: map[string]string{},
		Env: map[string]string{}, Location: dir, In: strings.NewReader(""), ViewSet: pipeline.NewViews()}
	for _, m := range modules {
		for _, ci := range m.Commands {
			s.Cmds[strings.ToLower(ci.Name)] = ci
		}
		for k, v := range m.Aliases {
			s.AliasMap[strings.ToLower(k)] = v
		}
		for _, v := range m.Views {
			s.ViewSet.Add(v)
		}
	}
	return s
}

// Allows reports whether the session was granted every capability.
func (s *Session) Allows(pipeline.Capability) bool { return s.Granted }

// GetVariable implements pipeline.Session.
func (s *Session) GetVariable(name string) (any, bool) {
	v, ok := s.Vars[strings.ToLower(name)]
	return v, ok
}

// SetVariable implements pipeline.Session.
func (s *Session) SetVariable(name string, value any) error {
	s.Vars[strings.ToLower(name)] = value
	return nil
}

// RemoveVariable implements pipeline.Session.
func (s *Session) RemoveVariable(name string) error {
	if _, ok := s.Vars[strings.ToLower(name)]; !ok {
		return fmt.Errorf("Cannot find a variable with the name '%s'.", name)
	}
	delete(s.Vars, strings.ToLower(name))
	return nil
}

// Variables implements pipeline.Session, sorted by name.
func (s *Session) Variables() []pipeline.Variable {
	var out []pipeline.Variable
	for k, v := range s.Vars {
		out = append(out, pipeline.Variable{Name: k, Value: v})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Invoke returns "invoked:" and the script: there is no interpreter.
func (s *Session) Invoke(_ context.Context, script string, _ ...any) ([]any, error) {
	return []any{"invoked:" + script}, nil
}

// NewScriptBlock fails: there is no interpreter.
func (s *Session) NewScriptBlock(string) (pipeline.ScriptBlock, error) {
	return nil, errors.New("no interpreter")
}

// Commands implements pipeline.Session: the commands, then the aliases.
func (s *Session) Commands() []*pipeline.CommandInfo {
	var out []*pipeline.CommandInfo
	for _, c := range s.Cmds {
		out = append(out, c)
	}
	for k, v := range s.AliasMap {
		out = append(out, &pipeline.CommandInfo{Name: k, Type: pipeline.AliasCommand, Definition: v})
	}
	return out
}

// LookupCommand implements pipeline.Session.
func (s *Session) LookupCommand(name string) (*pipeline.CommandInfo, bool) {
	if t, ok := s.AliasMap[strings.ToLower(name)]; ok {
		name = t
	}
	c, ok := s.Cmds[strings.ToLower(name)]
	return c, ok
}

// AddCommand implements pipeline.Session.
func (s *Session) AddCommand(ci *pipeline.CommandInfo) { s.Cmds[strings.ToLower(ci.Name)] = ci }

// SetAlias implements pipeline.Session.
func (s *Session) SetAlias(name, target string) error {
	s.AliasMap[strings.ToLower(name)] = target
	return nil
}

// RemoveAlias implements pipeline.Session.
func (s *Session) RemoveAlias(name string) error {
	delete(s.AliasMap, strings.ToLower(name))
	return nil
}

// Aliases implements pipeline.Session.
func (s *Session) Aliases() map[string]string { return s.AliasMap }

// Dir implements pipeline.Session.
func (s *Session) Dir() string { return s.Location }

// SetDir implements pipeline.Session.
func (s *Session) SetDir(dir string) error { s.Location = dir; return nil }

// Getenv implements pipeline.Session.
func (s *Session) Getenv(name string) string { return s.Env[name] }

// LookupEnv implements pipeline.Session.
func (s *Session) LookupEnv(name string) (string, bool) {
	v, ok := s.Env[name]
	return v, ok
}

// Environ implements pipeline.Session.
func (s *Session) Environ() []string {
	var out []string
	for k, v := range s.Env {
		out = append(out, k+"="+v)
	}
	sort.Strings(out)
	return out
}

// Setenv implements pipeline.Session.
func (s *Session) Setenv(name, value string) error {
	if value == "" {
		delete(s.Env, name)
		return nil
	}
	s.Env[name] = value
	return nil
}

// Unsetenv implements pipeline.Session.
func (s *Session) Unsetenv(name string) error { delete(s.Env, name); return nil }

// SetFunction does nothing: there are no functions without an interpreter.
func (s *Session) SetFunction(string, any) error { return nil }

// RemoveFunction does nothing.
func (s *Session) RemoveFunction(string) error { return nil }

// Stdin implements pipeline.Session.
func (s *Session) Stdin() io.Reader { return s.In }

// Stdout is where Out-Default and Out-Host write.
func (s *Session) Stdout() io.Writer { return &s.Out }

// Stderr implements pipeline.Session.
func (s *Session) Stderr() io.Writer { return &s.ErrOut }

// IsTerminal implements pipeline.Session: never.
func (s *Session) IsTerminal() bool { return false }

// Width implements pipeline.Session: 120 columns.
func (s *Session) Width() int { return 120 }

// Views implements pipeline.Session.
func (s *Session) Views() *pipeline.Views { return s.ViewSet }

// ResolvePath implements pipeline.Session: relative paths are taken from
// the location.
func (s *Session) ResolvePath(p string) string {
	if p == "" {
		return s.Location
	}
	if filepath.IsAbs(p) {
		return filepath.Clean(p)
	}
	return filepath.Join(s.Location, p)
}

var _ pipeline.CapabilityHolder = (*Session)(nil)
var _ pipeline.Session = (*Session)(nil)
