package main

import (
	"context"
	"fmt"
	"os"

	"github.com/psh-project/psh/cmdlets/core"
	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/shell"
)

// Widget is what Get-Widget emits: a plain Go struct whose exported fields
// scripts see as properties.
type Widget struct {
	Name   string
	Color  string
	Weight float64
}

// GetWidget is a cmdlet: exported fields tagged `param` are its parameters.
type GetWidget struct {
	// Color, when set, keeps only widgets of that colour.
	Color string `param:"Position=0,ValidateSet=Red|Green|Blue" help:"Only widgets of this colour."`
}

// Help declares Get-Widget's help beside it (shell.Helper); Get-Help
// shows it with the parameter descriptions from the help tags.
func (*GetWidget) Help() *pipeline.Help {
	return &pipeline.Help{
		Synopsis: "Lists the widgets in stock.",
		Examples: []pipeline.Example{{Code: "Get-Widget Red", Remarks: "Lists the red widgets."}},
	}
}

var inventory = []Widget{
	{"Sprocket", "Red", 2.5},
	{"Gear", "Blue", 1.25},
	{"Flange", "Green", 4},
	{"Axle", "Red", 3.75},
}

// Process emits the widgets one by one.
func (g *GetWidget) Process(c *pipeline.Context) error {
	for _, w := range inventory {
		if g.Color != "" && w.Color != g.Color {
			continue
		}
		if err := c.Emit(w); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	if err := run(context.Background()); err != nil {
		fmt.Fprintln(os.Stderr, "embed:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context) error {
	sh, err := shell.New(
		shell.WithStdio(nil, os.Stdout, os.Stderr),
		shell.WithModule(core.Module()),
		shell.WithCmdlet("Get-Widget", func() pipeline.Cmdlet { return new(GetWidget) }),
		shell.WithVariable("MinWeight", 2),
	)
	if err != nil {
		return err
	}

	// Run formats the output like the console does.
	if err := sh.Run(ctx, "Get-Widget | Where-Object Weight -gt $MinWeight | Sort-Object Name | Format-Table"); err != nil {
		return err
	}

	// Invoke hands back the objects themselves: here, Widget values.
	out, err := sh.Invoke(ctx, "Get-Widget Red | Sort-Object Weight -Descending")
	if err != nil {
		return err
	}
	for _, v := range out {
		w := v.(Widget)
		fmt.Printf("%s weighs %.2f\n", w.Name, w.Weight)
	}
	return nil
}
