package syntax

import (
	"fmt"
	"reflect"
	"strings"
)

// Dump returns a compact, position-free rendering of an AST node for
// debugging and tests: `Type{Field: value ...}`, empty fields omitted.
func Dump(n any) string {
	var b strings.Builder
	dumpValue(&b, reflect.ValueOf(n))
	return b.String()
}

func dumpValue(b *strings.Builder, v reflect.Value) {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			b.WriteString("nil")
			return
		}
		dumpValue(b, v.Elem())
	case reflect.Struct:
		t := v.Type()
		if t == reflect.TypeOf(Pos{}) {
			return
		}
		b.WriteString(t.Name())
		b.WriteString("{")
		first := true
		for i := 0; i < t.NumField(); i++ {
			f := v.Field(i)
			name := t.Field(i).Name
			if name == "Pos" || name == "EndPos" || name == "Text" && (t.Name() == "ScriptBlockExpr" || t.Name() == "FunctionDef") || f.IsZero() {
				continue
			}
			if !first {
				b.WriteString(" ")
			}
			first = false
			b.WriteString(name)
			b.WriteString(":")
			dumpValue(b, f)
		}
		b.WriteString("}")
	case reflect.Slice:
		b.WriteString("[")
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				b.WriteString(" ")
			}
			dumpValue(b, v.Index(i))
		}
		b.WriteString("]")
	case reflect.String:
		fmt.Fprintf(b, "%q", v.String())
	default:
		fmt.Fprintf(b, "%v", v.Interface())
	}
}
