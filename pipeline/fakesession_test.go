package pipeline_test

import (
	"context"
	"io"
	"strings"
	"testing"

	"github.com/psh-project/psh/pipeline"
)

// fakeSession is the smallest Session: a variable map and nothing else.
type fakeSession struct {
	vars map[string]any
}

func newFakeSession() *fakeSession { return &fakeSession{vars: map[string]any{}} }

func (s *fakeSession) GetVariable(name string) (any, bool) {
	v, ok := s.vars[strings.ToLower(name)]
	return v, ok
}
func (s *fakeSession) SetVariable(name string, v any) error {
	s.vars[strings.ToLower(name)] = v
	return nil
}
func (s *fakeSession) RemoveVariable(name string) error {
	delete(s.vars, strings.ToLower(name))
	return nil
}
func (s *fakeSession) Variables() []pipeline.Variable { return nil }
func (s *fakeSession) Invoke(context.Context, string, ...any) ([]any, error) {
	return nil, nil
}
func (s *fakeSession) NewScriptBlock(string) (pipeline.ScriptBlock, error) { return nil, nil }
func (s *fakeSession) Commands() []*pipeline.CommandInfo                   { return nil }
func (s *fakeSession) LookupCommand(string) (*pipeline.CommandInfo, bool)  { return nil, false }
func (s *fakeSession) AddCommand(*pipeline.CommandInfo)                    {}
func (s *fakeSession) SetAlias(string, string) error                       { return nil }
func (s *fakeSession) Aliases() map[string]string                          { return nil }
func (s *fakeSession) Dir() string                                         { return "/" }
func (s *fakeSession) SetDir(string) error                                 { return nil }
func (s *fakeSession) Getenv(string) string                                { return "" }
func (s *fakeSession) LookupEnv(string) (string, bool)                     { return "", false }
func (s *fakeSession) Environ() []string                                   { return nil }
func (s *fakeSession) Setenv(string, string) error                         { return nil }
func (s *fakeSession) Unsetenv(string) error                               { return nil }
func (s *fakeSession) SetFunction(string, any) error                       { return nil }
func (s *fakeSession) RemoveFunction(string) error                         { return nil }
func (s *fakeSession) RemoveAlias(string) error                            { return nil }
func (s *fakeSession) Stdin() io.Reader                                    { return strings.NewReader("") }
func (s *fakeSession) Stderr() io.Writer                                   { return io.Discard }
func (s *fakeSession) IsTerminal() bool                                    { return false }
func (s *fakeSession) Width() int                                          { return 80 }
func (s *fakeSession) Views() *pipeline.Views                              { return nil }
func (s *fakeSession) ResolvePath(p string) string                         { return p }

// TestFakeSessionKeepsVariables checks the fake the binder tests run on.
func TestFakeSessionKeepsVariables(t *testing.T) {
	var s pipeline.Session = newFakeSession()
	if err := s.SetVariable("Answer", int32(42)); err != nil {
		t.Fatal(err)
	}
	if v, ok := s.GetVariable("answer"); !ok || v != int32(42) {
		t.Fatalf("GetVariable(answer) = %v, %v", v, ok)
	}
}
