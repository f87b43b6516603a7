package pop3

import (
	"errors"
	"strings"
)

// MaxLine is the longest command line accepted, CRLF included (RFC 2449
// allows 255 octets; a password may be longer, so this is generous).
const MaxLine = 1024

// Command is one parsed client command: an upper-case keyword and its
// arguments.
type Command struct {
	Name string
	Args []string
}

// Errors of ParseCommand.
var (
	ErrEmptyCommand = errors.New("empty command")
	ErrBadKeyword   = errors.New("the command keyword must be 3 or 4 letters")
	ErrBadCharacter = errors.New("the command contains a control or non-ASCII character")
)

// ParseCommand parses one line (without its CRLF): a keyword of 3 or 4
// letters, then arguments separated by spaces. Except for PASS, whose one
// argument is the rest of the line (a password may contain spaces), runs of
// spaces separate arguments.
func ParseCommand(line string) (Command, error) {
	line = strings.TrimRight(line, "\r\n")
	for i := 0; i < len(line); i++ {
		if c := line[i]; c < 0x20 && c != '\t' || c >= 0x7f {
			return Command{}, ErrBadCharacter
		}
	}
	kw, rest, _ := strings.Cut(line, " ")
	if kw == "" {
		return Command{}, ErrEmptyCommand
	}
	if len(kw) < 3 || len(kw) > 4 {
		return Command{}, ErrBadKeyword
	}
	for i := 0; i < len(kw); i++ {
		if c := kw[i] | 0x20; c < 'a' || c > 'z' {
			return Command{}, ErrBadKeyword
		}
	}
	cmd := Command{Name: strings.ToUpper(kw)}
	if cmd.Name == "PASS" {
		if rest != "" {
			cmd.Args = []string{rest}
		}
		return cmd, nil
	}
	if f := strings.Fields(rest); len(f) > 0 {
		cmd.Args = f
	}
	return cmd, nil
}
