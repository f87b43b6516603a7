package pipeline

import (
	"math"
	"testing"
)

// show renders a value the way the conformance transcripts print it: one
// line per element of a collection.
func show(v any) string {
	if v != nil && IsEnumerable(v) {
		s := ""
		for i, e := range ToSlice(v) {
			if i > 0 {
				s += "|"
			}
			s += ToString(e)
		}
		return "[" + s + "]"
	}
	return ToString(v)
}

func TestBinary(t *testing.T) {
	a := func(xs ...any) []any { return xs }
	tests := []struct {
		op          string
		left, right any
		want        string
	}{
		{"+", int32(1), int32(2), "3"},
		{"+", "1", int32(2), "12"},
		{"+", int32(1), "2", "3"},
		{"+", int32(1), "2.5", "3.5"},
		{"+", int32(math.MaxInt32), int32(1), "2147483648"},
		{"*", int32(512 << 20), int32(512 << 20), "2.88230376151712E+17"},
		{"/", int32(5), int32(2), "2.5"},
		{"/", int32(6), int32(2), "3"},
		{"%", int32(7), int32(2), "1"},
		{"+", int32(2), 3.1, "5.1"},
		{"/", int32(1), 1.9, "0.526315789473684"},
		{"+", "file", int32(16), "file16"},
		{"*", "file", int32(3), "filefilefile"},
		{"+", "file", "name", "filename"},
		{"*", a("!"), int32(4), "[!|!|!|!]"},
		{"*", a(int32(1), int32(2)), int32(2), "[1|2|1|2]"},
		{"+", a(int32(1), int32(2)), int32(16), "[1|2|16]"},
		{"+", a(int32(1)), a(int32(4), int32(5)), "[1|4|5]"},
		{"+", nil, int32(1), "1"},
		{"eq", int32(1), "1.0", "True"},
		{"eq", "1.0", int32(1), "False"},
		{"eq", "abc", a("abc", "def"), "False"},
		{"eq", a(int32(1), int32(2), int32(3)), int32(2), "[2]"},
		{"eq", a("zzz", "def", "zzz"), "zzz", "[zzz|zzz]"},
		{"ne", a(int32(1), nil, int32(4)), nil, "[1|4]"},
		{"ceq", "abc", "Abc", "False"},
		{"eq", "abc", "Abc", "True"},
		{"lt", "aaa", "AAA", "False"},
		{"clt", "aaa", "AAA", "True"},
		{"cgt", "AAA", "aaa", "True"},
		{"igt", "abc", "bbc", "False"},
		{"gt", a(int32(5), int32(6), int32(7), int32(8), int32(9)), int32(7), "[8|9]"},
		{"le", a(int32(5), int32(6), int32(7), int32(8), int32(9)), int32(7), "[5|6|7]"},
		{"eq", false, "", "True"},
		{"lt", nil, int32(0), "True"},
		{"gt", nil, int32(-1), "True"},
		{"like", "Hello world", "Hello*", "True"},
		{"like", "PowerShell", "shell", "False"},
		{"notlike", "Hello world", "Hello*", "False"},
		{"like", "abc`def", "abc`def", "False"},
		{"like", "abc`def", "abc``def", "True"},
		{"like", "abc`def", "abc````def", "False"},
		{"like", "abc``def", "abc````def", "True"},
		{"like", "file7.txt", "file[0-9].TXT", "True"},
		{"clike", "file7.txt", "file[0-9].TXT", "False"},
		{"match", "Hello world", "Hello*", "True"},
		{"notmatch", "Hello world", "Hello*", "False"},
		{"match", a("Rhell", "Chell", "Mel", "Smell", "Shell"), "hell", "[Rhell|Chell|Shell]"},
		{"notmatch", "bag", "b[iou]g", "True"},
		{"contains", "Hello", "Hello", "True"},
		{"notcontains", "Hello", "Hello", "False"},
		{"ccontains", a("Hello", "world"), "hello", "False"},
		{"ccontains", a("Hello", "world"), "Hello", "True"},
		{"contains", a("Windows", "PowerShell"), "Shell", "False"},
		{"contains", a("abc", "def", "ghi"), a("abc", "def"), "False"},
		{"in", "def", a("abc", "def"), "True"},
		{"notin", "Shell", a("Windows", "PowerShell"), "True"},
		{"in", a("abc", "def"), a("abc", "def", "ghi"), "False"},
		{"replace", "Get-Process", a("Get", "Stop"), "Stop-Process"},
		{"replace", "image.gif", a(`\.gif$`, ".jpg"), "image.jpg"},
		{"replace", "book", a("B", "C"), "Cook"},
		{"creplace", "book", a("B", "C"), "book"},
		{"replace", "PowerPoint", "Point", "Power"},
		{"replace", a("PowerPoint1", "PowerPoint2"), a("Point", "Shell"), "[PowerShell1|PowerShell2]"},
		{"replace", "domain.example", a(`.*\.(\w+)$`, "Tld of '$0' is - '$1'"), "Tld of 'domain.example' is - 'example'"},
		{"replace", "domain.example", a(`.*\.(?<tld>\w+)$`, "${tld}"), "example"},
		{"replace", "abc", a("(b)", "$1x$$"), "abx$c"},
		{"replace", 1.2, ",", "1.2"},
		{"split", a("a b", "c d"), " ", "[a|b|c|d]"},
		{"split", "a b c d", a(" ", int32(2)), "[a|b c d]"},
		{"split", "a b c d", a(" ", int32(-2)), "[a b c|d]"},
		{"split", "a2b3c4d", a(`\d+`, int32(2)), "[a|b3c4d]"},
		{"split", "a1:b1:c1:d", "(1:)", "[a|1:|b|1:|c|1:|d]"},
		{"split", "abcBd", "B", "[a|c|d]"},
		{"csplit", "abcBd", "B", "[abc|d]"},
		{"split", "abc", a("B", int32(0), "SimpleMatch,IgnoreCase"), "[a|c]"},
		{"split", "a: b:c", a(": ", int32(0), "IgnorePatternWhitespace"), "[a| b|c]"},
		{"join", a(int32(1), int32(2), int32(3)), ",", "1,2,3"},
		{"band", int32(5), int32(3), "1"},
		{"bor", int32(5), int32(3), "7"},
		{"bxor", int32(5), int32(3), "6"},
		{"shl", int32(102), int32(2), "408"},
		{"shr", int32(102), int32(2), "25"},
		{"f", "{0} {1,-10} {2:N}", a(int32(1), "hello", math.Pi), "1 hello      3.14"},
		{"f", "{0:00} {1:000} {2:000000}", a(int32(7), int32(24), int32(365)), "07 024 000365"},
		{"f", "{0} vs. {{0}}", "foo", "foo vs. {0}"},
		{"is", "hello", "string", "True"},
		{"is", int32(100), "int", "True"},
		{"isnot", "hello", "int", "True"},
		{"is", PSObjectFrom(NewHashtable()), "pscustomobject", "True"},
		{"is", "hello", "psobject", "False"},
		{"as", "42", "int", "42"},
		{"as", "x", "int", ""},
		{"xor", true, true, "False"},
	}
	for _, tt := range tests {
		got, err := Binary(tt.op, tt.left, tt.right)
		if err != nil {
			t.Errorf("%s -%s %s: error %v", show(tt.left), tt.op, show(tt.right), err)
			continue
		}
		if s := show(got); s != tt.want {
			t.Errorf("%s -%s %s = %q, want %q", show(tt.left), tt.op, show(tt.right), s, tt.want)
		}
	}
}

func TestBinaryResultTypes(t *testing.T) {
	tests := []struct {
		op          string
		left, right any
		want        string
	}{
		{"+", int32(math.MaxInt32), int32(1), "System.Double"},
		{"+", int32(1), int32(1), "System.Int32"},
		{"/", int32(4), int32(2), "System.Int32"},
		{"/", int32(5), int32(2), "System.Double"},
		{"+", int64(1), int32(1), "System.Int64"},
		{"+", int64(math.MaxInt64), int32(1), "System.Double"},
		{"-", int32(math.MinInt32), int32(1), "System.Double"},
		{"*", "ab", int32(2), "System.String"},
	}
	for _, tt := range tests {
		got, err := Binary(tt.op, tt.left, tt.right)
		if err != nil {
			t.Fatal(err)
		}
		if n := TypeName(got); n != tt.want {
			t.Errorf("%v %s %v: type %s, want %s", tt.left, tt.op, tt.right, n, tt.want)
		}
	}
}

func TestBinaryErrors(t *testing.T) {
	tests := []struct {
		op          string
		left, right any
		want        string
	}{
		{"+", int32(16), "file", `Cannot convert value "file" to type "System.Int32". Error: "The input string 'file' was not in a correct format."`},
		{"/", int32(1), int32(0), "Attempted to divide by zero."},
		{"-", []any{int32(1)}, int32(1), "Method invocation failed because [System.Object[]] does not contain a method named 'op_Subtraction'."},
		{"+", NewHashtable(), int32(1), "A hash table can only be added to another hash table."},
		{"lt", int32(1), "abc", `Could not compare "1" to "abc". Error: "Cannot convert value "abc" to type "System.Int32". Error: "The input string 'abc' was not in a correct format.""`},
		{"f", "{1}", []any{int32(1)}, "Error formatting a string: Index (zero based) must be greater than or equal to zero and less than the size of the argument list.."},
		{"is", int32(1), "nosuchtype", "Unable to find type [nosuchtype]."},
	}
	for _, tt := range tests {
		_, err := Binary(tt.op, tt.left, tt.right)
		if err == nil || err.Error() != tt.want {
			t.Errorf("%v -%s %v: error %v, want %q", tt.left, tt.op, tt.right, err, tt.want)
		}
	}
}

func TestHashtableAddDuplicate(t *testing.T) {
	a, b := NewHashtable(), NewHashtable()
	a.Set("a", int32(1))
	b.Set("A", int32(2))
	_, err := Binary("+", a, b)
	want := "Item has already been added. Key in dictionary: 'a'  Key being added: 'A'"
	if err == nil || err.Error() != want {
		t.Fatalf("got %v, want %q", err, want)
	}
	c := NewHashtable()
	c.Set("c1", "Server01")
	sum, err := Binary("+", a, c)
	if err != nil || sum.(*Hashtable).Len() != 2 {
		t.Fatalf("merge: %v %v", sum, err)
	}
}

func TestMatchCaptures(t *testing.T) {
	ok, m, err := Match(`The last logged on user was CONTOSO\jsmith`, `was (?<domain>.+)\\(?<user>.+)`, false)
	if err != nil || ok != true {
		t.Fatalf("match: %v %v", ok, err)
	}
	for k, want := range map[any]string{"domain": "CONTOSO", "user": "jsmith", int32(0): `was CONTOSO\jsmith`} {
		if got, _ := m.Get(k); got != want {
			t.Errorf("$Matches[%v] = %v, want %s", k, got, want)
		}
	}
	_, m, _ = Match([]any{"a", "b"}, "a", false)
	if m != nil {
		t.Error("collection -match must not set $Matches")
	}
}

func TestUnary(t *testing.T) {
	if v, _ := BNot(int32(5)); v != int32(-6) {
		t.Errorf("-bnot 5 = %v", v)
	}
	if v, _ := UnaryMinus(int32(0x12)); v != int32(-18) {
		t.Errorf("-0x12 = %v", v)
	}
	if v, _ := UnaryMinus("2.5"); v != -2.5 {
		t.Errorf("-'2.5' = %v", v)
	}
	if got := show(SplitWhitespace([]any{"a b", "c d"})); got != "[a|b|c|d]" {
		t.Errorf("-split = %s", got)
	}
}

func BenchmarkBinaryAddInt32(b *testing.B) {
	var x any = int32(21)
	var y any = int32(2)
	for i := 0; i < b.N; i++ {
		_, _ = Binary("*", x, y)
	}
}

func BenchmarkEquals(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_ = Equals("Engineering", "engineering", false)
	}
}
