package interp

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/shell/syntax"
)

// source is one parsed text: a file, a -Command string or an
// Invoke-Expression argument.
type source struct {
	file  string
	text  string
	lines []string
}

func newSource(file, text string) *source {
	return &source{file: file, text: text, lines: strings.Split(text, "\n")}
}

// pos converts a node's start and end positions to a pipeline.Position
// with the source line and the length of the span on that line.
func (s *source) pos(start, end syntax.Pos) pipeline.Position {
	p := pipeline.Position{File: s.file, Line: start.Line, Column: start.Column, Offset: start.Offset}
	if start.Line >= 1 && start.Line <= len(s.lines) {
		p.LineText = strings.TrimRight(s.lines[start.Line-1], "\r")
	}
	if end.Offset > start.Offset && end.Line == start.Line && end.Offset <= len(s.text) {
		p.Length = utf8.RuneCountInString(trimSpan(s.text[start.Offset:end.Offset]))
	} else if end.Line > start.Line {
		p.Length = utf8.RuneCountInString(p.LineText) - (start.Column - 1)
	}
	return p
}

// trimSpan drops what follows a node up to the next token, which the
// parser counts in its span: trailing blanks and a trailing # comment (a #
// after a blank, outside quotes), so the ~ marker ends at the code.
func trimSpan(t string) string {
	t = strings.TrimRight(t, " \t\r")
	quote := byte(0)
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '`':
			i++
		case c == '#' && i > 0 && (t[i-1] == ' ' || t[i-1] == '\t'):
			return strings.TrimRight(t[:i], " \t")
		}
	}
	return t
}

func equalFold(a, b string) bool { return strings.EqualFold(a, b) }

// rtError makes a terminating runtime error at a position.
func rtError(p pipeline.Position, err error) error {
	if err == nil {
		return nil
	}
	if isControl(err) {
		return err
	}
	if rec, ok := err.(*pipeline.ErrorRecord); ok {
		if !rec.Pos.IsValid() {
			r := *rec
			r.Pos = p
			r.Terminating = true
			return &r
		}
		return rec
	}
	var rec *pipeline.ErrorRecord
	if asRecord(err, &rec) {
		return err
	}
	var ve *pipeline.ValueError
	if errors.As(err, &ve) && ve.ID == "MethodInvocationException" {
		return &pipeline.ErrorRecord{Err: err, ID: ve.ID, Category: pipeline.NotSpecified, Pos: p, Terminating: true}
	}
	if errors.As(err, &ve) && ve.ID == "MethodNotFound" {
		return &pipeline.ErrorRecord{Err: err, ID: "MethodNotFound", Category: pipeline.InvalidOperation,
			Pos: p, Terminating: true}
	}
	var conv *pipeline.ConversionError
	if errors.As(err, &conv) {
		return &pipeline.ErrorRecord{Err: err, ID: "InvalidCastConstructorException", Category: pipeline.InvalidArgument,
			Pos: p, Terminating: true}
	}
	return &pipeline.ErrorRecord{Err: err, ID: "RuntimeException", Category: pipeline.InvalidOperation,
		Pos: p, Terminating: true}
}

// typeNotFound is the error for a type name psh does not know, as
// PowerShell reports it (InvalidOperation: Unable to find type [x].).
func typeNotFound(name string) error {
	return &pipeline.ErrorRecord{Err: fmt.Errorf("Unable to find type [%s].", name), ID: "TypeNotFound",
		Category: pipeline.InvalidOperation, Terminating: true}
}
