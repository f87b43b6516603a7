package core

import (
	"errors"
	"fmt"
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// WriteOutput is Write-Output: it sends its arguments down the pipeline.
type WriteOutput struct {
	InputObject any             `param:"Position=0,Mandatory,ValueFromPipeline,ValueFromRemainingArguments" help:"The objects to send down the pipeline."`
	NoEnumerate pipeline.Switch `param:"" help:"Send a collection as one object instead of its elements."`
}

// Process emits the input object, unrolling collections unless -NoEnumerate.
func (w *WriteOutput) Process(c *pipeline.Context) error {
	if w.NoEnumerate {
		return c.Emit(w.InputObject)
	}
	return c.EmitAll(w.InputObject)
}

// WriteHost is Write-Host: text for the person at the console.
type WriteHost struct {
	Object          any             `param:"Position=0,ValueFromPipeline,ValueFromRemainingArguments" help:"The objects to display."`
	NoNewline       pipeline.Switch `param:"" help:"Do not end the output with a newline."`
	Separator       any             `param:"" help:"The string put between objects (default a space)."`
	ForegroundColor string          `param:"" help:"The text colour (accepted, shown only on colour terminals)."`
	BackgroundColor string          `param:"" help:"The background colour (accepted, shown only on colour terminals)."`
}

// Process writes the objects' strings, joined by the separator.
func (w *WriteHost) Process(c *pipeline.Context) error {
	sep := " "
	if w.Separator != nil {
		sep = pipeline.ToString(w.Separator)
	}
	var parts []string
	_ = pipeline.Enumerate(w.Object, func(v any) error {
		if v != nil {
			parts = append(parts, pipeline.ToString(v))
		}
		return nil
	})
	text := strings.Join(parts, sep)
	if !w.NoNewline {
		text += "\n"
	}
	c.WriteHost(text)
	return nil
}

// WriteError is Write-Error: a non-terminating error, attributed to the
// caller.
type WriteError struct {
	Message      string                 `param:"Position=0,ValueFromPipeline" help:"The error message."`
	Exception    error                  `param:"" help:"An exception to report."`
	ErrorRecord  *pipeline.ErrorRecord  `param:"" help:"An error record to report."`
	Category     pipeline.ErrorCategory `param:"" help:"The error category."`
	ErrorId      string                 `param:"" help:"The error id."`
	TargetObject any                    `param:"" help:"The object the error concerns."`
}

// Process writes the error.
func (w *WriteError) Process(c *pipeline.Context) error {
	var rec *pipeline.ErrorRecord
	switch {
	case w.ErrorRecord != nil:
		r := *w.ErrorRecord
		rec = &r
	case w.Exception != nil:
		rec = pipeline.NewError(w.Exception, w.ErrorId, w.Category, w.TargetObject)
	default:
		rec = pipeline.NewError(errors.New(w.Message), w.ErrorId, w.Category, w.TargetObject)
	}
	if rec.ID == "" {
		rec.ID = "Microsoft.PowerShell.Commands.WriteErrorException"
	}
	if rec.Category == "" {
		rec.Category = pipeline.NotSpecified
	}
	// Write-Error attributes the error to the function that called it
	// ($MyInvocation of the function's scope), as PowerShell does.
	if inv, ok := c.Session().GetVariable("MyInvocation"); ok {
		if name, ok := pipeline.GetProperty(inv, "MyCommand"); ok && pipeline.ToString(name) != "" {
			rec.Command = pipeline.ToString(name)
		}
	}
	c.WriteError(rec)
	return nil
}

// WriteWarning is Write-Warning.
type WriteWarning struct {
	Message string `param:"Position=0,Mandatory,ValueFromPipeline" help:"The warning text."`
}

// Process writes the warning.
func (w *WriteWarning) Process(c *pipeline.Context) error {
	c.WriteWarning(w.Message)
	return nil
}

// WriteVerbose is Write-Verbose.
type WriteVerbose struct {
	Message string `param:"Position=0,Mandatory,ValueFromPipeline" help:"The verbose text."`
}

// Process writes the message to the verbose stream.
func (w *WriteVerbose) Process(c *pipeline.Context) error {
	c.WriteVerbose(w.Message)
	return nil
}

// WriteDebug is Write-Debug.
type WriteDebug struct {
	Message string `param:"Position=0,Mandatory,ValueFromPipeline" help:"The debug text."`
}

// Process writes the message to the debug stream.
func (w *WriteDebug) Process(c *pipeline.Context) error {
	c.WriteDebug(w.Message)
	return nil
}

// WriteInformation is Write-Information: a message on the information
// stream, shown only when -InformationAction or $InformationPreference is
// Continue (by default it is SilentlyContinue, as in PowerShell).
type WriteInformation struct {
	MessageData any      `param:"Position=0,Mandatory,Alias=Msg|Message" help:"The message to write."`
	Tags        []string `param:"Position=1" help:"Tags for the message (accepted; psh does not record them)."`
}

// Process shows the message when the information preference asks for it.
func (w *WriteInformation) Process(c *pipeline.Context) error {
	pref := c.Common().InformationAction
	if !c.IsBound("InformationAction") {
		v, _ := c.Session().GetVariable("InformationPreference")
		pref = pipeline.ParsePreference(v, pipeline.SilentlyContinue)
	}
	switch pref {
	case pipeline.Continue, pipeline.Inquire:
		c.WriteHost(pipeline.ToString(w.MessageData) + "\n")
	case pipeline.Stop:
		return &pipeline.ErrorRecord{Err: fmt.Errorf("The running command stopped because the preference variable \"InformationPreference\" or common parameter is set to Stop: %s", pipeline.ToString(w.MessageData)),
			ID: "ActionPreferenceStop", Category: pipeline.OperationStopped, Terminating: true}
	}
	return nil
}

var writeInformationHelp = hlp("Specifies how PowerShell handles information stream data for a command.",
	"Write-Information writes a message to the information stream. It is shown when -InformationAction or $InformationPreference is Continue; by default it is not.",
	"Write-Information 'Starting' -InformationAction Continue", "Shows Starting.")
