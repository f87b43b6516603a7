package repl

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/psh-project/psh/cmdlets/core"
	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/shell"
)

// color is a string enum with a Values method.
type color string

func (color) Values() []string { return []string{"Red", "Green", "Blue"} }

// setCasMailbox is a test cmdlet with a ValidateSet and an enum parameter.
type setCasMailbox struct {
	Identity          string          `param:"Position=0,Mandatory,Alias=Id"`
	PopEnabled        bool            `param:""`
	PopUseProtocol    bool            `param:""`
	ImapEnabled       bool            `param:""`
	MessageFormat     string          `param:"ValidateSet=Text|Html|TextAndHtml"`
	Color             color           `param:""`
	OtherColors       []color         `param:""`
	ActiveSyncEnabled pipeline.Switch `param:""`
}

func (c *setCasMailbox) Process(*pipeline.Context) error { return nil }

func newTestShell(t testing.TB) *shell.Shell {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{"alpha.txt", "alps.csv", "beta.txt", ".hidden"} {
		if err := os.WriteFile(filepath.Join(dir, f), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll(filepath.Join(dir, "my folder"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "albums", "disc1"), 0o755); err != nil {
		t.Fatal(err)
	}
	sh, err := shell.New(shell.WithModule(core.Module()), shell.WithDir(dir),
		shell.WithEnv([]string{"PATH=/bin", "PSH_TEST=1", "HOME=" + dir}),
		shell.WithVariable("ErrCount", 3),
		shell.WithCmdlet("Set-CASMailbox", func() pipeline.Cmdlet { return new(setCasMailbox) }))
	if err != nil {
		t.Fatal(err)
	}
	if err := sh.Run(context.Background(), "function Get-CasHelper { 'x' }; $Errand = 1"); err != nil {
		t.Fatal(err)
	}
	return sh
}

func TestComplete(t *testing.T) {
	sh := newTestShell(t)
	tests := []struct {
		line  string
		want  []string
		n     int
		atPos int // cursor offset; -1 means the end of line
	}{
		{"Sort-Obj", []string{"Sort-Object"}, 8, -1},
		{"sort-obj", []string{"Sort-Object"}, 8, -1},
		{"Get-Cas", []string{"Get-CasHelper"}, 7, -1},
		{"Set-CAS", []string{"Set-CASMailbox"}, 7, -1},
		{"1..3 | ForEach-Ob", []string{"ForEach-Object"}, 10, -1},
		{"$x = Set-CA", []string{"Set-CASMailbox"}, 6, -1},
		{"& Set-CA", []string{"Set-CASMailbox"}, 6, -1},
		{"Set-CASMailbox -Pop", []string{"-PopEnabled", "-PopUseProtocol"}, 4, -1},
		{"Set-CASMailbox x -popE", []string{"-PopEnabled"}, 5, -1},
		{"Set-CASMailbox -Err", []string{"-ErrorAction", "-ErrorVariable"}, 4, -1},
		{"Set-CASMailbox -WhatI", nil, 6, -1},
		{"Set-CASMailbox -MessageFormat T", []string{"Text", "TextAndHtml"}, 1, -1},
		{"Set-CASMailbox -MessageFormat ", []string{"Html", "Text", "TextAndHtml"}, 0, -1},
		{"Set-CASMailbox -Mess h", []string{"Html"}, 1, -1},
		{"Set-CASMailbox -Color g", []string{"Green"}, 1, -1},
		{"Set-CASMailbox -OtherColors ", []string{"Blue", "Green", "Red"}, 0, -1},
		{"Set-CASMailbox -Color:B", []string{"Blue"}, 1, -1},
		{"Set-CASMailbox -ErrorAction Sil", []string{"SilentlyContinue"}, 3, -1},
		{"Set-CASMailbox -ea st", []string{"Stop"}, 2, -1},
		{"Sort-Object -Desc", []string{"-Descending"}, 5, -1},
		{"$Err", []string{"$Errand", "$ErrCount", "$Error", "$ErrorActionPreference"}, 4, -1},
		{"$tr", []string{"$true"}, 3, -1},
		{"Write-Output $pw", []string{"$PWD"}, 3, -1},
		{"Write-Output $errc", []string{"$ErrCount"}, 5, -1},
		{`"count: $ErrC`, []string{"$ErrCount"}, 5, -1},
		{"$env:PSH_", []string{"$env:PSH_TEST"}, 9, -1},
		{"Get-Content al", []string{"albums/", "alpha.txt", "alps.csv"}, 2, -1},
		{"Get-Content alb", []string{"albums/"}, 3, -1},
		{"Get-Content albums/", []string{"albums/disc1/"}, 7, -1},
		{"Get-Content 'be", []string{"beta.txt"}, 2, -1},
		{"Get-Content ~/b", []string{"~/beta.txt"}, 3, -1},
		{"Get-Content .h", []string{".hidden"}, 2, -1},
		{"./al", []string{"./albums/", "./alpha.txt", "./alps.csv"}, 4, -1},
		{"Get-Content nothing", nil, 7, -1},
		{"Get-ChildItem my", []string{"'my folder/'"}, 2, -1},
		{"Get-ChildItem 'my", []string{"my folder/"}, 2, -1},
		{"Get-Content x; Sort-O", []string{"Sort-Object"}, 6, -1},
		{"Sort-O | Get-Content", []string{"Sort-Object"}, 6, 6},
		{"$x -eq", nil, 3, -1},
		{"NoSuchCommand -Fo", nil, 3, -1},
		{"", nil, 0, 99},
	}
	for _, tt := range tests {
		pos := tt.atPos
		if pos < 0 {
			pos = len(tt.line)
		}
		got, n := Complete(sh, tt.line, pos)
		if tt.atPos == 99 {
			if got != nil || n != 0 {
				t.Errorf("Complete(%q, out of range) = %q, %d", tt.line, got, n)
			}
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" || n != tt.n {
			t.Errorf("Complete(%q, %d): n = %d, want %d; candidates (-want +got):\n%s", tt.line, pos, n, tt.n, diff)
		}
	}
}

func TestCompleterSuffixes(t *testing.T) {
	sh := newTestShell(t)
	got, n := (&completer{sh: sh}).Do([]rune("Set-CASMailbox -Pop"), len("Set-CASMailbox -Pop"))
	var s []string
	for _, r := range got {
		s = append(s, string(r))
	}
	if diff := cmp.Diff([]string{"Enabled", "UseProtocol"}, s); diff != "" || n != 4 {
		t.Errorf("Do: n = %d; (-want +got):\n%s", n, diff)
	}
}

func FuzzComplete(f *testing.F) {
	sh := newTestShell(f)
	for _, s := range []string{"Sort-O", "Set-CASMailbox -Pop", "$Err", "'a b", "`", "x | -", "Get-Content ~/", "-:"} {
		f.Add(s, len(s))
	}
	f.Fuzz(func(t *testing.T, line string, pos int) {
		cands, n := Complete(sh, line, pos)
		if n < 0 || (len(cands) > 0 && (pos < n || pos > len(line))) {
			t.Fatalf("Complete(%q, %d) = %q, %d", line, pos, cands, n)
		}
	})
}

// TestCompleterRespells pins that a Tab which inserts a completion also
// respells the typed part as the candidate spells it (Get-Cas<Tab> gives
// Set-CASMailbox's casing), and leaves a listed choice alone.
func TestCompleterRespells(t *testing.T) {
	sh := newTestShell(t)
	tests := []struct {
		line, want string // want is the line after readline inserted the suffix and OnChange ran
	}{
		{"set-cas", "Set-CASMailbox"},
		{"Set-Cas", "Set-CASMailbox"},
		{"Set-CASMailbox -pop", "Set-CASMailbox -pop"}, // listed: Enabled, UseProtocol
		{"Set-CASMailbox -popu", "Set-CASMailbox -PopUseProtocol"},
		{"Set-CASMailbox -MessageFormat t", "Set-CASMailbox -MessageFormat Text"}, // Text, TextAndHtml share "Text"
		{"Set-CASMailbox -pope", "Set-CASMailbox -PopEnabled"},
		{"sort-object x | set-CAS", "sort-object x | Set-CASMailbox"},
		{"Set-CASMailbox -ErrorAction sil", "Set-CASMailbox -ErrorAction SilentlyContinue"},
		{"$errc", "$ErrCount"},
		{"$err", "$err"},               // $Errand, $ErrCount, $ErrorActionPreference: listed, not inserted
		{"Sort-Object", "Sort-Object"}, // already spelled right
	}
	for _, tt := range tests {
		c := &completer{sh: sh}
		line := []rune(tt.line)
		sufs, _ := c.Do(line, len(line))
		// What readline does on Tab: write the only suffix, or the
		// suffixes' common prefix.
		ins := []rune(nil)
		if len(sufs) == 1 {
			ins = sufs[0]
		} else if len(sufs) > 1 {
			ins = []rune(commonPrefix(runeStrings(sufs)))
		}
		line = append(line, ins...)
		got := string(line)
		if nl, _, ok := c.OnChange(line, len(line), '\t'); ok {
			got = string(nl)
		}
		if got != tt.want {
			t.Errorf("Tab after %q: line %q, want %q", tt.line, got, tt.want)
		}
	}
	// Only the key right after Do respells.
	c := &completer{sh: sh}
	c.Do([]rune("set-cas"), 7)
	if _, _, ok := c.OnChange([]rune("set-casx"), 8, 'x'); ok {
		t.Error("OnChange respelled after a key other than Tab")
	}
}

func runeStrings(rs [][]rune) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = string(r)
	}
	return out
}
