package shell_test

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/psh-project/psh/cmdlets/core"
	"github.com/psh-project/psh/cmdlets/lua"
	"github.com/psh-project/psh/shell"
)

// sealedLua is a Lua module the embedder serves itself (lua.ReadFile), so
// importing it needs no capability; its cmdlet tries the Lua routes out.
const sealedLua = `psh.cmdlet{ name = "Test-Escape", process = function(ctx)
  local ok1 = pcall(function() return io.open("secret.txt") end)
  local ok2 = pcall(function() return os.execute("touch ran-lua") end)
  local ok3 = pcall(function() return dofile("secret.txt") end)
  ctx:emit(tostring(io) .. " " .. tostring(ok1 and ok2 and ok3))
  ctx:emit(psh.invoke("Get-Content secret.txt"))
end }`

// TestBareShellIsSealed: a shell built without WithFileSystem,
// WithNativeCommands and WithHostEnvironment lets a script read, write or
// list no file and start no program, by any route psh has; each route
// fails with an error that names the option that would allow it.
func TestBareShellIsSealed(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"secret.txt":          "TOPSECRET",
		"unnamed-entry.dat":   "TOPSECRET",
		"sub/inner.txt":       "TOPSECRET",
		"x.ps1":               "'TOPSECRET'; Set-Content ran-script 1",
		"mod.lua":             `psh.cmdlet{ name = "Get-Leak", process = function(ctx) ctx:emit("TOPSECRET") end }`,
		"data.csv":            "a\nTOPSECRET\n",
		"prog.sh":             "#!/bin/sh\necho TOPSECRET\ntouch ran-program\n",
		"sub/deeper/keep.txt": "TOPSECRET",
	}
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	before := snapshot(t, dir)
	luaFiles := lua.ReadFile(func(path string) ([]byte, error) {
		if filepath.Base(path) == "escape.lua" {
			return []byte(sealedLua), nil
		}
		return nil, fs.ErrNotExist
	})
	const (
		files_   = "shell.WithFileSystem(true)"
		programs = "shell.WithNativeCommands(true)"
		hostEnv  = "shell.WithHostEnvironment(true)"
	)
	routes := []struct{ script, want string }{
		// .NET statics
		{`[IO.File]::ReadAllText("` + dir + `/secret.txt")`, files_},
		{`[System.IO.File]::ReadAllLines('secret.txt')`, files_},
		{`[IO.File]::Exists('secret.txt')`, files_},
		{`[IO.File]::WriteAllText('out.txt', 'y')`, files_},
		{`[IO.File]::AppendAllText('out.txt', 'y')`, files_},
		{`[IO.File]::Copy('secret.txt', 'copy.txt')`, files_},
		{`[IO.File]::Delete('secret.txt')`, files_},
		{`[IO.Directory]::GetFiles('.')`, files_},
		{`[IO.Directory]::GetDirectories('/')`, files_},
		{`[IO.Directory]::EnumerateFileSystemEntries('.')`, files_},
		{`[IO.Directory]::CreateDirectory('made')`, files_},
		{`[IO.Directory]::Delete('sub', $true)`, files_},
		{`[IO.Directory]::Exists('sub')`, files_},
		{`[Environment]::MachineName`, hostEnv},
		{`[Environment]::UserName`, hostEnv},
		{`[Environment]::OSVersion`, hostEnv},
		{`[Environment]::ProcessorCount`, hostEnv},
		// redirection and switch -File
		{`'y' > out.txt`, files_},
		{`'y' >> out.txt`, files_},
		{`Write-Error 'y' 2> err.txt`, files_},
		{`Write-Warning 'y' *> all.txt`, files_},
		{`switch -File 'secret.txt' { default { $_ } }`, files_},
		// cmdlets
		{`Get-Content secret.txt`, files_},
		{`Get-Content -LiteralPath "` + dir + `/secret.txt"`, files_},
		{`gc *.txt`, files_},
		{`Set-Content out.txt 'y'`, files_},
		{`Add-Content secret.txt 'y'`, files_},
		{`Clear-Content secret.txt`, files_},
		{`Get-ChildItem`, files_},
		{`Get-ChildItem / -Recurse -Depth 1`, files_},
		{`ls sub`, files_},
		{`Get-Item secret.txt`, files_},
		{`Test-Path secret.txt`, files_},
		{`Resolve-Path *`, files_},
		{`Join-Path . * -Resolve`, files_},
		{`Set-Location sub`, files_},
		{`Push-Location sub`, files_},
		{`New-Item made.txt -Value y`, files_},
		{`New-Item made -ItemType Directory`, files_},
		{`Remove-Item secret.txt`, files_},
		{`Remove-Item sub -Recurse`, files_},
		{`Copy-Item secret.txt copy.txt`, files_},
		{`Move-Item secret.txt moved.txt`, files_},
		{`Rename-Item secret.txt renamed.txt`, files_},
		{`'y' | Out-File out.txt`, files_},
		{`'y' | Tee-Object -FilePath out.txt`, files_},
		{`[pscustomobject]@{a=1} | Export-Csv out.csv`, files_},
		{`Import-Csv data.csv`, files_},
		{`Select-String TOPSECRET -Path secret.txt`, files_},
		{`Select-String TOPSECRET *.txt`, files_},
		// scripts and modules
		{`. ./x.ps1`, files_},
		{`& ./x.ps1`, files_},
		{`./x.ps1`, files_},
		{`& "` + dir + `/x.ps1"`, files_},
		{`Import-Module ./mod.lua; Get-Leak`, files_},
		// programs
		{`./prog.sh`, programs},
		{`& "` + dir + `/prog.sh"`, programs},
		{`& /bin/sh -c 'cat secret.txt; touch ran-program'`, programs},
		// the same through Invoke-Expression and script blocks
		{`Invoke-Expression 'Get-Content secret.txt'`, files_},
		{`iex '[IO.File]::ReadAllText("secret.txt")'`, files_},
		{`iex "'y' > out.txt"`, files_},
		{`iex '. ./x.ps1'`, files_},
		{`iex '/bin/sh -c "touch ran-program"'`, programs},
		{`[scriptblock]::Create('Get-ChildItem').Invoke()`, files_},
		{`& { Get-Content secret.txt }`, files_},
		// Lua: the sandbox has no io or os, and psh.invoke runs in this shell
		{`Import-Module ./escape.lua; Test-Escape`, files_},
	}
	for _, r := range routes {
		var out bytes.Buffer
		luaModule := lua.Module(luaFiles)
		if strings.Contains(r.script, "mod.lua") {
			luaModule = lua.Module() // reads module files with os.ReadFile
		}
		sh, err := shell.New(shell.WithStdio(strings.NewReader(""), &out, &out), shell.WithDir(dir),
			shell.WithModule(core.Module()), shell.WithModule(luaModule),
			shell.WithEnv([]string{"PATH=/usr/bin:/bin", "HOME=" + dir}))
		if err != nil {
			t.Fatal(err)
		}
		_ = sh.Run(context.Background(), r.script)
		got := out.String()
		if !strings.Contains(got, "which this shell does not have. The program embedding psh grants it with "+r.want) {
			t.Errorf("%s: the error does not say %s:\n%s", r.script, r.want, got)
		}
		for _, leak := range []string{"TOPSECRET", "unnamed-entry", "inner.txt", "deeper"} {
			if strings.Contains(got, leak) {
				t.Errorf("%s: the output shows %q:\n%s", r.script, leak, got)
			}
		}
	}
	if after := snapshot(t, dir); after != before {
		t.Errorf("the directory changed:\nbefore %s\nafter  %s", before, after)
	}
}

// TestBareShellKeepsTheSession: what needs no capability still works in a
// bare shell: the session's environment, variables and drives, $null
// redirection, the pure statics.
func TestBareShellKeepsTheSession(t *testing.T) {
	var out bytes.Buffer
	sh, err := shell.New(shell.WithStdio(nil, &out, &out), shell.WithModule(core.Module()), shell.WithEnv([]string{"GREETING=hi"}))
	if err != nil {
		t.Fatal(err)
	}
	script := `$env:GREETING; [Environment]::GetEnvironmentVariable('GREETING'); Get-Content env:GREETING
'gone' > $null; [IO.Path]::Combine('a', 'b'); [math]::Max(1, 2); (Get-ChildItem variable:GREETING -ErrorAction Ignore) -eq $null
[Environment]::NewLine.Length; $PID -eq $null`
	if err := sh.Run(context.Background(), script); err != nil {
		t.Fatal(err)
	}
	if want := "hi\nhi\nhi\na/b\n2\nTrue\n1\nTrue\n"; out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
}

// snapshot lists every file under dir with its content.
func snapshot(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		b.WriteString(strings.TrimPrefix(p, dir) + " ")
		if !d.IsDir() {
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			b.Write(data)
		}
		b.WriteString("|")
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}
