package interp

import (
	"reflect"

	"github.com/psh-project/psh/shell/syntax"
)

// stmtSpan returns a statement's start and end positions (every statement
// node has Pos and EndPos fields).
func stmtSpan(s syntax.Statement) (syntax.Pos, syntax.Pos) {
	v := reflect.ValueOf(s)
	if v.Kind() == reflect.Pointer && !v.IsNil() {
		v = v.Elem()
		var start, end syntax.Pos
		if f := v.FieldByName("Pos"); f.IsValid() {
			start = f.Interface().(syntax.Pos)
		}
		if f := v.FieldByName("EndPos"); f.IsValid() {
			end = f.Interface().(syntax.Pos)
		}
		return start, end
	}
	return syntax.Pos{}, syntax.Pos{}
}
