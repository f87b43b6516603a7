package lua_test

import (
	"io"
	"testing"

	"github.com/psh-project/psh/pipeline"
)

// Widget is a Go struct that flows through the pipeline to Lua cmdlets.
type Widget struct {
	Name  string
	Size  int32
	Color string
}

// getWidgets emits Count widgets (default 2), for the transcripts and the
// benchmark.
type getWidgets struct {
	Count int64 `param:"Position=0"`
}

func newWidgets() pipeline.Cmdlet { return &getWidgets{Count: 2} }

func (g *getWidgets) Process(c *pipeline.Context) error {
	colors := []string{"red", "blue"}
	for i := int64(0); i < g.Count; i++ {
		if err := c.Emit(&Widget{Name: "w" + string(rune('0'+i%10)), Size: int32(i), Color: colors[i%2]}); err != nil {
			return err
		}
	}
	return nil
}

// getNumbers emits the integers 0..Count-1.
type getNumbers struct {
	Count int32 `param:"Position=0"`
}

func (g *getNumbers) Process(c *pipeline.Context) error {
	for i := int32(0); i < g.Count; i++ {
		if err := c.Emit(i); err != nil {
			return err
		}
	}
	return nil
}

// countSink counts what reaches it.
type countSink struct {
	InputObject any `param:"ValueFromPipeline"`
	n           *int
}

func (s *countSink) Process(c *pipeline.Context) error {
	if _, ok := c.Input(); ok {
		*s.n++
	}
	return nil
}

// TestWidgetsFixture checks the fixture cmdlet the Lua transcripts use.
func TestWidgetsFixture(t *testing.T) {
	sh := newShell(t, t.TempDir(), io.Discard)
	out, err := sh.Invoke(t.Context(), "Get-Widget 3")
	if err != nil || len(out) != 3 {
		t.Fatalf("Get-Widget 3 = %v, %v", out, err)
	}
	if w, ok := out[2].(*Widget); !ok || w.Size != 2 || w.Color != "red" {
		t.Fatalf("third widget %#v", out[2])
	}
}
