package core

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// encodingNames are the -Encoding values psh accepts.
const encodingNames = "utf8|utf8NoBOM|utf8BOM|ascii|unicode|bigendianunicode|utf32|latin1|default|oem|utf-8"

// checkEncoding validates an -Encoding value.
func checkEncoding(enc string) error {
	if enc == "" {
		return nil
	}
	for _, n := range strings.Split(encodingNames, "|") {
		if strings.EqualFold(n, enc) {
			return nil
		}
	}
	return fmt.Errorf("Cannot process argument transformation on parameter 'Encoding'. '%s' is not a supported encoding name.", enc)
}

// decodeText turns file bytes into text: a byte-order mark wins, else the
// named encoding, else UTF-8.
func decodeText(b []byte, enc string) string {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return string(b[3:])
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE, 0, 0}):
		return decode32(b[4:], binary.LittleEndian)
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return decode16(b[2:], binary.LittleEndian)
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return decode16(b[2:], binary.BigEndian)
	}
	switch strings.ToLower(enc) {
	case "unicode":
		return decode16(b, binary.LittleEndian)
	case "bigendianunicode":
		return decode16(b, binary.BigEndian)
	case "utf32":
		return decode32(b, binary.LittleEndian)
	case "latin1":
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c)
		}
		return string(r)
	}
	if !utf8.Valid(b) {
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	return string(b)
}

func decode16(b []byte, o binary.ByteOrder) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = o.Uint16(b[2*i:])
	}
	return string(utf16.Decode(u))
}

func decode32(b []byte, o binary.ByteOrder) string {
	r := make([]rune, len(b)/4)
	for i := range r {
		r[i] = rune(o.Uint32(b[4*i:]))
	}
	return string(r)
}

// encodeText turns text into file bytes in the named encoding; bom says
// whether to start with a byte-order mark (only for a new file).
func encodeText(s, enc string, bom bool) []byte {
	switch strings.ToLower(enc) {
	case "utf8bom":
		if bom {
			return append([]byte{0xEF, 0xBB, 0xBF}, s...)
		}
	case "unicode", "bigendianunicode":
		var o binary.AppendByteOrder = binary.LittleEndian
		var out []byte
		if strings.EqualFold(enc, "bigendianunicode") {
			o = binary.BigEndian
			if bom {
				out = []byte{0xFE, 0xFF}
			}
		} else if bom {
			out = []byte{0xFF, 0xFE}
		}
		for _, u := range utf16.Encode([]rune(s)) {
			out = o.AppendUint16(out, u)
		}
		return out
	case "utf32":
		var out []byte
		if bom {
			out = []byte{0xFF, 0xFE, 0, 0}
		}
		for _, r := range s {
			out = binary.LittleEndian.AppendUint32(out, uint32(r))
		}
		return out
	case "ascii":
		out := make([]byte, 0, len(s))
		for _, r := range s {
			if r > 127 {
				r = '?'
			}
			out = append(out, byte(r))
		}
		return out
	case "latin1":
		out := make([]byte, 0, len(s))
		for _, r := range s {
			if r > 255 {
				r = '?'
			}
			out = append(out, byte(r))
		}
		return out
	}
	return []byte(s)
}
