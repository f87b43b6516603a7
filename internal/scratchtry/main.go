package main

import (
	"context"
	"fmt"
	"os"

	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/shell"
)

type wo struct {
	InputObject any `param:"Position=0,ValueFromPipeline,ValueFromRemainingArguments"`
}

func (w *wo) Process(c *pipeline.Context) error { return c.EmitAll(w.InputObject) }

type fe struct {
	InputObject any                  `param:"ValueFromPipeline"`
	Process_    pipeline.ScriptBlock `param:"Name=Process,Position=0"`
}

func (f *fe) Process(c *pipeline.Context) error {
	in, _ := c.Input()
	return f.Process_.InvokeWith(c.Context(), pipeline.InvokeOptions{Input: in, HasInput: true, DotSource: true, Context: c}, c.Emit)
}

func main() {
	sh, err := shell.New(shell.WithStdio(os.Stdin, os.Stdout, os.Stderr),
		shell.WithCmdlet("Write-Output", func() pipeline.Cmdlet { return &wo{} }),
		shell.WithCmdlet("ForEach-Object", func() pipeline.Cmdlet { return &fe{} }))
	if err != nil {
		fmt.Println(err)
		return
	}
	err = sh.Run(context.Background(), os.Args[1])
	if err != nil {
		fmt.Println("ERR:", err)
	}
}
