package core

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/psh-project/psh/pipeline"
)

func TestContent(t *testing.T) {
	s := newFakeSession(t)
	r := runP(t, s, ints(1, 2, 3), cmd("Set-Content", V("a.txt")))
	if r.err != nil || len(r.errs) > 0 {
		t.Fatal(r.err, r.errs)
	}
	b, _ := os.ReadFile(filepath.Join(s.Location, "a.txt"))
	if string(b) != "1\n2\n3\n" {
		t.Errorf("file %q", b)
	}
	runP(t, s, nil, cmd("Add-Content", V("a.txt"), V("four")))
	tests := []struct {
		args []pipeline.Argument
		want string
	}{
		{V("a.txt"), "1,2,3,four"},
		{append(V("a.txt"), P("TotalCount", 2)...), "1,2"},
		{append(V("a.txt"), P("First", 1)...), "1"},
		{append(V("a.txt"), P("Tail", 2)...), "3,four"},
		{append(V("a.txt"), P("Raw")...), "1\n2\n3\nfour\n"},
		{append(V("a.txt"), P("Delimiter", "3")...), "1\n2\n3,\nfour\n"},
		{V("*.txt"), "1,2,3,four"},
	}
	for _, tc := range tests {
		r := runP(t, s, nil, cmd("Get-Content", tc.args))
		if got := strs(r.out); got != tc.want || r.err != nil {
			t.Errorf("%v: got %q %v, want %q", tc.args, got, r.err, tc.want)
		}
	}
	r = runP(t, s, nil, cmd("Get-Content", V("/nope/x.txt")))
	if len(r.errs) != 1 || r.errs[0] != "Cannot find path '/nope/x.txt' because it does not exist." {
		t.Errorf("errs %q", r.errs)
	}
	os.WriteFile(filepath.Join(s.Location, "crlf.txt"), []byte("\xEF\xBB\xBFa\r\nb\r\n"), 0o644)
	r = runP(t, s, nil, cmd("Get-Content", V("crlf.txt")))
	if strs(r.out) != "a,b" {
		t.Errorf("crlf: %q", strs(r.out))
	}
	runP(t, s, nil, cmd("Set-Content", V("u.txt"), V("hé"), P("Encoding", "unicode")))
	r = runP(t, s, nil, cmd("Get-Content", V("u.txt")))
	if strs(r.out) != "hé" {
		t.Errorf("unicode: %q", strs(r.out))
	}
	runP(t, s, nil, cmd("Clear-Content", V("a.txt")))
	if b, _ := os.ReadFile(filepath.Join(s.Location, "a.txt")); len(b) != 0 {
		t.Errorf("clear: %q", b)
	}
}

func TestCSVRoundTrip(t *testing.T) {
	s := newFakeSession(t)
	in := "Name,Dept,Note\nann,Eng,\"says \"\"hi\"\", twice\"\nbob,Ops,\n"
	os.WriteFile(filepath.Join(s.Location, "in.csv"), []byte(in), 0o644)
	r := runP(t, s, nil, cmd("Import-Csv", V("in.csv")))
	if len(r.out) != 2 {
		t.Fatalf("rows %d %v %v", len(r.out), r.err, r.errs)
	}
	if got := pipeline.ToString(r.out[0]); got != `@{Name=ann; Dept=Eng; Note=says "hi", twice}` {
		t.Errorf("row0 %s", got)
	}
	runP(t, s, r.out, cmd("Export-Csv", V("out.csv")))
	b, _ := os.ReadFile(filepath.Join(s.Location, "out.csv"))
	want := "\"Name\",\"Dept\",\"Note\"\n\"ann\",\"Eng\",\"says \"\"hi\"\", twice\"\n\"bob\",\"Ops\",\"\"\n"
	if string(b) != want {
		t.Errorf("export\n%s\nwant\n%s", b, want)
	}
	// Round trip again: same objects.
	r2 := runP(t, s, nil, cmd("Import-Csv", V("out.csv")))
	if strs(r2.out) != strs(r.out) {
		t.Errorf("round trip %q vs %q", strs(r2.out), strs(r.out))
	}
	runP(t, s, []any{obj("Name", "cy", "Dept", "Eng", "Note", "x")}, cmd("Export-Csv", V("out.csv"), P("Append"), P("UseQuotes", "AsNeeded")))
	b, _ = os.ReadFile(filepath.Join(s.Location, "out.csv"))
	if !strings.HasSuffix(string(b), "\"\"\ncy,Eng,x\n") {
		t.Errorf("append %q", b)
	}
	r = runP(t, s, []any{obj("a", int32(1), "b", "x,y")}, cmd("ConvertTo-Csv", P("UseQuotes", "AsNeeded")))
	if strs(r.out) != "a,b,1,\"x,y\"" {
		t.Errorf("ConvertTo-Csv %q", strs(r.out))
	}
	r = runP(t, s, []any{"a;b", "1;2"}, cmd("ConvertFrom-Csv", P("Delimiter", ";")))
	if strs(r.out) != "@{a=1; b=2}" {
		t.Errorf("ConvertFrom-Csv %q", strs(r.out))
	}
	r = runP(t, s, []any{"1,2"}, cmd("ConvertFrom-Csv", P("Header", []any{"x", "y"})))
	if strs(r.out) != "@{x=1; y=2}" {
		t.Errorf("Header %q", strs(r.out))
	}
	r = runP(t, s, []any{"a,b", "1"}, cmd("ConvertFrom-Csv"))
	if o := r.out[0].(*pipeline.PSObject); true {
		if v, ok := o.Get("b"); !ok || v != nil {
			t.Errorf("missing field: %v %v", v, ok)
		}
	}
	r = runP(t, s, nil, cmd("Import-Csv", V("missing.csv")))
	if len(r.errs) != 1 || !strings.HasPrefix(r.errs[0], "Cannot find path") {
		t.Errorf("missing: %q", r.errs)
	}
	r = runP(t, s, []any{"a,A", "1,2"}, cmd("ConvertFrom-Csv"))
	if r.err == nil || !strings.Contains(r.err.Error(), `The member "A" is already present.`) {
		t.Errorf("bad csv err %v", r.err)
	}
}

func TestJSON(t *testing.T) {
	s := newFakeSession(t)
	o := obj("Name", "ann", "Age", int32(30), "Tags", []any{"a", "b"}, "Ratio", 1.5, "Whole", 2.0, "None", nil, "Ok", true,
		"Nested", hashtable("x", hashtable("y", hashtable("z", int32(1)))))
	r := runP(t, s, []any{o}, cmd("ConvertTo-Json"))
	want := `{
  "Name": "ann",
  "Age": 30,
  "Tags": [
    "a",
    "b"
  ],
  "Ratio": 1.5,
  "Whole": 2.0,
  "None": null,
  "Ok": true,
  "Nested": {
    "x": {
      "y": "System.Collections.Hashtable"
    }
  }
}`
	if got := strs(r.out); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if len(r.warnings) != 1 || r.warnings[0] != "Resulting JSON is truncated as serialization has exceeded the set depth of 2." {
		t.Errorf("warnings %q", r.warnings)
	}
	r = runP(t, s, []any{o}, cmd("ConvertTo-Json", P("Compress"), P("Depth", int32(5))))
	if got := strs(r.out); got != `{"Name":"ann","Age":30,"Tags":["a","b"],"Ratio":1.5,"Whole":2.0,"None":null,"Ok":true,"Nested":{"x":{"y":{"z":1}}}}` {
		t.Errorf("compress %s", got)
	}
	r = runP(t, s, ints(1, 2), cmd("ConvertTo-Json", P("Compress")))
	if strs(r.out) != "[1,2]" {
		t.Errorf("array %q", strs(r.out))
	}
	r = runP(t, s, ints(1), cmd("ConvertTo-Json", P("Compress"), P("AsArray")))
	if strs(r.out) != "[1]" {
		t.Errorf("AsArray %q", strs(r.out))
	}
	r = runP(t, s, []any{"a\"b\\c\n\x01é"}, cmd("ConvertTo-Json"))
	if strs(r.out) != `"a\"b\\c\n\u0001é"` {
		t.Errorf("escape %q", strs(r.out))
	}
	r = runP(t, s, []any{time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)}, cmd("ConvertTo-Json"))
	if strs(r.out) != `"2024-01-02T03:04:05Z"` {
		t.Errorf("date %q", strs(r.out))
	}

	// From JSON and back.
	src := `{"Name":"ann","Age":30,"Tags":["a","b"],"Ratio":1.5,"None":null,"Ok":true,"When":"2024-01-02T03:04:05Z"}`
	r = runP(t, s, []any{src}, cmd("ConvertFrom-Json"))
	if len(r.out) != 1 {
		t.Fatalf("from %v %v", r.err, r.errs)
	}
	fo := r.out[0].(*pipeline.PSObject)
	if v, _ := fo.Get("Age"); v != int64(30) {
		t.Errorf("Age %T %v", v, v)
	}
	if v, _ := fo.Get("When"); v != time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC) {
		t.Errorf("When %T %v", v, v)
	}
	r = runP(t, s, r.out, cmd("ConvertTo-Json", P("Compress")))
	if strs(r.out) != src {
		t.Errorf("round trip\n%s\n%s", strs(r.out), src)
	}
	r = runP(t, s, []any{"[1,2,3]"}, cmd("ConvertFrom-Json"))
	if len(r.out) != 3 {
		t.Errorf("enumerate %v", r.out)
	}
	r = runP(t, s, []any{`{"a":{"b":1}}`}, cmd("ConvertFrom-Json", P("AsHashtable")))
	if h, ok := r.out[0].(*pipeline.Hashtable); !ok || h.Len() != 1 {
		t.Errorf("AsHashtable %T", r.out[0])
	}
	r = runP(t, s, []any{"{\"a\":\n  1,,}"}, cmd("ConvertFrom-Json"))
	if r.err == nil || !strings.Contains(r.err.Error(), "Conversion from JSON failed with error: Invalid property identifier character: ,. Path 'a', line 2, position 5.") {
		t.Errorf("bad json: %v", r.err)
	}
	r = runP(t, s, []any{obj("Empty", obj(), "Span", 1500*time.Millisecond, "Pref", pipeline.Stop, "Day", pipeline.DayOfWeek(3))}, cmd("ConvertTo-Json", P("Compress")))
	want = `{"Empty":{},"Span":{"Ticks":15000000,"Days":0,"Hours":0,"Milliseconds":500,"Microseconds":0,"Nanoseconds":0,"Minutes":0,"Seconds":1,` +
		`"TotalDays":1.736111111111111E-05,"TotalHours":0.0004166666666666667,"TotalMilliseconds":1500.0,"TotalMicroseconds":1500000.0,` +
		`"TotalNanoseconds":1500000000.0,"TotalMinutes":0.025,"TotalSeconds":1.5},"Pref":1,"Day":3}`
	if got := strs(r.out); got != want {
		t.Errorf("special values\n%s\nwant\n%s", got, want)
	}
}

// TestParseJSON pins what the reader accepts beyond strict JSON and its
// exact errors (message, path, line, position).
func TestParseJSON(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"a":1,}`, `{"a":1}`},
		{"{ // c\n \"a\":1, }", `{"a":1}`},
		{`/* x */ [1, /* y */ 2,] // z`, `[1,2]`},
		{`[1,,2]`, `[1,null,2]`},
		{`[,]`, `[null]`},
		{`{'a':'b', c_$: true, "d": null}`, `{"a":"b","c_$":true,"d":null}`},
		{`[NaN, Infinity, -Infinity, undefined, -1.5e3, 12345678901234]`, `["NaN","Infinity","-Infinity",null,-1500.0,12345678901234]`},
		{`"\u00e9\ud83d\ude00\/\'"`, `"é😀/'"`},
		{"\uFEFF {}", `{}`},
		{`  // only a comment`, `null`},
		{`{"a":1,,}`, `Invalid property identifier character: ,. Path 'a', line 1, position 8.`},
		{`{"a" 1}`, `Invalid character after parsing property name. Expected ':' but got: 1. Path 'a', line 1, position 6.`},
		{`{"a":}`, `Unexpected character encountered while parsing value: }. Path 'a', line 1, position 6.`},
		{`{"a":[1 2]}`, `After parsing a value an unexpected character was encountered: 2. Path 'a[0]', line 1, position 9.`},
		{`{"a b":[x]}`, `Unexpected character encountered while parsing value: x. Path '['a b'][0]', line 1, position 9.`},
		{`{"a":"x`, `Unterminated string. Expected delimiter: ". Path 'a', line 1, position 7.`},
		{`{"a":1}}`, `Additional text encountered after finished reading JSON content: }. Path '', line 1, position 8.`},
		{"[1,\n 2", `Unexpected end when reading JSON. Path '[1]', line 2, position 2.`},
		{`[tru]`, `Error parsing boolean value. Path '[0]', line 1, position 5.`},
		{`[nul`, `Unexpected end when reading JSON. Path '[0]', line 1, position 4.`},
		{`[1x]`, `Unexpected character encountered while parsing number: x. Path '[0]', line 1, position 3.`},
		{`[1.]`, `Input string '1.' is not a valid number. Path '[0]', line 1, position 2.`},
		{`["\q"]`, `Bad JSON escape sequence: \q. Path '[0]', line 1, position 4.`},
		{`["\u12G4"]`, `Invalid Unicode escape sequence: \u12G4. Path '[0]', line 1, position 3.`},
		{`[1 /* x`, `Unexpected end while parsing comment. Path '[0]', line 1, position 7.`},
		{`[1 /x]`, `Error parsing comment. Expected: *, got x. Path '[0]', line 1, position 5.`},
		{`{a-b:1}`, `Invalid JavaScript property identifier character: -. Path '', line 1, position 3.`},
		{`[[[1]]]`, `The reader's MaxDepth of 2 has been exceeded. Path '[0][0]', line 1, position 3.`},
	}
	for _, tc := range tests {
		v, err := parseJSON(tc.in, false, 2)
		got := ""
		if err != nil {
			got = strings.TrimPrefix(err.Error(), "Conversion from JSON failed with error: ")
		} else {
			w := &jsonWriter{compress: true, maxDepth: 10}
			w.value(v, 0, 0)
			got = string(w.b)
		}
		if got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}

// FuzzParseJSON checks that the reader never panics and that what it reads
// writes back as JSON that reads again to the same text.
func FuzzParseJSON(f *testing.F) {
	for _, s := range []string{`{"a":[1,2.5,"x",null,true]}`, "{ // c\n a:1, }", `[1,,]`, `"\ud83d"`, `/*`, `{'a':NaN}`, `[-Infinity]`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := parseJSON(s, false, 64)
		if err != nil {
			if _, ok := err.(*jsonSyntaxError); !ok && !strings.Contains(err.Error(), "different casing") {
				t.Fatalf("%q: unexpected error type %T: %v", s, err, err)
			}
			return
		}
		w := &jsonWriter{compress: true, maxDepth: 100}
		w.value(v, 0, 0)
		v2, err := parseJSON(string(w.b), false, 64)
		if err != nil {
			t.Fatalf("%q wrote %s which does not read: %v", s, w.b, err)
		}
		w2 := &jsonWriter{compress: true, maxDepth: 100}
		w2.value(v2, 0, 0)
		if string(w2.b) != string(w.b) {
			t.Fatalf("%q: %s then %s", s, w.b, w2.b)
		}
	})
}

func TestFormatAndOut(t *testing.T) {
	s := newFakeSession(t)
	objs := []any{obj("Name", "ann", "ImapEnabled", true, "ImapPort", int32(143), "PopEnabled", false),
		obj("Name", "bob", "ImapEnabled", false, "ImapPort", int32(993), "PopEnabled", true)}
	r := runP(t, s, objs, cmd("Format-Table", V([]any{"Name", "Imap*"})), cmd("Out-String"))
	want := `
Name ImapEnabled ImapPort
---- ----------- --------
ann  True             143
bob  False            993

`
	if got := strs(r.out); got != want {
		t.Errorf("ft got\n%q\nwant\n%q", got, want)
	}
	r = runP(t, s, objs[:1], cmd("Format-List", V([]any{"Name", "Pop*"})), cmd("Out-String", P("Stream")))
	if got := strings.Join(strings.Split(strs(r.out), ","), "|"); got != "|Name       : ann|PopEnabled : False|" {
		t.Errorf("fl got %q", got)
	}
	r = runP(t, s, objs, cmd("Format-Table", P("HideTableHeaders"), P("Property", []any{"Name"})), cmd("Out-String"))
	if got := strs(r.out); got != "\nann\nbob\n\n" {
		t.Errorf("hide headers %q", got)
	}
	r = runP(t, s, ints(1, 2), cmd("Out-String"))
	if strs(r.out) != "1\n2\n" {
		t.Errorf("out-string %q", strs(r.out))
	}
	r = runP(t, s, ints(1, 2), cmd("Out-Null"))
	if len(r.out) != 0 {
		t.Errorf("out-null %v", r.out)
	}
	runP(t, s, objs, cmd("Out-Default"))
	if !strings.Contains(s.Out.String(), "ann  True             143 False") {
		t.Errorf("out-default %q", s.Out.String())
	}
	r = runP(t, s, objs, cmd("Format-Table", V([]any{"Name", hashtable("Label", "Port", "Expression", prop("ImapPort"), "Width", int32(6))})), cmd("Out-String"))
	if got := strs(r.out); !strings.Contains(got, "Name   Port") {
		t.Errorf("calc col %q", got)
	}
}
