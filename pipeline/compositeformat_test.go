package pipeline

import (
	"math"
	"testing"
	"time"
)

func TestFormatComposite(t *testing.T) {
	d := time.Date(2026, 3, 7, 14, 5, 9, 123000000, time.UTC)
	tests := []struct {
		format string
		args   []any
		want   string
	}{
		{"{0,-10}|{1,5}", []any{"ab", int32(42)}, "ab        |   42"},
		{"{0:N2}", []any{1234567.891}, "1,234,567.89"},
		{"{0:N0}", []any{int32(1234)}, "1,234"},
		{"{0:D3}", []any{int32(7)}, "007"},
		{"{0:X}", []any{int32(255)}, "FF"},
		{"{0:x4}", []any{int32(255)}, "00ff"},
		{"{0:X}", []any{int32(-1)}, "FFFFFFFF"},
		{"{0:P1}", []any{0.125}, "12.5 %"},
		{"{0:F3}", []any{math.Pi}, "3.142"},
		{"{0:F2}", []any{0.125}, "0.13"},
		{"{0:E2}", []any{123.456}, "1.23E+002"},
		{"{0:0.00}", []any{2.5}, "2.50"},
		{"{0:#,##0}", []any{int32(1234567)}, "1,234,567"},
		{"{0:#.##}", []any{3.14159}, "3.14"},
		{"{0:0.###}", []any{2.5}, "2.5"},
		{"{0:###-##-##}", []any{int32(1234567)}, "123-45-67"},
		{"{0:0%}", []any{0.25}, "25%"},
		{"{0:0.0;(0.0);zero}", []any{-1.5}, "(1.5)"},
		{"{0:0.0;(0.0);zero}", []any{0.0}, "zero"},
		{"{0:yyyy-MM-dd}", []any{d}, "2026-03-07"},
		{"{0:dddd, MMMM d}", []any{d}, "Saturday, March 7"},
		{"{0:hh:mm tt}", []any{d}, "02:05 PM"},
		{"{0:HH:mm:ss.fff}", []any{d}, "14:05:09.123"},
		{"{0:s}", []any{d}, "2026-03-07T14:05:09"},
		{"{0:d}", []any{d}, "03/07/2026"},
		{"{0:hh\\:mm}", []any{90 * time.Minute}, "01:30"},
		{"{0}", []any{nil}, ""},
		{"{0}{1}", []any{"a", []any{int32(1), int32(2)}}, "a1 2"},
	}
	for _, tt := range tests {
		got, err := FormatComposite(tt.format, tt.args)
		if err != nil {
			t.Errorf("%q: %v", tt.format, err)
			continue
		}
		if got != tt.want {
			t.Errorf("%q -f %v = %q, want %q", tt.format, tt.args, got, tt.want)
		}
	}
	for _, bad := range []string{"{", "}", "{x}", "{0"} {
		if _, err := FormatComposite(bad, []any{1}); err == nil {
			t.Errorf("%q must fail", bad)
		}
	}
}

func TestFormatValue(t *testing.T) {
	tests := []struct {
		v      any
		format string
		want   string
	}{
		{int32(5), "", "5"},
		{3.0276503540974917, "", "3.0276503540974917"},
		{1234.5, "N2", "1,234.50"},
		{-1234.5, "N1", "-1,234.5"},
		{int32(42), "000", "042"},
		{int32(5), "G", "5"},
	}
	for _, tt := range tests {
		got, err := FormatValue(tt.v, tt.format)
		if err != nil || got != tt.want {
			t.Errorf("FormatValue(%v, %q) = %q %v, want %q", tt.v, tt.format, got, err, tt.want)
		}
	}
	if _, err := FormatValue(2.5, "D2"); err == nil {
		t.Error("D on a double must fail")
	}
}
