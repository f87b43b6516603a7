package lua_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/psh-project/psh/pipeline"
)

// TestCancelWrapsContextError: a Lua cmdlet stopped by its context ends
// with an error that wraps the context's, as the README promises, and
// returns at all (the 10 s bound only catches a hang).
func TestCancelWrapsContextError(t *testing.T) {
	var out bytes.Buffer
	sh := newShell(t, t.TempDir(), &out, memFiles(map[string]string{"spin.lua": `
psh.cmdlet{ name = "Start-Spin", process = function(ctx) while true do end end }`}))
	if err := sh.Run(context.Background(), `Import-Module ./spin.lua`); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	done := make(chan error, 1)
	go func() { _, err := sh.Invoke(ctx, `Start-Spin`); done <- err }()
	select {
	case err := <-done:
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("error = %v, want one wrapping context.DeadlineExceeded", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Lua cmdlet still running 10 s after a 1 s deadline")
	}
}

// TestInvokeRecursionIsBounded: a Lua cmdlet calling itself through
// psh.invoke ends in the CallDepthOverflow that plain recursive
// functions get, instead of growing until the process dies.
func TestInvokeRecursionIsBounded(t *testing.T) {
	var out bytes.Buffer
	sh := newShell(t, t.TempDir(), &out, memFiles(map[string]string{"rec.lua": `
psh.cmdlet{ name = "Test-Rec", process = function(ctx) psh.invoke("Test-Rec") end }`}))
	if err := sh.Run(context.Background(), `Import-Module ./rec.lua`); err != nil {
		t.Fatal(err)
	}
	_, err := sh.Invoke(context.Background(), `Test-Rec`)
	var rec *pipeline.ErrorRecord
	if !errors.As(err, &rec) || rec.ID != "CallDepthOverflow" || rec.Error() != "The script failed due to call depth overflow." {
		t.Errorf("error = %v, want CallDepthOverflow", err)
	}
}

// TestHostileChunks: chunks nested past Lua's 200 levels are refused
// before gopher-lua's parser (which would overflow the Go stack) sees
// them, string.rep stays within MaxStringBytes, and _printregs (which
// writes to the process's stdout) is gone.
func TestHostileChunks(t *testing.T) {
	var out bytes.Buffer
	deep := "x = " + strings.Repeat("{", 100000) + strings.Repeat("}", 100000)
	sh := newShell(t, t.TempDir(), &out, memFiles(map[string]string{"deep.lua": deep, "h.lua": `
psh.cmdlet{ name = "Test-Hostile", process = function(ctx)
  ctx:emit(select(2, loadstring("return " .. ("("):rep(100000) .. "1" .. (")"):rep(100000))))
  local s = "return " .. ("- "):rep(500) .. "1"
  ctx:emit(select(2, load(function() local r = s; s = nil; return r end)))
  ctx:emit(select(2, pcall(string.rep, "ab", 2^40)))
  ctx:emit(type(_printregs))
  ctx:emit(loadstring("return " .. ("("):rep(150) .. "7" .. (")"):rep(150))())
end }`}))
	_ = sh.Run(context.Background(), `Import-Module ./deep.lua`)
	if !strings.Contains(out.String(), "deep.lua:1: chunk has too many syntax levels: psh allows at most 200 levels") {
		t.Errorf("Import-Module deep.lua: %q", out.String())
	}
	got, err := sh.Invoke(context.Background(), `Import-Module ./h.lua; Test-Hostile`)
	want := []string{
		`<string>:1: chunk has too many syntax levels: psh allows at most 200 levels of brackets, blocks and unary operators`,
		`=(load):1: chunk has too many syntax levels: psh allows at most 200 levels of brackets, blocks and unary operators`,
		`h.lua:6: The string would be longer than 268435456 bytes, the session's limit (MaxStringBytes).`,
		"nil", "7",
	}
	if err != nil || len(got) != len(want) {
		t.Fatalf("got %q, %v; want %q", got, err, want)
	}
	for i := range want {
		if pipeline.ToString(got[i]) != want[i] {
			t.Errorf("line %d: got %q, want %q", i, got[i], want[i])
		}
	}
}
