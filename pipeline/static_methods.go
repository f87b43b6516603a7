package pipeline

import (
	"math"
	"strconv"
	"strings"
	"time"
)

func floatArg(args []any, i int) (float64, error) {
	v, err := Convert(args[i], float64Type)
	if err != nil {
		return 0, err
	}
	return v.(float64), nil
}

var mathNames = map[string]bool{"round": true, "floor": true, "ceiling": true, "truncate": true, "sqrt": true,
	"log": true, "log10": true, "log2": true, "exp": true, "sin": true, "cos": true, "tan": true, "sign": true,
	"abs": true, "pow": true, "max": true, "min": true}

func mathStatic(name, l string, args []any) (any, error) {
	n := len(args)
	if !mathNames[l] {
		return nil, errNoStatic("System.Math", name)
	}
	if n == 0 {
		return nil, errNoOverload(name, 0)
	}
	x, err := floatArg(args, 0)
	if err != nil {
		return nil, err
	}
	k, i, _ := asNumber(args[0])
	intArg := k == nkInt32 || k == nkInt64
	one := func(f func(float64) float64) (any, error) {
		if n != 1 {
			return nil, errNoOverload(name, n)
		}
		return f(x), nil
	}
	switch l {
	case "round":
		digits, away := 0, false
		for _, a := range args[1:] {
			if s, ok := a.(string); ok {
				away = strings.EqualFold(s, "AwayFromZero")
				continue
			}
			d, err := Convert(a, int32Type)
			if err != nil {
				return nil, err
			}
			digits = int(d.(int32))
		}
		p := math.Pow(10, float64(digits))
		if away {
			return math.Round(x*p) / p, nil
		}
		return math.RoundToEven(x*p) / p, nil
	case "floor":
		return one(math.Floor)
	case "ceiling":
		return one(math.Ceil)
	case "truncate":
		return one(math.Trunc)
	case "sqrt":
		return one(math.Sqrt)
	case "log":
		if n == 2 {
			b, err := floatArg(args, 1)
			if err != nil {
				return nil, err
			}
			return math.Log(x) / math.Log(b), nil
		}
		return one(math.Log)
	case "log10":
		return one(math.Log10)
	case "log2":
		return one(math.Log2)
	case "exp":
		return one(math.Exp)
	case "sin":
		return one(math.Sin)
	case "cos":
		return one(math.Cos)
	case "tan":
		return one(math.Tan)
	case "sign":
		switch {
		case x > 0:
			return int32(1), nil
		case x < 0:
			return int32(-1), nil
		}
		return int32(0), nil
	case "abs":
		if intArg {
			if i < 0 {
				i = -i
			}
			return numValue(k, i, 0), nil
		}
		return one(math.Abs)
	case "pow", "max", "min":
		if n != 2 {
			return nil, errNoOverload(name, n)
		}
		y, err := floatArg(args, 1)
		if err != nil {
			return nil, err
		}
		switch l {
		case "pow":
			return math.Pow(x, y), nil
		case "max", "min":
			pickLeft := (x >= y) == (l == "max")
			kb, _, _ := asNumber(args[1])
			if intArg && (kb == nkInt32 || kb == nkInt64) {
				if pickLeft {
					return args[0], nil
				}
				return args[1], nil
			}
			if pickLeft {
				return x, nil
			}
			return y, nil
		}
	}
	return nil, errNoStatic("System.Math", name)
}

func stringStatic(name, l string, args []any) (any, error) {
	n := len(args)
	switch l {
	case "isnullorempty":
		if n == 1 {
			return args[0] == nil || ToString(args[0]) == "", nil
		}
	case "isnullorwhitespace":
		if n == 1 {
			return args[0] == nil || strings.TrimSpace(ToString(args[0])) == "", nil
		}
	case "join":
		if n >= 2 {
			rest := args[1:]
			if n == 2 {
				return Join(args[1], args[0]), nil
			}
			return Join(rest, args[0]), nil
		}
	case "concat":
		var b strings.Builder
		for _, a := range args {
			if n == 1 && IsEnumerable(a) {
				return Join(a, ""), nil
			}
			b.WriteString(ToString(a))
		}
		return b.String(), nil
	case "format":
		if n >= 1 {
			rest := args[1:]
			if n == 2 {
				rest = formatArgs(args[1])
			}
			return FormatComposite(ToString(args[0]), rest)
		}
	case "compare":
		if n >= 2 {
			return int32(CompareStrings(ToString(args[0]), ToString(args[1]), !ignoreCaseArg(args, 2))), nil
		}
	case "equals":
		if n >= 2 {
			return stringEq(ToString(args[0]), ToString(args[1]), !ignoreCaseArg(args, 2)), nil
		}
	case "new":
		return (&TypeInfo{Name: "System.String"}).New(args)
	}
	return nil, errNoStatic("System.String", name)
}

func timeSpanStatic(name, l string, args []any) (any, error) {
	if l == "new" {
		n := make([]int64, len(args))
		for i := range args {
			v, err := Convert(args[i], int64Type)
			if err != nil {
				return nil, err
			}
			n[i] = v.(int64)
		}
		switch len(args) {
		case 1:
			return time.Duration(n[0]) * 100, nil
		case 3:
			return time.Duration(n[0])*time.Hour + time.Duration(n[1])*time.Minute + time.Duration(n[2])*time.Second, nil
		case 4, 5:
			d := time.Duration(n[0])*24*time.Hour + time.Duration(n[1])*time.Hour + time.Duration(n[2])*time.Minute + time.Duration(n[3])*time.Second
			if len(n) == 5 {
				d += time.Duration(n[4]) * time.Millisecond
			}
			return d, nil
		}
		return nil, errNoOverload(name, len(args))
	}
	if l == "parse" && len(args) == 1 {
		d, err := ParseTimeSpan(ToString(args[0]))
		if err != nil {
			return nil, methodException(name, 1, err.Error())
		}
		return d, nil
	}
	units := map[string]time.Duration{"fromdays": 24 * time.Hour, "fromhours": time.Hour, "fromminutes": time.Minute,
		"fromseconds": time.Second, "frommilliseconds": time.Millisecond, "fromticks": 100}
	if u, ok := units[l]; ok && len(args) == 1 {
		f, err := floatArg(args, 0)
		if err != nil {
			return nil, err
		}
		return time.Duration(math.Round(f * float64(u))), nil
	}
	return nil, errNoStatic("System.TimeSpan", name)
}

func regexStatic(name, l string, args []any) (any, error) {
	if len(args) == 1 && l == "escape" {
		return EscapeRegex(ToString(args[0])), nil
	}
	if len(args) == 1 && l == "unescape" {
		return strings.NewReplacer(`\\`, `\`, `\.`, `.`, `\*`, `*`, `\+`, `+`, `\?`, `?`, `\(`, `(`, `\)`, `)`, `\[`, `[`, `\{`, `{`, `\|`, `|`, `\^`, `^`, `\$`, `$`, `\ `, ` `, `\#`, `#`, `\t`, "\t", `\n`, "\n").Replace(ToString(args[0])), nil
	}
	if l == "new" {
		t, _ := LookupType("regex")
		return t.New(args)
	}
	if len(args) < 2 {
		return nil, errNoOverload(name, len(args))
	}
	cs := true
	extra := args[2:]
	if l == "replace" && len(args) >= 3 {
		extra = args[3:]
	}
	for _, o := range extra {
		if strings.Contains(strings.ToLower(ToString(o)), "ignorecase") {
			cs = false
		}
	}
	r, err := NewRegex(ToString(args[1]), cs)
	if err != nil {
		return nil, err
	}
	rest := append([]any{args[0]}, args[2:]...)
	if v, ok, err := regexMethod(r, l, rest); ok {
		return v, err
	}
	return nil, errNoStatic("System.Text.RegularExpressions.Regex", name)
}

func convertStatic(name, l string, args []any) (any, error) {
	if len(args) == 0 {
		return nil, errNoOverload(name, 0)
	}
	if len(args) == 2 && (l == "toint32" || l == "toint64" || l == "tostring") {
		base, err := argInt(args, 1)
		if err != nil {
			return nil, err
		}
		if l == "tostring" {
			v, err := Convert(args[0], int64Type)
			if err != nil {
				return nil, err
			}
			i := v.(int64)
			if k, _, _ := asNumber(args[0]); k == nkInt32 && i < 0 {
				i = int64(uint32(int32(i)))
			}
			return strconv.FormatUint(uint64(i), base), nil
		}
		s := strings.TrimPrefix(strings.ToLower(ToString(args[0])), "0x")
		i, err := strconv.ParseInt(s, base, 64)
		if err != nil {
			u, err2 := strconv.ParseUint(s, base, 64)
			if err2 != nil {
				return nil, methodException(name, 2, "Could not find any recognizable digits.")
			}
			i = int64(u)
		}
		if l == "toint32" {
			return int32(i), nil
		}
		return i, nil
	}
	targets := map[string]string{"toint32": "int", "toint64": "long", "todouble": "double", "tostring": "string",
		"toboolean": "bool", "todatetime": "datetime", "tochar": "char", "tobyte": "byte", "todecimal": "decimal", "toint16": "short"}
	if tn, ok := targets[l]; ok {
		t, _ := LookupType(tn)
		if tn == "bool" {
			if s, ok := args[0].(string); ok {
				return (&TypeInfo{Name: "System.Boolean", Type: boolType}).CallStatic("Parse", []any{s})
			}
		}
		v, err := ConvertToType(args[0], t)
		if err != nil {
			return nil, methodException(name, len(args), unwrapMsg(err))
		}
		return v, nil
	}
	switch l {
	case "tobase64string":
		return base64Encode(args[0])
	case "frombase64string":
		return base64Decode(ToString(args[0]))
	}
	return nil, errNoStatic("System.Convert", name)
}
