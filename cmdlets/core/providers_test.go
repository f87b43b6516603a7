package core_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/psh-project/psh/internal/transcript"
)

// TestSetItemOnDrives runs Set-Item on the env: and variable: drives.
func TestSetItemOnDrives(t *testing.T) {
	dir := t.TempDir()
	var out bytes.Buffer
	sh := transcript.NewCoreShell(t, dir, &out, &out)
	cases := []struct{ script, want string }{
		{`Set-Item env:GREETING 'hello'; $env:GREETING`, "hello"},
		{`Set-Item -Path env:GREETING -Value 'hi'; Get-Content env:GREETING`, "hi"},
		{`Set-Item env:GREETING 'bye' -PassThru | ForEach-Object { $_.Name + '=' + $_.Value }`, "GREETING=bye"},
		{`Set-Item env:GREETING -Value 'x' -WhatIf; $env:GREETING`,
			"What if: Performing the operation \"Set Item\" on target \"Item: GREETING Value: x\".\nbye"},
		{`Set-Item env:GREETING ''; Test-Path env:GREETING`, "False"},
		{`$env:A1 = 'a'; $env:A2 = 'b'; Set-Item env:A* 'z'; "$env:A1$env:A2"`, "zz"},
		{`Set-Item variable:v 5; $v + 1`, "6"},
		{`Set-Item function:twice { 2 * $args[0] }; twice 21`, "42"},
		{`Set-Item function:twice "3 * ` + "`$args[0]" + `"; twice 2`, "6"},
		{`Set-Item alias:tw twice; tw 5`, "15"},
		{`Set-Item env: 'x'`, "Set-Item: The root of the drive 'Env' cannot be modified."},
		{`Set-Item file.txt 'x'`, "Set-Item: Provider operation stopped because the provider does not support this operation."},
	}
	for _, tc := range cases {
		out.Reset()
		_ = sh.Run(context.Background(), tc.script)
		got := strings.TrimRight(strings.ReplaceAll(out.String(), dir, "$TMP"), "\n")
		if got != tc.want {
			t.Errorf("%s\n got: %q\nwant: %q", tc.script, got, tc.want)
		}
	}
}
