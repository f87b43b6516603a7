package lua_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/psh-project/psh/pipeline"
	glua "github.com/yuin/gopher-lua"
)

// patternCases are Lua expressions using string.find, match, gmatch and
// gsub that the pattern guard must leave exactly as gopher-lua has them.
var patternCases = []string{
	`string.find("hello world", "o w")`,
	`string.find("hello", "l+")`,
	`string.find("a.b", ".", 1, true)`,
	`string.find(("x"):rep(2000) .. "y", "y")`,
	`string.find(("ab"):rep(100), "a.-b.-a")`,
	`string.find(("a"):rep(2000), ".-.-.-.-b", 1, true)`,
	`string.match("  trim me  ", "^%s*(.-)%s*$")`,
	`#string.match((" x"):rep(1000) .. "  ", "^%s*(.-)%s*$")`,
	`string.match("key = value", "(%w+)%s*=%s*(%w+)")`,
	`string.match("f(a(b)c) d", "%b()")`,
	`string.match("x]y", "[%]]")`,
	`string.match("a-b", "[]-]")`,
	`string.match("THE (quick) fox", "%f[%a]%a+")`,
	`string.gsub("hello world", "(%w+)", "<%1>")`,
	`string.gsub(("ab"):rep(600), "a+b-", "", 3)`,
	`("hello"):find("l")`,
	`(function() local t = {} for w in string.gmatch("one two  three", "%a+") do t[#t+1] = w end return table.concat(t, "|") end)()`,
}

// run evaluates expr and renders its results (or its error) as a line.
const patternRunner = `
local function render(ok, ...)
  if not ok then return "error: " .. tostring((...)) end
  local t = {}
  for i = 1, select("#", ...) do t[#t+1] = tostring((select(i, ...))) end
  return table.concat(t, ",")
end
function run(src) return render(pcall(loadstring("return " .. src))) end
`

// TestPatternsAsGopherLua: the guarded pattern functions give exactly
// what unguarded gopher-lua gives for ordinary patterns, short and long
// subjects alike.
func TestPatternsAsGopherLua(t *testing.T) {
	L := glua.NewState()
	defer L.Close()
	if err := L.DoString(patternRunner); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	sh := newShell(t, t.TempDir(), &out, memFiles(map[string]string{"p.lua": patternRunner + `
psh.cmdlet{ name = "Test-Pattern", params = { { name = "Expr", type = "string", position = 0 } },
  process = function(ctx, p) ctx:emit(run(p.Expr)) end }`}))
	if err := sh.Run(context.Background(), `Import-Module ./p.lua`); err != nil {
		t.Fatal(err, out.String())
	}
	for _, expr := range patternCases {
		if err := L.CallByParam(glua.P{Fn: L.GetGlobal("run"), NRet: 1, Protect: true}, glua.LString(expr)); err != nil {
			t.Fatal(err)
		}
		want := L.Get(-1).String()
		L.Pop(1)
		got, err := sh.Invoke(context.Background(), "Test-Pattern '"+strings.ReplaceAll(expr, "'", "''")+"'")
		if err != nil || len(got) != 1 {
			t.Fatalf("%s: got %q, %v", expr, got, err)
		}
		if s := pipeline.ToString(got[0]); s != want {
			t.Errorf("%s:\n got %q\nwant %q", expr, s, want)
		}
	}
}

// TestPathologicalPatternRefused: a pattern whose backtracking would run
// for ages on a long subject is refused before matching, naming the
// limit, by every pattern function and the method form; the 10 s bound
// only catches a hang.
func TestPathologicalPatternRefused(t *testing.T) {
	var out bytes.Buffer
	sh := newShell(t, t.TempDir(), &out, memFiles(map[string]string{"h.lua": `
psh.cmdlet{ name = "Test-Backtrack", process = function(ctx)
  local s = string.rep("a", 1e5)
  ctx:emit(select(2, pcall(string.match, s, ".-.-.-.-.-.-.-.-b")))
  ctx:emit(select(2, pcall(string.gsub, s, "^a*a*a*a*b", "")))
  ctx:emit(select(2, pcall(string.gmatch, s, "a-a-a-b")))
  ctx:emit(select(2, pcall(function() return s:find("[a]*[^b]*.-b") end)))
  ctx:emit(select(2, pcall(string.find, s:sub(1, 20000), ".-b")))
  ctx:emit(select(2, pcall(string.find, s:sub(1, 1000), ".-.-b")))
  return string.find(s, ".-.-.-.-.-.-.-.-b")
end }`}))
	if err := sh.Run(context.Background(), `Import-Module ./h.lua`); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	type result struct {
		got []any
		err error
	}
	done := make(chan result, 1)
	go func() { got, err := sh.Invoke(ctx, `Test-Backtrack`); done <- result{got, err} }()
	var r result
	select {
	case r = <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("pathological pattern still running 10 s after a 1 s deadline")
	}
	limit := "; psh allows at most 10000000, since a running match cannot be stopped. Anchor the pattern with ^, use fewer *, + and - items, or match in several steps"
	want := []string{
		`h.lua:4: string.match: pattern ".-.-.-.-.-.-.-.-b" could take about 1e+45 backtracking steps on a subject of 100000 bytes` + limit,
		`h.lua:5: string.gsub: pattern "^a*a*a*a*b" could take about 1e+20 backtracking steps on a subject of 100000 bytes` + limit,
		`h.lua:6: string.gmatch: pattern "a-a-a-b" could take about 1e+20 backtracking steps on a subject of 100000 bytes` + limit,
		`h.lua:7: string.find: pattern "[a]*[^b]*.-b" could take about 1e+20 backtracking steps on a subject of 100000 bytes` + limit,
		`h.lua:8: string.find: pattern ".-b" could take about 4e+08 backtracking steps on a subject of 20000 bytes` + limit,
		`h.lua:9: string.find: pattern ".-.-b" could take about 1e+09 backtracking steps on a subject of 1000 bytes` + limit,
	}
	if len(r.got) != len(want) {
		t.Fatalf("got %q, %v; want %q", r.got, r.err, want)
	}
	for i := range want {
		if s := pipeline.ToString(r.got[i]); s != want[i] {
			t.Errorf("line %d:\n got %q\nwant %q", i, s, want[i])
		}
	}
	if !strings.Contains(out.String(), `string.find: pattern ".-.-.-.-.-.-.-.-b" could take about 1e+45`) {
		t.Errorf("error stream = %q, want the refusal", out.String())
	}
}
