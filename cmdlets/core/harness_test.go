package core

import (
	"context"
	"strings"
	"testing"

	"github.com/psh-project/psh/internal/sessiontest"
	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/pipeline/format"
)

// fakeSession is the session of the Go-level tests: the core module, a
// temporary location, every capability.
type fakeSession = sessiontest.Session

func newFakeSession(t testing.TB) *fakeSession {
	s := sessiontest.New(t.TempDir(), Module())
	s.Granted = true
	return s
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
	f := format.NewFormatter(&b, s.ViewSet, 120)
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
