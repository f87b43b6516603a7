package pipeline

import (
	"strings"
	"unicode/utf8"
)

// StringBuilder is System.Text.StringBuilder: Append, AppendLine,
// AppendFormat, Insert, Replace, Remove, Clear, ToString and Length.
type StringBuilder struct {
	b strings.Builder
}

// String returns the built text.
func (s *StringBuilder) String() string { return s.b.String() }

// GetProperty exposes Length.
func (s *StringBuilder) GetProperty(name string) (any, bool) {
	if strings.EqualFold(name, "Length") {
		return int32(utf8.RuneCountInString(s.b.String())), true
	}
	return nil, false
}

// PSTypeNames names the .NET type.
func (s *StringBuilder) PSTypeNames() []string {
	return []string{"System.Text.StringBuilder", "System.Object"}
}

// CallMethod implements the methods scripts use; the appending methods
// return the builder itself, as .NET's do (hence `[void]$sb.Append(...)`).
func (s *StringBuilder) CallMethod(name string, args []any) (any, bool, error) {
	arg := func(i int) string {
		if i < len(args) {
			return ToString(args[i])
		}
		return ""
	}
	switch strings.ToLower(name) {
	case "append":
		for _, a := range args {
			s.b.WriteString(ToString(a))
		}
		return s, true, nil
	case "appendline":
		s.b.WriteString(arg(0))
		s.b.WriteString("\n")
		return s, true, nil
	case "appendformat":
		if len(args) == 0 {
			return s, true, nil
		}
		text, err := FormatComposite(arg(0), args[1:])
		if err != nil {
			return nil, true, err
		}
		s.b.WriteString(text)
		return s, true, nil
	case "insert", "replace", "remove":
		r, err := s.edit(strings.ToLower(name), args)
		if err != nil {
			return nil, true, err
		}
		s.b.Reset()
		s.b.WriteString(r)
		return s, true, nil
	case "clear":
		s.b.Reset()
		return s, true, nil
	case "tostring":
		return s.b.String(), true, nil
	}
	return nil, false, nil
}

// edit applies Insert(i, text), Replace(old, new) or Remove(i, n) through
// the string methods.
func (s *StringBuilder) edit(op string, args []any) (string, error) {
	v, err := CallMethod(s.b.String(), op, args)
	if err != nil {
		return "", err
	}
	return ToString(v), nil
}
