package pop3

import (
	"bufio"
	"bytes"
	"testing"
)

func TestWriteDotStuffed(t *testing.T) {
	msg := []byte("Subject: x\r\nFrom: a\r\n\r\nline 1\r\n.dot\r\nline 3\nbare LF\r\n")
	for _, tc := range []struct {
		lines int
		want  string
	}{
		{-1, "Subject: x\r\nFrom: a\r\n\r\nline 1\r\n..dot\r\nline 3\r\nbare LF\r\n"},
		{0, "Subject: x\r\nFrom: a\r\n\r\n"},
		{2, "Subject: x\r\nFrom: a\r\n\r\nline 1\r\n..dot\r\n"},
		{99, "Subject: x\r\nFrom: a\r\n\r\nline 1\r\n..dot\r\nline 3\r\nbare LF\r\n"},
	} {
		var b bytes.Buffer
		w := bufio.NewWriter(&b)
		writeDotStuffed(w, msg, tc.lines)
		w.Flush()
		if b.String() != tc.want {
			t.Errorf("lines %d: got %q, want %q", tc.lines, b.String(), tc.want)
		}
	}
}
