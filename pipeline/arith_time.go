package pipeline

import (
	"math"
	"time"
)

// timeArith handles DateTime and TimeSpan arithmetic; anything else is an
// unsupported operator.
func timeArith(op string, left, right any) (any, error) {
	switch x := left.(type) {
	case time.Time:
		switch y := right.(type) {
		case time.Duration:
			if op == "+" {
				return x.Add(y), nil
			}
			if op == "-" {
				return x.Add(-y), nil
			}
		case time.Time:
			if op == "-" {
				return x.Sub(y), nil
			}
		}
	case time.Duration:
		switch y := right.(type) {
		case time.Duration:
			if op == "+" {
				return x + y, nil
			}
			if op == "-" {
				return x - y, nil
			}
		}
	}
	return nil, errOpNotSupported(TypeName(left), opMethod(op))
}

// UnaryMinus is -x: numbers negate (Int32 MinValue widens to Double),
// strings are parsed first.
func UnaryMinus(v any) (any, error) {
	switch x := v.(type) {
	case int32:
		if x == math.MinInt32 {
			return -float64(x), nil
		}
		return -x, nil
	case time.Duration:
		return -x, nil
	}
	k, i, f, err := toNumber(v)
	if err != nil {
		return nil, cannotConvert(v, "System.Int32", err)
	}
	switch k {
	case nkInt32:
		if i == math.MinInt32 {
			return -float64(i), nil
		}
		return int32(-i), nil
	case nkInt64:
		if i == math.MinInt64 {
			return -float64(i), nil
		}
		return -i, nil
	case nkDouble:
		return -f, nil
	}
	return nil, errOpNotSupported(TypeName(v), "op_UnaryNegation")
}

// BNot is -bnot: the bitwise complement of an integer (doubles and strings
// are converted first).
func BNot(v any) (any, error) {
	k, i, err := toInteger(v)
	if err != nil {
		return nil, err
	}
	if k == nkInt32 {
		return int32(^i), nil
	}
	return ^i, nil
}

// toInteger converts an operand of a bitwise operator to Int32 or Int64.
func toInteger(v any) (numKind, int64, error) {
	k, i, f, err := toNumber(v)
	if err != nil {
		return 0, 0, cannotConvert(v, "System.Int64", err)
	}
	switch k {
	case nkInt32, nkInt64:
		return k, i, nil
	case nkDouble:
		r, ok := roundToInt64(f)
		if !ok {
			return 0, 0, cannotConvert(v, "System.Int64", overflowErr("System.Int64"))
		}
		if r >= math.MinInt32 && r <= math.MaxInt32 {
			return nkInt32, r, nil
		}
		return nkInt64, r, nil
	}
	return 0, 0, cannotConvert(v, "System.Int64", nil)
}

// bitwise implements -band -bor -bxor -shl -shr.
func bitwise(op string, left, right any) (any, error) {
	ka, a, err := toInteger(left)
	if err != nil {
		return nil, err
	}
	kb, b, err := toInteger(right)
	if err != nil {
		return nil, err
	}
	narrow := ka == nkInt32 && kb == nkInt32
	var r int64
	switch op {
	case "band":
		r = a & b
	case "bor":
		r = a | b
	case "bxor":
		r = a ^ b
	case "shl", "shr":
		if ka == nkInt32 {
			s := uint(b) & 31
			if op == "shl" {
				return int32(a) << s, nil
			}
			return int32(a) >> s, nil
		}
		s := uint(b) & 63
		if op == "shl" {
			return a << s, nil
		}
		return a >> s, nil
	}
	if narrow {
		return int32(r), nil
	}
	return r, nil
}
