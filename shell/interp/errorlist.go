package interp

import (
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// errorList is $Error: the session's errors, newest first, at most 256.
type errorList struct {
	items []any
}

func (l *errorList) add(rec *pipeline.ErrorRecord) {
	l.items = append([]any{rec}, l.items...)
	if len(l.items) > 256 {
		l.items = l.items[:256]
	}
}

// EnumerateItems makes $Error enumerable.
func (l *errorList) EnumerateItems(f func(any) error) error {
	for _, v := range append([]any(nil), l.items...) {
		if err := f(v); err != nil {
			return err
		}
	}
	return nil
}

// Index returns $Error[i].
func (l *errorList) Index(i int) (any, bool) {
	if i < 0 {
		i += len(l.items)
	}
	if i < 0 || i >= len(l.items) {
		return nil, true
	}
	return l.items[i], true
}

// GetProperty exposes Count.
func (l *errorList) GetProperty(name string) (any, bool) {
	switch strings.ToLower(name) {
	case "count", "length":
		return int32(len(l.items)), true
	}
	return nil, false
}

// CallMethod implements Clear(), RemoveAt(i) and Contains(x).
func (l *errorList) CallMethod(name string, args []any) (any, bool, error) {
	switch strings.ToLower(name) {
	case "clear":
		l.items = nil
		return nil, true, nil
	case "removeat":
		if len(args) == 1 {
			if v, err := pipeline.Convert(args[0], intType); err == nil {
				if i := v.(int); i >= 0 && i < len(l.items) {
					l.items = append(l.items[:i], l.items[i+1:]...)
				}
			}
		}
		return nil, true, nil
	}
	return nil, false, nil
}

// PSTypeNames names the type as PowerShell does.
func (l *errorList) PSTypeNames() []string {
	return []string{"System.Collections.ArrayList", "System.Object"}
}
