package core

import (
	"time"

	"github.com/psh-project/psh/pipeline"
)

// hlp builds a Help value with one example.

// InvokeExpression is Invoke-Expression (iex): runs script text.
type InvokeExpression struct {
	Command string `param:"Position=0,Mandatory,ValueFromPipeline" help:"The script text to run."`
}

// Process runs the text in the current scope.
func (ie *InvokeExpression) Process(c *pipeline.Context) error {
	out, err := c.Session().Invoke(c.Context(), ie.Command)
	for _, v := range out {
		if e := c.Emit(v); e != nil {
			return e
		}
	}
	return err
}

// MeasureCommand is Measure-Command: how long a script block takes.
type MeasureCommand struct {
	Expression  pipeline.ScriptBlock `param:"Position=0,Mandatory" help:"The script block to time; its output is discarded."`
	InputObject any                  `param:"ValueFromPipeline" help:"Objects bound to $_ while the block runs."`

	total time.Duration
	ran   bool
}

// Process runs the block once per input object (or once).
func (m *MeasureCommand) Process(c *pipeline.Context) error {
	in, has := inputOf(c, m.InputObject)
	start := time.Now()
	err := m.Expression.InvokeWith(c.Context(), pipeline.InvokeOptions{Input: in, HasInput: has, DotSource: true, Context: c}, func(any) error { return nil })
	m.total += time.Since(start)
	m.ran = true
	return err
}

// End outputs the elapsed time as a TimeSpan.
func (m *MeasureCommand) End(c *pipeline.Context) error { return c.Emit(m.total) }

// StartSleep is Start-Sleep (sleep).
type StartSleep struct {
	Seconds      float64       `param:"Position=0" help:"Seconds to wait."`
	Milliseconds int           `param:"Alias=ms" help:"Milliseconds to wait."`
	Duration     time.Duration `param:"" help:"A TimeSpan to wait."`
}

// Process waits, or returns early when the pipeline is cancelled.
func (s *StartSleep) Process(c *pipeline.Context) error {
	d := time.Duration(s.Seconds*float64(time.Second)) + time.Duration(s.Milliseconds)*time.Millisecond + s.Duration
	if d <= 0 {
		return nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-c.Context().Done():
		return c.Context().Err()
	}
}
