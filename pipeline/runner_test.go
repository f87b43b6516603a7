package pipeline_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/psh-project/psh/pipeline"
)

// countCmd emits 1, 2, 3 ... forever (or until its downstream stops it).
type countCmd struct{ produced *int }

func (c *countCmd) Process(ctx *pipeline.Context) error {
	for i := int32(1); ; i++ {
		*c.produced++
		if err := ctx.Emit(i); err != nil {
			return err
		}
	}
}

// firstCmd takes the first N objects, then stops the upstream commands.
type firstCmd struct {
	InputObject any   `param:"ValueFromPipeline"`
	N           int32 `param:"Position=0"`
	seen        int32
	ended       *bool
}

func (f *firstCmd) Process(c *pipeline.Context) error {
	f.seen++
	if err := c.Emit(f.InputObject); err != nil {
		return err
	}
	if f.seen >= f.N {
		return pipeline.StopUpstream
	}
	return nil
}

func (f *firstCmd) End(*pipeline.Context) error { *f.ended = true; return nil }

func TestStopUpstreamEndsAnEndlessProducer(t *testing.T) {
	produced, ended := 0, false
	counter := &pipeline.CommandInfo{Name: "Get-Count", New: func() pipeline.Cmdlet { return &countCmd{produced: &produced} }}
	first := &pipeline.CommandInfo{Name: "Select-First", New: func() pipeline.Cmdlet { return &firstCmd{ended: &ended} }}
	var out []any
	p, err := pipeline.NewPipeline(t.Context(), newFakeSession(), pipeline.Streams{}, []*pipeline.Command{
		{Info: counter}, {Info: first, Args: []pipeline.Argument{arg(int32(2))}},
	}, false, func(v any) error { out = append(out, v); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Run(nil); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(out) != "[1 2]" || produced != 2 || !ended {
		t.Fatalf("out %v, produced %d, End ran %v", out, produced, ended)
	}
}

// failCmd writes a non-terminating error for each input, then emits it.
type failCmd struct {
	InputObject any `param:"ValueFromPipeline"`
}

func (f *failCmd) Process(c *pipeline.Context) error {
	c.WriteError(errors.New("bad " + pipeline.ToString(f.InputObject)))
	return c.Emit(f.InputObject)
}

func TestErrorActionDecidesWhatAnErrorDoes(t *testing.T) {
	fail := pipeline.Cmd[failCmd]("Test-Fail", nil)
	for _, c := range []struct {
		action  string
		out     string
		shown   int
		stopped bool
	}{
		{"Continue", "[1 2]", 2, false},
		{"SilentlyContinue", "[1 2]", 0, false},
		{"Stop", "[]", 0, true},
	} {
		t.Run(c.action, func(t *testing.T) {
			var out []any
			shown := 0
			streams := pipeline.Streams{Error: func(_ *pipeline.ErrorRecord, pref pipeline.ActionPreference) {
				if pref == pipeline.Continue {
					shown++
				}
			}}
			p, err := pipeline.NewPipeline(t.Context(), newFakeSession(), streams,
				[]*pipeline.Command{{Info: fail, Args: []pipeline.Argument{named("ErrorAction"), arg(c.action)}}},
				true, func(v any) error { out = append(out, v); return nil })
			if err != nil {
				t.Fatal(err)
			}
			err = p.Run([]any{int32(1), int32(2)})
			var rec *pipeline.ErrorRecord
			if stopped := errors.As(err, &rec); stopped != c.stopped {
				t.Fatalf("terminating error %v, want stopped=%v", err, c.stopped)
			}
			if c.stopped && (rec.Message() != "bad 1" || !rec.ScriptTerminating) {
				t.Fatalf("stop error %q script-terminating=%v", rec.Message(), rec.ScriptTerminating)
			}
			if fmt.Sprint(out) != c.out || shown != c.shown {
				t.Fatalf("out %v shown %d, want %s %d", out, shown, c.out, c.shown)
			}
		})
	}
}

// byNameCmd binds Name from the input object's property.
type byNameCmd struct {
	Name  string `param:"ValueFromPipelineByPropertyName"`
	Count int32  `param:"ValueFromPipelineByPropertyName,Alias=N"`
}

func (b *byNameCmd) Process(c *pipeline.Context) error {
	return c.Emit(fmt.Sprintf("%s:%d", b.Name, b.Count))
}

func TestPipelineBindsByPropertyName(t *testing.T) {
	a := pipeline.NewPSObject()
	a.Add("Name", "x")
	a.Add("N", "7")
	b := pipeline.NewPSObject()
	b.Add("Name", "y")
	out, err := runCmd(t, pipeline.Cmd[byNameCmd]("Show-Name", nil), nil, []any{a, b})
	if err != nil {
		t.Fatal(err)
	}
	// Count is reset to its default for the second object.
	if fmt.Sprint(out) != "[x:7 y:0]" {
		t.Fatalf("got %v", out)
	}
}

// BenchmarkBindPipelineInput is the per-object binding hot path.
func BenchmarkBindPipelineInput(b *testing.B) {
	first := &pipeline.CommandInfo{Name: "Select-First", New: func() pipeline.Cmdlet { ended := false; return &firstCmd{N: 1 << 30, ended: &ended} }}
	p, err := pipeline.NewPipeline(b.Context(), newFakeSession(), pipeline.Streams{},
		[]*pipeline.Command{{Info: first, Args: []pipeline.Argument{arg(int32(1 << 30))}}}, true, func(any) error { return nil })
	if err != nil {
		b.Fatal(err)
	}
	_ = p.Begin()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		_ = p.Send(int32(i))
	}
}

// BenchmarkBindArguments is named and positional binding of one command.
func BenchmarkBindArguments(b *testing.B) {
	show := pipeline.Cmd[showCmd]("Show-It", nil)
	args := []pipeline.Argument{arg("a"), named("Count"), arg("3"), named("Fo"), named("Tags"), arg([]any{"x", "y"})}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := pipeline.NewPipeline(b.Context(), newFakeSession(), pipeline.Streams{},
			[]*pipeline.Command{{Info: show, Args: args}}, false, func(any) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}

// A first stage that stops (Select-Object -First fed by an expression)
// must make Send refuse further input, so the producer stops at once.
func TestSendStopsWhenTheFirstStageStops(t *testing.T) {
	ended := false
	first := &pipeline.CommandInfo{Name: "Select-First", New: func() pipeline.Cmdlet { return &firstCmd{ended: &ended} }}
	var out []any
	p, err := pipeline.NewPipeline(t.Context(), newFakeSession(), pipeline.Streams{}, []*pipeline.Command{
		{Info: first, Args: []pipeline.Argument{arg(int32(2))}},
	}, true, func(v any) error { out = append(out, v); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Begin(); err != nil {
		t.Fatal(err)
	}
	sent := 0
	for i := int32(1); i <= 1000; i++ {
		sent++
		if err := p.Send(i); err != nil {
			if err != pipeline.ErrInputStopped {
				t.Fatal(err)
			}
			break
		}
	}
	if err := p.End(); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(out) != "[1 2]" || sent != 2 || !ended {
		t.Fatalf("out %v, sent %d, End ran %v", out, sent, ended)
	}
}
