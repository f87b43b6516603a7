package lua

import (
	"fmt"
	"math"
	"reflect"
	"strconv"

	"github.com/psh-project/psh/pipeline"
	glua "github.com/yuin/gopher-lua"
)

// maxDepth bounds how deeply nested arrays and tables are converted, so a
// table that contains itself is an error rather than a hang.
const maxDepth = 64

// toLua converts a psh value for Lua: nil, booleans, numbers and strings
// become Lua scalars, arrays become Lua array tables, and every other value
// (Go structs, PSObjects, hashtables) becomes an object userdata whose
// properties are read case-insensitively with pipeline.GetProperty.
func (s *state) toLua(v any) glua.LValue { return s.toLuaDepth(v, 0) }

func (s *state) toLuaDepth(v any, depth int) glua.LValue {
	switch x := v.(type) {
	case nil:
		return glua.LNil
	case string:
		return glua.LString(x)
	case bool:
		return glua.LBool(x)
	case pipeline.Switch:
		return glua.LBool(bool(x))
	case int32:
		return glua.LNumber(x)
	case int64:
		return glua.LNumber(x)
	case int:
		return glua.LNumber(x)
	case float64:
		return glua.LNumber(x)
	case pipeline.Char:
		return glua.LString(string(rune(x)))
	case []any:
		if depth < maxDepth {
			t := s.L.CreateTable(len(x), 0)
			for _, e := range x {
				t.Append(s.toLuaDepth(e, depth+1))
			}
			return t
		}
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Int:
		return glua.LNumber(rv.Int())
	case reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uint:
		return glua.LNumber(rv.Uint())
	case reflect.Float32, reflect.Float64:
		return glua.LNumber(rv.Float())
	case reflect.Bool:
		return glua.LBool(rv.Bool())
	case reflect.Slice, reflect.Array:
		if depth < maxDepth && rv.Type().Elem().Kind() != reflect.Uint8 {
			t := s.L.CreateTable(rv.Len(), 0)
			for i := 0; i < rv.Len(); i++ {
				t.Append(s.toLuaDepth(rv.Index(i).Interface(), depth+1))
			}
			return t
		}
	}
	return s.wrap(v)
}

// wrap makes an object userdata for a Go value.
func (s *state) wrap(v any) *glua.LUserData {
	ud := s.L.NewUserData()
	ud.Value = v
	ud.Metatable = s.objMeta
	return ud
}

// fromLua converts a Lua value for psh: numbers become int32 when they are
// whole and fit, int64 when whole, float64 otherwise (PowerShell's typing
// of numeric literals); an array table becomes []any; any other table
// becomes a *pipeline.PSObject whose properties keep the order the keys
// were first set in (a constructor {A=1, B=2} gives A, B); object userdata
// gives back the Go value it wraps.
func fromLua(v glua.LValue) (any, error) { return fromLuaDepth(v, 0) }

func fromLuaDepth(v glua.LValue, depth int) (any, error) {
	switch x := v.(type) {
	case *glua.LNilType:
		return nil, nil
	case glua.LBool:
		return bool(x), nil
	case glua.LNumber:
		return number(float64(x)), nil
	case glua.LString:
		return string(x), nil
	case *glua.LTable:
		if depth >= maxDepth {
			return nil, fmt.Errorf("table nesting is deeper than %d levels (does a table contain itself?)", maxDepth)
		}
		return tableToGo(x, depth)
	case *glua.LUserData:
		return x.Value, nil
	}
	return nil, fmt.Errorf("a Lua %s cannot be passed to psh", v.Type())
}

// number types a Lua number as PowerShell types a numeric literal.
func number(f float64) any {
	if f == math.Trunc(f) && !math.IsInf(f, 0) {
		if f >= math.MinInt32 && f <= math.MaxInt32 {
			return int32(f)
		}
		if f >= -(1<<63) && f < 1<<63 {
			return int64(f)
		}
	}
	return f
}

// tableToGo converts a table: a sequence 1..n becomes []any, the empty
// table an empty []any, anything else a PSObject.
func tableToGo(t *glua.LTable, depth int) (any, error) {
	n := t.Len()
	if n == 0 {
		k, _ := t.Next(glua.LNil)
		if k == glua.LNil {
			return []any{}, nil
		}
	} else if isSequence(t, n) {
		out := make([]any, 0, n)
		for i := 1; i <= n; i++ {
			e, err := fromLuaDepth(t.RawGetInt(i), depth+1)
			if err != nil {
				return nil, err
			}
			out = append(out, e)
		}
		return out, nil
	}
	o := pipeline.NewPSObject()
	for k, v := t.Next(glua.LNil); k != glua.LNil; k, v = t.Next(k) {
		e, err := fromLuaDepth(v, depth+1)
		if err != nil {
			return nil, err
		}
		o.Add(keyName(k), e)
	}
	return o, nil
}

// isSequence reports whether t's only keys are 1..n.
func isSequence(t *glua.LTable, n int) bool {
	keys := 0
	for k, _ := t.Next(glua.LNil); k != glua.LNil; k, _ = t.Next(k) {
		num, ok := k.(glua.LNumber)
		if !ok || float64(num) != math.Trunc(float64(num)) || int(num) < 1 || int(num) > n {
			return false
		}
		keys++
	}
	return keys == n
}

func keyName(k glua.LValue) string {
	if num, ok := k.(glua.LNumber); ok {
		switch n := number(float64(num)).(type) {
		case int32:
			return strconv.Itoa(int(n))
		case int64:
			return strconv.FormatInt(n, 10)
		}
	}
	return k.String()
}
