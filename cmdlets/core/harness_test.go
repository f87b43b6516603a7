package core

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/pipeline/format"
)

// fakeSession is a minimal pipeline.Session for Go-level tests.
type fakeSession struct {
	vars    map[string]any
	cmds    map[string]*pipeline.CommandInfo
	aliases map[string]string
	dir     string
	stdin   io.Reader
	stderr  strings.Builder
	stdout  strings.Builder
	views   *pipeline.Views
}

func newFakeSession(t testing.TB) *fakeSession {
	s := &fakeSession{vars: map[string]any{}, cmds: map[string]*pipeline.CommandInfo{},
		aliases: map[string]string{}, dir: t.TempDir(), stdin: strings.NewReader(""), views: pipeline.NewViews()}
	m := Module()
	for _, ci := range m.Commands {
		s.cmds[strings.ToLower(ci.Name)] = ci
	}
	for k, v := range m.Aliases {
		s.aliases[strings.ToLower(k)] = v
	}
	for _, v := range m.Views {
		s.views.Add(v)
	}
	return s
}

// Allows grants every capability: the Go-level tests use the file system.
func (s *fakeSession) Allows(pipeline.Capability) bool { return true }

func (s *fakeSession) GetVariable(name string) (any, bool) {
	v, ok := s.vars[strings.ToLower(name)]
	return v, ok
}
func (s *fakeSession) SetVariable(name string, value any) error {
	s.vars[strings.ToLower(name)] = value
	return nil
}
func (s *fakeSession) RemoveVariable(name string) error {
	if _, ok := s.vars[strings.ToLower(name)]; !ok {
		return fmt.Errorf("Cannot find a variable with the name '%s'.", name)
	}
	delete(s.vars, strings.ToLower(name))
	return nil
}
func (s *fakeSession) Variables() []pipeline.Variable {
	var out []pipeline.Variable
	for k, v := range s.vars {
		out = append(out, pipeline.Variable{Name: k, Value: v})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}
func (s *fakeSession) Invoke(ctx context.Context, script string, input ...any) ([]any, error) {
	return []any{"invoked:" + script}, nil
}
func (s *fakeSession) NewScriptBlock(script string) (pipeline.ScriptBlock, error) {
	return nil, errors.New("no interpreter")
}
func (s *fakeSession) Commands() []*pipeline.CommandInfo {
	var out []*pipeline.CommandInfo
	for _, c := range s.cmds {
		out = append(out, c)
	}
	for k, v := range s.aliases {
		out = append(out, &pipeline.CommandInfo{Name: k, Type: pipeline.AliasCommand, Definition: v})
	}
	return out
}
func (s *fakeSession) LookupCommand(name string) (*pipeline.CommandInfo, bool) {
	if t, ok := s.aliases[strings.ToLower(name)]; ok {
		name = t
	}
	c, ok := s.cmds[strings.ToLower(name)]
	return c, ok
}
func (s *fakeSession) AddCommand(ci *pipeline.CommandInfo) { s.cmds[strings.ToLower(ci.Name)] = ci }
func (s *fakeSession) SetAlias(name, target string) error {
	s.aliases[strings.ToLower(name)] = target
	return nil
}
func (s *fakeSession) Aliases() map[string]string { return s.aliases }
func (s *fakeSession) Dir() string                { return s.dir }
func (s *fakeSession) SetDir(dir string) error    { s.dir = dir; return nil }
func (s *fakeSession) Getenv(name string) string  { return "" }
func (s *fakeSession) Stdin() io.Reader           { return s.stdin }
func (s *fakeSession) Stderr() io.Writer          { return &s.stderr }
func (s *fakeSession) Stdout() io.Writer          { return &s.stdout }
func (s *fakeSession) IsTerminal() bool           { return false }
func (s *fakeSession) Width() int                 { return 120 }
func (s *fakeSession) Views() *pipeline.Views     { return s.views }
func (s *fakeSession) ResolvePath(p string) string {
	if p == "" {
		return s.dir
	}
	if filepath.IsAbs(p) {
		return filepath.Clean(p)
	}
	return filepath.Join(s.dir, p)
}

// sb is a Go function posing as a script block.
type sb struct {
	f   func(in any, args []any) []any
	src string
}

func (b *sb) InvokeWith(ctx context.Context, o pipeline.InvokeOptions, emit func(any) error) error {
	for _, v := range b.f(o.Input, o.Args) {
		if err := emit(v); err != nil {
			return err
		}
	}
	return nil
}
func (b *sb) String() string { return b.src }

func block(src string, f func(in any) any) *sb {
	return &sb{src: src, f: func(in any, _ []any) []any { return []any{f(in)} }}
}

func prop(name string) *sb {
	return block("$_."+name, func(in any) any { v, _ := pipeline.GetProperty(in, name); return v })
}

// P is a named parameter token; V a positional value.
func P(name string, v ...any) []pipeline.Argument {
	a := []pipeline.Argument{{IsParam: true, Name: name, Text: "-" + name}}
	if len(v) > 0 {
		a = append(a, pipeline.Argument{Value: v[0]})
	}
	return a
}
func V(v any) []pipeline.Argument { return []pipeline.Argument{{Value: v}} }

type stage struct {
	name string
	args []pipeline.Argument
}

func cmd(name string, args ...[]pipeline.Argument) stage {
	var all []pipeline.Argument
	for _, a := range args {
		all = append(all, a...)
	}
	return stage{name, all}
}

// result of running a pipeline: output objects, error messages, warnings, host text.
type result struct {
	out      []any
	errs     []string
	warnings []string
	host     string
	err      error
}

func runP(t testing.TB, s *fakeSession, input []any, stages ...stage) result {
	t.Helper()
	var r result
	var cmds []*pipeline.Command
	for _, st := range stages {
		ci, ok := s.LookupCommand(st.name)
		if !ok {
			t.Fatalf("no command %s", st.name)
		}
		cmds = append(cmds, &pipeline.Command{Info: ci, Name: st.name, Args: st.args})
	}
	streams := pipeline.Streams{
		Error:   func(rec *pipeline.ErrorRecord, _ pipeline.ActionPreference) { r.errs = append(r.errs, rec.Message()) },
		Warning: func(m string) { r.warnings = append(r.warnings, m) },
		Host:    func(t string) { r.host += t },
	}
	p, err := pipeline.NewPipeline(context.Background(), s, streams, cmds, input != nil,
		func(v any) error { r.out = append(r.out, v); return nil })
	if err != nil {
		r.err = err
		return r
	}
	r.err = p.Run(input)
	return r
}

// text renders outputs as Out-String would.
func text(s *fakeSession, out []any) string {
	var b strings.Builder
	f := format.NewFormatter(&b, s.views, 120)
	for _, v := range out {
		_ = f.Write(v)
	}
	_ = f.Close()
	return b.String()
}

func ints(n ...int) []any {
	out := make([]any, len(n))
	for i, v := range n {
		out[i] = int32(v)
	}
	return out
}

func obj(kv ...any) *pipeline.PSObject {
	o := pipeline.NewPSObject()
	for i := 0; i+1 < len(kv); i += 2 {
		o.Add(kv[i].(string), kv[i+1])
	}
	return o
}

func strs(out []any) string {
	var parts []string
	for _, v := range out {
		parts = append(parts, pipeline.ToString(v))
	}
	return strings.Join(parts, ",")
}

// The harness's fakeSession has no environment and no functions; these
// methods complete pipeline.Session for it.

func (s *fakeSession) LookupEnv(string) (string, bool) { return "", false }
func (s *fakeSession) Environ() []string               { return nil }
func (s *fakeSession) Setenv(string, string) error     { return nil }
func (s *fakeSession) Unsetenv(string) error           { return nil }
func (s *fakeSession) SetFunction(string, any) error   { return nil }
func (s *fakeSession) RemoveFunction(string) error     { return nil }
func (s *fakeSession) RemoveAlias(name string) error {
	delete(s.aliases, name)
	return nil
}
