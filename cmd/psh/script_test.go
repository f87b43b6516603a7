package main

import (
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets testscript run the psh binary in-process as the "psh"
// command.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"psh": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs testdata/*.txtar: the binary's flags, exit codes and
// stderr format, and the Exchange task end to end.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata",
		Setup: func(env *testscript.Env) error {
			env.Setenv("PSH_DIRECTORY", env.WorkDir+"/directory.db")
			env.Setenv("NO_COLOR", "1")
			return nil
		},
	})
}
