package syntax

import (
	"reflect"
	"strings"
)

// checkTree reports what the grammar accepts but PowerShell's parser
// rejects: a try statement with neither catch nor finally (incomplete when
// nothing but blanks follows it in src: a catch may still come).
func checkTree(sb *ScriptBlock, src string) *Error {
	var found *Error
	walk(reflect.ValueOf(sb), func(n any) bool {
		if t, ok := n.(*TryStmt); ok && len(t.Catches) == 0 && t.Finally == nil {
			end := t.Body.EndPos
			rest := ""
			if end.Offset <= len(src) {
				rest = src[end.Offset:]
			}
			found = &Error{Pos: end, Len: 1, Incomplete: strings.TrimSpace(rest) == "",
				Msg: "The Try statement is missing its Catch or Finally block."}
			return false
		}
		return true
	})
	return found
}

// walk calls fn for every node pointer in the tree below v, depth first,
// until fn returns false.
func walk(v reflect.Value, fn func(any) bool) bool {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return true
		}
		if v.Elem().Kind() == reflect.Struct && !fn(v.Interface()) {
			return false
		}
		return walk(v.Elem(), fn)
	case reflect.Interface:
		if v.IsNil() {
			return true
		}
		return walk(v.Elem(), fn)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if f := v.Type().Field(i); f.IsExported() && f.Type != posType && !walk(v.Field(i), fn) {
				return false
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			if !walk(v.Index(i), fn) {
				return false
			}
		}
	}
	return true
}

var posType = reflect.TypeFor[Pos]()
