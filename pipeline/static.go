package pipeline

import (
	"math"
	"strings"
	"time"
)

// GetStatic returns a static property: [int]::MaxValue, [math]::PI,
// [string]::Empty, [timespan]::Zero, enum members such as
// [MidpointRounding]::AwayFromZero. It runs without a session; see
// GetStaticIn.
func (t *TypeInfo) GetStatic(name string) (any, error) {
	return t.GetStaticIn(nil, name)
}

// GetStaticIn is GetStatic in the session s (which may be nil). The
// statics that reach the host ([Environment]'s) and those of [datetime],
// [guid] and [IO.Path] are not here but in the [Statics] sets of package
// pipeline/statics, which the shell registers.
func (t *TypeInfo) GetStaticIn(s Session, name string) (any, error) {
	l := lower(name)
	if t.kind == tkEnum {
		if n, err := matchEnum(name, t.enum); err == nil && strings.EqualFold(n, name) {
			if t.Type != nil {
				return ConvertToType(n, t)
			}
			return n, nil
		}
	}
	switch t.Name {
	case "System.Int32":
		return pick(l, map[string]any{"maxvalue": int32(math.MaxInt32), "minvalue": int32(math.MinInt32)}, t, name)
	case "System.Int64":
		return pick(l, map[string]any{"maxvalue": int64(math.MaxInt64), "minvalue": int64(math.MinInt64)}, t, name)
	case "System.Byte":
		return pick(l, map[string]any{"maxvalue": uint8(255), "minvalue": uint8(0)}, t, name)
	case "System.Double", "System.Single", "System.Decimal":
		return pick(l, map[string]any{"maxvalue": math.MaxFloat64, "minvalue": -math.MaxFloat64,
			"nan": math.NaN(), "positiveinfinity": math.Inf(1), "negativeinfinity": math.Inf(-1),
			"epsilon": math.SmallestNonzeroFloat64}, t, name)
	case "System.Math":
		return pick(l, map[string]any{"pi": math.Pi, "e": math.E, "tau": 2 * math.Pi}, t, name)
	case "System.String":
		return pick(l, map[string]any{"empty": ""}, t, name)
	case "System.Char":
		return pick(l, map[string]any{"maxvalue": Char(0xFFFF), "minvalue": Char(0)}, t, name)
	case "System.Boolean":
		return pick(l, map[string]any{"truestring": "True", "falsestring": "False"}, t, name)
	case "System.TimeSpan":
		return pick(l, map[string]any{"zero": time.Duration(0), "maxvalue": time.Duration(math.MaxInt64), "minvalue": time.Duration(math.MinInt64)}, t, name)
	}
	return nil, noStaticProperty(t, name)
}

func pick(l string, m map[string]any, t *TypeInfo, name string) (any, error) {
	if v, ok := m[l]; ok {
		return v, nil
	}
	return nil, noStaticProperty(t, name)
}

func noStaticProperty(t *TypeInfo, name string) error {
	return &ValueError{ID: "PropertyNotFound", Message: "The property '" + name + "' cannot be found on type [" + t.Name + "]."}
}

// CallStatic invokes a static method: [math]::Round, [string]::Join,
// [int]::Parse, [char]::IsDigit, [regex]::Match, [timespan]::FromSeconds,
// [convert]::ToInt32(x, base) and more. It runs without a session; see
// CallStaticIn.
func (t *TypeInfo) CallStatic(name string, args []any) (any, error) {
	return t.CallStaticIn(nil, name, args)
}

// CallStaticIn is CallStatic in the session s (which may be nil). The
// statics that reach the host ([System.IO.File], [System.IO.Directory],
// [Environment]) and those of [datetime], [guid] and [IO.Path] are not
// here but in the [Statics] sets of package pipeline/statics, which the
// shell registers; the Parse, new and Equals of the other types stay here.
func (t *TypeInfo) CallStaticIn(s Session, name string, args []any) (any, error) {
	l := lower(name)
	var (
		r   any
		err error
		ok  = true
	)
	switch t.Name {
	case "System.Math":
		r, err = mathStatic(name, l, args)
	case "System.String":
		r, err = stringStatic(name, l, args)
	case "System.Char":
		r, err = charStatic(l, args)
	case "System.TimeSpan":
		r, err = timeSpanStatic(name, l, args)
	case "System.Text.RegularExpressions.Regex":
		r, err = regexStatic(name, l, args)
	case "System.Convert":
		r, err = convertStatic(name, l, args)
	case "System.Enum":
		r, err = enumStatic(name, l, args)
	default:
		ok = false
	}
	if ok {
		return r, err
	}
	switch l {
	case "parse":
		if len(args) == 1 {
			if t.Type == boolType {
				switch strings.ToLower(strings.TrimSpace(ToString(args[0]))) {
				case "true":
					return true, nil
				case "false":
					return false, nil
				}
				return nil, methodException(name, 1, "String '"+ToString(args[0])+"' was not recognized as a valid Boolean.")
			}
			v, err := ConvertToType(ToString(args[0]), t)
			if err != nil {
				return nil, methodException(name, 1, unwrapMsg(err))
			}
			return v, nil
		}
	case "new":
		return t.New(args)
	case "equals":
		if len(args) == 2 {
			return Equals(args[0], args[1], true), nil
		}
	}
	return nil, errNoStatic(t.Name, name)
}

// New constructs an instance: [List[string]]::new(), [regex]::new('p'),
// [datetime]::new(y, m, d[, h, mi, s]), [timespan]::new(h, m, s), ...
func (t *TypeInfo) New(args []any) (any, error) {
	switch t.kind {
	case tkException:
		return newException(t.Name, args), nil
	case tkArray:
		if len(args) == 1 && t.Elem != nil {
			return newArray(t, args[0])
		}
	case tkList:
		l := NewList(t.Elem)
		if len(args) == 1 && IsEnumerable(args[0]) {
			return l, Enumerate(args[0], l.Add)
		}
		return l, nil
	case tkHashtable, tkOrdered:
		return &Hashtable{ordered: t.kind == tkOrdered}, nil
	case tkPSObject, tkPSCustomObject:
		return NewPSObject(), nil
	case tkRegex:
		if len(args) >= 1 {
			cs := len(args) < 2 || !strings.Contains(strings.ToLower(ToString(args[1])), "ignorecase")
			return NewRegex(ToString(args[0]), cs)
		}
	}
	switch t.Name {
	case "System.Text.StringBuilder":
		sb := &StringBuilder{}
		if len(args) >= 1 {
			if _, isNum := args[0].(int32); !isNum {
				sb.b.WriteString(ToString(args[0]))
			}
		}
		return sb, nil
	case "System.DateTime":
		if len(args) == 3 || len(args) == 6 {
			n := make([]int, 6)
			for i := range args {
				v, err := argInt(args, i)
				if err != nil {
					return nil, err
				}
				n[i] = v
			}
			return time.Date(n[0], time.Month(n[1]), n[2], n[3], n[4], n[5], 0, time.Local), nil
		}
	case "System.TimeSpan":
		return timeSpanStatic("new", "new", args)
	case "System.String":
		if len(args) == 2 {
			c, err := argInt(args, 1)
			if err != nil {
				return nil, err
			}
			return newRepeatedString(ToString(args[0]), c)
		}
	}
	if len(args) == 0 && t.Type != nil {
		if v, err := ConvertToType(nil, t); err == nil {
			return v, nil
		}
	}
	return nil, errNoOverload("new", len(args))
}

func unwrapMsg(err error) string {
	if ce, ok := err.(*ConversionError); ok && ce.Err != nil {
		return ce.Err.Error()
	}
	return err.Error()
}

// GetProperty exposes Name (short) and FullName, as [int].Name does.
func (t *TypeInfo) GetProperty(name string) (any, bool) {
	switch lower(name) {
	case "fullname":
		return t.Name, true
	case "name":
		n := t.Name
		if i := strings.LastIndexByte(strings.Split(n, "[")[0], '.'); i >= 0 {
			n = n[i+1:]
		}
		return n, true
	case "isarray":
		return t.kind == tkArray, true
	}
	return nil, false
}
