package pipeline

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"strings"
)

// Context is what a running cmdlet sees: the cancellation context, the
// output and the other streams, ShouldProcess, the bound parameters and the
// session.
type Context struct {
	pipe     *Pipeline
	st       *stage
	input    any
	hasInput bool
	emits    int
}

// Context returns the context.Context of the running pipeline; it is
// cancelled when the user presses Ctrl-C or the embedder cancels.
func (c *Context) Context() context.Context { return c.pipe.ctx }

// Session returns the shell session the command runs in.
func (c *Context) Session() Session { return c.pipe.session }

// CommandName returns the name the command was invoked by.
func (c *Context) CommandName() string { return c.st.name }

// Position returns where the command stands in the script.
func (c *Context) Position() Position { return c.st.pos }

// Input returns the current pipeline input object, if any.
func (c *Context) Input() (any, bool) { return c.input, c.hasInput }

// ExpectingInput reports whether the command receives pipeline input.
func (c *Context) ExpectingInput() bool { return c.st.expectInput }

// IsBound reports whether the named parameter was bound (by argument or
// from the current input object).
func (c *Context) IsBound(name string) bool {
	for _, p := range c.st.b.boundList() {
		if strings.EqualFold(p.Name, name) {
			return true
		}
	}
	return false
}

// Common returns the common parameters bound for this command.
func (c *Context) Common() *CommonParams { return c.st.b.values }

// ParameterSetName is the parameter set the bound parameters selected
// (for the current input object), or AllParameterSets when the command
// declares none.
func (c *Context) ParameterSetName() string {
	if s := c.st.b.parameterSet(c.st.b.isBound); s != "" {
		return s
	}
	return AllParameterSets
}

// Emit sends v to the next command (or the pipeline's output). It does not
// unroll collections; use EmitAll for that. A non-nil error means the
// command must stop and return it.
func (c *Context) Emit(v any) error {
	if c.st.stopErr != nil {
		return c.st.stopErr
	}
	p := c.pipe
	if p.stopAt > c.st.index {
		return &stoppedError{p: p, stage: p.stopAt}
	}
	c.emits++
	if c.emits&255 == 0 {
		if err := p.ctx.Err(); err != nil {
			return stoppedByContext(err)
		}
	}
	if c.st.outVar != nil {
		*c.st.outVar = append(*c.st.outVar, v)
	}
	if pv := c.st.b.values.PipelineVariable; pv != "" {
		_ = p.session.SetVariable(pv, v)
	}
	return c.st.next(v)
}

// EmitAll sends each element of a collection (or v itself when it is not
// one), as PowerShell's WriteObject(v, true).
func (c *Context) EmitAll(v any) error {
	return Enumerate(v, c.Emit)
}

func stoppedByContext(err error) error { return PipelineStopped(err) }

// PipelineStopped is the error a run ends with when its context is
// cancelled (Ctrl-C, an embedder's deadline): PowerShell's "The pipeline
// has been stopped." It ends the whole script, no catch or trap handles it
// (finally blocks still run), and errors.Is finds the context's error
// (context.Canceled, context.DeadlineExceeded) in it.
func PipelineStopped(cause error) *ErrorRecord {
	return &ErrorRecord{Err: &stopCause{cause}, ID: "PipelineStopped",
		Category: OperationStopped, Terminating: true, ScriptTerminating: true}
}

// IsPipelineStopped reports whether err is PipelineStopped.
func IsPipelineStopped(err error) bool {
	var rec *ErrorRecord
	return errors.As(err, &rec) && rec.ID == "PipelineStopped"
}

// stopCause is PipelineStopped's message around the context's error.
type stopCause struct{ cause error }

func (e *stopCause) Error() string { return "The pipeline has been stopped." }
func (e *stopCause) Unwrap() error { return e.cause }

// WriteError writes a non-terminating error. Under -ErrorAction Stop (or
// $ErrorActionPreference = 'Stop') it becomes terminating: the next Emit
// returns it and the command's Process result is replaced by it.
func (c *Context) WriteError(err error) {
	st := c.st
	rec := *AsErrorRecord(err)
	if rec.Command == "" {
		rec.Command, rec.Source = st.name, st.impl
	}
	if !rec.Pos.IsValid() {
		rec.Pos = st.pos
	}
	rec.Terminating, rec.ScriptTerminating = false, false
	pref := st.preference("ErrorAction", "ErrorActionPreference")
	c.pipe.hadErrors = true
	st.addErrorVariable(&rec)
	if pref == Stop {
		if st.stopErr == nil {
			rec.Terminating, rec.ScriptTerminating = true, true
			st.stopErr = &rec
		}
		return
	}
	c.pipe.streams.Error(&rec, pref)
}

// WriteWarning writes to the warning stream, honouring -WarningAction and
// $WarningPreference.
func (c *Context) WriteWarning(msg string) {
	switch c.st.preference("WarningAction", "WarningPreference") {
	case SilentlyContinue, Ignore:
	case Stop:
		c.pipe.streams.Warning(msg)
		if c.st.stopErr == nil {
			c.st.stopErr = &ErrorRecord{Err: fmt.Errorf("The running command stopped because the preference variable \"WarningPreference\" or common parameter is set to Stop: %s", msg),
				ID: "ActionPreferenceStop", Category: OperationStopped, Command: c.st.name, Pos: c.st.pos, Terminating: true, ScriptTerminating: true}
		}
	default:
		c.pipe.streams.Warning(msg)
	}
}

// WriteVerbose writes to the verbose stream when -Verbose or
// $VerbosePreference asks for it.
func (c *Context) WriteVerbose(msg string) {
	if c.st.b.values.Verbose || c.st.sessionPref("VerbosePreference", SilentlyContinue) == Continue {
		c.pipe.streams.Verbose(msg)
	}
}

// WriteDebug writes to the debug stream when -Debug or $DebugPreference
// asks for it.
func (c *Context) WriteDebug(msg string) {
	if c.st.b.values.Debug || c.st.sessionPref("DebugPreference", SilentlyContinue) == Continue {
		c.pipe.streams.Debug(msg)
	}
}

// WriteHost writes text for the person at the console (Write-Host).
func (c *Context) WriteHost(text string) { c.pipe.streams.Host(text) }

// ShouldProcess reports whether the command should perform action on
// target: false under -WhatIf (after printing "What if: ..."), the user's
// answer under -Confirm, true otherwise.
func (c *Context) ShouldProcess(target, action string) bool {
	v := c.st.b.values
	whatIf := bool(v.WhatIf)
	if !c.IsBound("WhatIf") {
		if w, ok := c.pipe.session.GetVariable("WhatIfPreference"); ok && ToBool(w) {
			whatIf = true
		}
	}
	if whatIf {
		c.pipe.streams.Host(fmt.Sprintf("What if: Performing the operation \"%s\" on target \"%s\".\n", action, target))
		return false
	}
	if c.needsConfirm() {
		return c.confirm(target, action)
	}
	return true
}

// needsConfirm: -Confirm asks; -Confirm:$false never does; otherwise a
// command whose ConfirmImpact reaches $ConfirmPreference asks.
func (c *Context) needsConfirm() bool {
	if c.IsBound("Confirm") {
		return bool(c.st.b.values.Confirm)
	}
	impact := impactLevel(c.st.b.meta.ConfirmImpact)
	if impact == 0 {
		impact = 2 // Medium: PowerShell's default ConfirmImpact
	}
	pref := "High"
	if v, ok := c.pipe.session.GetVariable("ConfirmPreference"); ok && v != nil {
		pref = ToString(v)
	}
	level := impactLevel(pref)
	return level > 0 && impact >= level
}

func impactLevel(s string) int {
	switch strings.ToLower(s) {
	case "low":
		return 1
	case "medium":
		return 2
	case "high":
		return 3
	}
	return 0
}

func (c *Context) confirm(target, action string) bool {
	if c.st.yesToAll {
		return true
	}
	if c.st.noToAll {
		return false
	}
	s := c.pipe.session
	if !CanPrompt(s) {
		if c.st.stopErr == nil {
			rec := NonInteractiveError(target)
			rec.Command, rec.Source, rec.Pos, rec.Terminating = c.st.name, c.st.impl, c.st.pos, true
			c.st.stopErr = rec
		}
		return false
	}
	fmt.Fprintf(s.Stderr(), "\nConfirm\nAre you sure you want to perform this action?\nPerforming the operation \"%s\" on target \"%s\".\n[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [?] Help (default is \"Y\"): ", action, target)
	if c.pipe.stdin == nil {
		c.pipe.stdin = bufio.NewReader(s.Stdin())
	}
	line, err := ReadWithContext(c.pipe.ctx, func() (string, error) { return c.pipe.stdin.ReadString('\n') })
	if IsPipelineStopped(err) {
		fmt.Fprintln(s.Stderr())
		return false // the run is cancelled; the next statement stops it
	}
	if err != nil && line == "" {
		fmt.Fprintln(s.Stderr())
		c.WriteError(&ErrorRecord{Err: fmt.Errorf("Confirmation was required to perform the operation \"%s\" on target \"%s\", but no answer could be read, so nothing was changed. Add -Confirm:$false to skip the confirmation.", action, target),
			ID: "ConfirmationRequired", Category: InvalidOperation, Target: target})
		return false
	}
	switch strings.ToUpper(strings.TrimSpace(line)) {
	case "", "Y":
		return true
	case "A":
		c.st.yesToAll = true
		return true
	case "L":
		c.st.noToAll = true
	}
	return false
}
