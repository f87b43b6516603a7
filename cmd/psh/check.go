package main

import (
	"fmt"
	"io"
	"os"

	"github.com/psh-project/psh/shell/interp"
	"github.com/psh-project/psh/shell/syntax"
)

// check parses each file and reports every syntax error, like bash -n.
func check(files []string, stderr io.Writer) int {
	if len(files) == 0 {
		fmt.Fprintln(stderr, "psh: -Check needs at least one file")
		return 64
	}
	code := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(stderr, "psh:", err)
			code = 1
			continue
		}
		for _, e := range syntax.ParseErrors(f, string(src)) {
			fmt.Fprintln(stderr, interp.FormatSyntaxError(e, f, string(src)))
			code = 1
		}
	}
	return code
}
