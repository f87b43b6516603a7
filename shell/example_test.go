package shell_test

import (
	"context"
	"fmt"
	"os"

	"github.com/psh-project/psh/cmdlets/core"
	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/shell"
)

func ExampleNew() {
	sh, err := shell.New(
		shell.WithStdio(nil, os.Stdout, os.Stdout),
		shell.WithModule(core.Module()),
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	_ = sh.Run(context.Background(), `"Hello from psh"`)
	// Output: Hello from psh
}

func ExampleShell_Run() {
	sh, _ := shell.New(shell.WithStdio(nil, os.Stdout, os.Stdout), shell.WithModule(core.Module()))
	ctx := context.Background()
	// State persists across calls.
	_ = sh.Run(ctx, "function Double { process { $_ * 2 } }")
	_ = sh.Run(ctx, "1..3 | Double")
	// Output:
	// 2
	// 4
	// 6
}

func ExampleShell_Invoke() {
	sh, _ := shell.New(shell.WithModule(core.Module()))
	out, err := sh.Invoke(context.Background(), "1..5 | Where-Object { $_ -gt 3 } | Sort-Object -Descending")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, v := range out {
		fmt.Printf("%T %v\n", v, v)
	}
	// Output:
	// int32 5
	// int32 4
}

// Point is a Go value a cmdlet emits.
type Point struct{ X, Y int }

// NewPoint is a cmdlet whose parameters are its tagged fields.
type NewPoint struct {
	X int `param:"Position=0,Mandatory,ValueFromPipeline"`
	Y int `param:"Position=1"`
}

// Process emits one Point.
func (p *NewPoint) Process(c *pipeline.Context) error { return c.Emit(Point{p.X, p.Y}) }

func ExampleWithCmdlet() {
	sh, _ := shell.New(
		shell.WithStdio(nil, os.Stdout, os.Stdout),
		shell.WithModule(core.Module()),
		shell.WithCmdlet("New-Point", func() pipeline.Cmdlet { return new(NewPoint) }),
	)
	ctx := context.Background()
	_ = sh.Run(ctx, "(New-Point 3 -Y 4).Y")
	// Invoke returns the Go struct the cmdlet emitted.
	out, _ := sh.Invoke(ctx, "New-Point -X 1 -Y 2")
	p := out[0].(Point)
	fmt.Println(p.X + p.Y)
	// Output:
	// 4
	// 3
}

func ExampleWithVariable() {
	sh, _ := shell.New(
		shell.WithStdio(nil, os.Stdout, os.Stdout),
		shell.WithVariable("Greeting", "Hello"),
		shell.WithVariable("Names", []any{"Ann", "Bob"}),
	)
	_ = sh.Run(context.Background(), `foreach ($n in $Names) { "$Greeting, $n" }`)
	// Output:
	// Hello, Ann
	// Hello, Bob
}
