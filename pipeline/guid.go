package pipeline

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"strings"
)

// Guid is a System.Guid: 16 bytes, printed lower-case as 8-4-4-4-12.
type Guid [16]byte

// String formats g as xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.
func (g Guid) String() string {
	var b [36]byte
	hex.Encode(b[0:8], g[0:4])
	b[8] = '-'
	hex.Encode(b[9:13], g[4:6])
	b[13] = '-'
	hex.Encode(b[14:18], g[6:8])
	b[18] = '-'
	hex.Encode(b[19:23], g[8:10])
	b[23] = '-'
	hex.Encode(b[24:], g[10:])
	return string(b[:])
}

// NewGuid returns a random (version 4) Guid.
func NewGuid() Guid {
	var g Guid
	_, _ = rand.Read(g[:])
	g[6] = g[6]&0x0f | 0x40
	g[8] = g[8]&0x3f | 0x80
	return g
}

// ParseGuid parses the forms .NET accepts most often: 32 hex digits, with or
// without dashes, optionally in braces or parentheses.
func ParseGuid(s string) (Guid, error) {
	var g Guid
	t := strings.TrimSpace(s)
	if len(t) >= 2 && (t[0] == '{' && t[len(t)-1] == '}' || t[0] == '(' && t[len(t)-1] == ')') {
		t = t[1 : len(t)-1]
	}
	if len(t) == 36 {
		if t[8] != '-' || t[13] != '-' || t[18] != '-' || t[23] != '-' {
			return g, errGuidFormat
		}
		t = t[0:8] + t[9:13] + t[14:18] + t[19:23] + t[24:]
	}
	if len(t) != 32 {
		return g, errGuidFormat
	}
	if _, err := hex.Decode(g[:], []byte(t)); err != nil {
		return g, errGuidFormat
	}
	return g, nil
}

var errGuidFormat = fmt.Errorf("Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).")
