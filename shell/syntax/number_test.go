package syntax

import (
	"reflect"
	"testing"
)

func TestNumberValue(t *testing.T) {
	tests := []struct {
		text string
		want any
	}{
		{"0", int32(0)},
		{"42", int32(42)},
		{"-5", int32(-5)},
		{"2147483647", int32(2147483647)},
		{"-2147483648", int32(-2147483648)},
		{"2147483648", int64(2147483648)},
		{"9223372036854775808", 9.223372036854775808e18},
		{"0xFF", int32(255)},
		{"0xFFFFFFFF", int32(-1)},
		{"0x80000000", int32(-2147483648)},
		{"0x100000000", int64(4294967296)},
		{"-0x12", int32(-18)},
		{"0b101", int32(5)},
		{"1kb", int32(1024)},
		{"2MB", int32(2097152)},
		{"2GB", int64(2147483648)},
		{"1.5kb", 1536.0},
		{"1e3", 1000.0},
		{"5e-2", 0.05},
		{".01", 0.01},
		{"6.5", 6.5},
		{"10l", int64(10)},
		{"20d", 20.0},
		{"2.5l", int64(2)},
		{"3.72y", int8(4)},
		{"34uy", uint8(34)},
		{"3.72s", int16(4)},
		{"7u", uint32(7)},
		{"7ul", uint64(7)},
	}
	for _, tt := range tests {
		got, err := NumberValue(tt.text)
		if err != nil {
			t.Errorf("%s: %v", tt.text, err)
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %T(%v), want %T(%v)", tt.text, got, got, tt.want, tt.want)
		}
	}
	for _, bad := range []string{"", "abc", "0x", "1.2.3", "300y"} {
		if v, err := NumberValue(bad); err == nil {
			t.Errorf("%q: got %v, want error", bad, v)
		}
	}
}

func TestNumberTextKept(t *testing.T) {
	sb := mustParse(t, "Write-Output 0x10 24l -5 1+2")
	var texts []string
	for _, e := range sb.Statements[0].(*Pipeline).Commands[0].Elements {
		switch p := e.Arg.Values[0].Primary.(type) {
		case *Number:
			texts = append(texts, "N:"+p.Text)
		case *BareWord:
			texts = append(texts, "W:"+p.Text)
		}
	}
	want := []string{"N:0x10", "N:24l", "N:-5", "W:1+2"}
	if !reflect.DeepEqual(texts, want) {
		t.Errorf("got %v, want %v", texts, want)
	}
}
