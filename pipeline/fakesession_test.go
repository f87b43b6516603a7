package pipeline_test

import (
	"testing"

	"github.com/psh-project/psh/internal/sessiontest"
	"github.com/psh-project/psh/pipeline"
)

// newFakeSession is the session the binder and runner tests run on.
func newFakeSession() *sessiontest.Session { return sessiontest.New("/") }

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
