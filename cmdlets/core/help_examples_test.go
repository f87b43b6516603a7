package core_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/psh-project/psh/cmdlets/core"
	"github.com/psh-project/psh/internal/transcript"
)

// exampleFixtures are the files every help example finds in its location.
var exampleFixtures = map[string]string{
	"a.txt":         "one\ntwo\nthree\n",
	"b.txt":         "four\n",
	"app.log":       "start\nerror: disk full\nstop\n",
	"people.csv":    "Name,Age\nann,31\nbob,25\n",
	"data.csv":      "Name,Age\nann,31\nbob,25\n",
	"data.json":     `{"Name":"ann","Tags":["x","y"]}` + "\n",
	"config.json":   `{"Name":"ann","Tags":["x","y"]}` + "\n",
	"notes.txt":     "alpha\nbeta\n",
	"log.txt":       "line\n",
	"file.txt":      "text\n",
	"sub/c.txt":     "nested\n",
	"users.csv":     "Name,Dept\nann,Eng\nbob,Ops\n",
	"data.tsv":      "Name\tAge\nann\t31\n",
	"settings.json": `{"a":1}` + "\n",
}

// examplesNeedingState are examples that need state a temp directory
// cannot give them (a console, a real user, a delay).
var examplesNeedingState = map[string]bool{
	"Read-Host": true, // reads the console
}

// examplesWritingStderr are cmdlets whose examples show their own
// non-output stream on purpose.
var examplesWritingStderr = map[string]bool{
	"Write-Error": true, "Write-Warning": true, "Write-Verbose": true, "Write-Debug": true,
}

// TestHelpExamples runs every example of every core cmdlet's help in a
// fresh shell whose location holds exampleFixtures, and fails when one
// writes an error or fails to run.
func TestHelpExamples(t *testing.T) {
	for _, ci := range core.Module().Commands {
		if ci.Help == nil || len(ci.Help.Examples) == 0 {
			t.Errorf("%s: help has no example", ci.Name)
			continue
		}
		if examplesNeedingState[ci.Name] {
			continue
		}
		for i, ex := range ci.Help.Examples {
			var out, errs bytes.Buffer
			dir := t.TempDir()
			for name, text := range exampleFixtures {
				p := filepath.Join(dir, name)
				_ = os.MkdirAll(filepath.Dir(p), 0o755)
				if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			sh := transcript.NewCoreShell(t, dir, &out, &errs)
			err := sh.Run(context.Background(), ex.Code)
			if err != nil || errs.Len() > 0 && !examplesWritingStderr[ci.Name] {
				t.Errorf("%s example %d: %s\nerr: %v\nstderr: %s", ci.Name, i+1, ex.Code, err, errs.String())
			}
		}
	}
}
