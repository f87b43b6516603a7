package pipeline

import (
	"math"
	"strings"
)

// arith applies + - * / % to two numbers with PowerShell's widening: Int32
// results that overflow become Double (not Int64), as do Int64 ones;
// division that is not exact gives a Double.
func arith(op byte, ka numKind, ia int64, fa float64, kb numKind, ib int64, fb float64) (any, error) {
	if ka == nkDouble || kb == nkDouble {
		if ka != nkDouble {
			fa = float64(ia)
		}
		if kb != nkDouble {
			fb = float64(ib)
		}
		switch op {
		case '+':
			return fa + fb, nil
		case '-':
			return fa - fb, nil
		case '*':
			return fa * fb, nil
		case '/':
			if fb == 0 {
				return nil, divideByZero()
			}
			return fa / fb, nil
		case '%':
			if fb == 0 {
				return nil, divideByZero()
			}
			return math.Mod(fa, fb), nil
		}
	}
	wide := ka == nkInt64 || kb == nkInt64
	var r int64
	switch op {
	case '+':
		r = ia + ib
		if (r > ia) != (ib > 0) {
			return float64(ia) + float64(ib), nil
		}
	case '-':
		r = ia - ib
		if (r < ia) != (ib > 0) {
			return float64(ia) - float64(ib), nil
		}
	case '*':
		if ia != 0 && ib != 0 {
			r = ia * ib
			if r/ib != ia || (ia == -1 && ib == math.MinInt64) || (ib == -1 && ia == math.MinInt64) {
				return float64(ia) * float64(ib), nil
			}
		}
	case '/':
		if ib == 0 {
			return nil, divideByZero()
		}
		if ia%ib != 0 || (ib == -1 && ia == math.MinInt64) {
			return float64(ia) / float64(ib), nil
		}
		r = ia / ib
	case '%':
		if ib == 0 {
			return nil, divideByZero()
		}
		if ib == -1 {
			r = 0
		} else {
			r = ia % ib
		}
	}
	if !wide {
		if r >= math.MinInt32 && r <= math.MaxInt32 {
			return int32(r), nil
		}
		return float64(r), nil
	}
	return r, nil
}

func divideByZero() error {
	return &ValueError{ID: "RuntimeException", Message: ErrDivideByZero.Error(), Err: ErrDivideByZero}
}

// opMethod names the .NET operator method PowerShell reports when an
// operator does not apply to a type.
func opMethod(op string) string {
	switch op {
	case "+":
		return "op_Addition"
	case "-":
		return "op_Subtraction"
	case "*":
		return "op_Multiply"
	case "/":
		return "op_Division"
	case "%":
		return "op_Modulus"
	}
	return op
}

// arithmetic implements the symbol operators for every left-operand type.
func arithmetic(op string, left, right any) (any, error) {
	// fast path: Int32 op Int32
	if a, ok := left.(int32); ok {
		if b, ok := right.(int32); ok {
			switch op[0] {
			case '+':
				r := int64(a) + int64(b)
				if r >= math.MinInt32 && r <= math.MaxInt32 {
					return int32(r), nil
				}
				return float64(r), nil
			case '*':
				r := int64(a) * int64(b)
				if r >= math.MinInt32 && r <= math.MaxInt32 {
					return int32(r), nil
				}
				return float64(r), nil
			}
		}
	}
	if ka, ia, fa := asNumber(left); ka != nkNone {
		kb, ib, fb, err := toNumber(right)
		if err != nil {
			return nil, cannotConvert(right, TypeName(left), err)
		}
		if kb == nkNone {
			if right != nil && IsEnumerable(right) {
				return nil, errOpNotSupported("System.Object[]", opMethod(op))
			}
			return nil, cannotConvert(right, TypeName(left), nil)
		}
		return arith(op[0], ka, ia, fa, kb, ib, fb)
	}
	switch x := left.(type) {
	case nil:
		switch op {
		case "+":
			return right, nil
		case "-":
			return UnaryMinus(right)
		case "*", "/", "%":
			if IsNumber(right) {
				return arithmetic(op, int32(0), right)
			}
			return nil, nil
		}
	case string:
		return stringArith(op, x, right)
	case []any:
		return arrayArith(op, x, right)
	case *Hashtable:
		if op == "+" {
			return hashtableAdd(x, right)
		}
	}
	return timeArith(op, left, right)
}

func stringArith(op string, s string, right any) (any, error) {
	switch op {
	case "+":
		rs := ToString(right)
		if int64(len(s))+int64(len(rs)) > 1<<30 {
			return nil, runtimeErr("Array dimensions exceeded supported range.")
		}
		return s + rs, nil
	case "*":
		n, err := Convert(right, int32Type)
		if err != nil {
			return nil, err
		}
		if c := n.(int32); c > 0 {
			if int64(len(s))*int64(c) > 1<<30 {
				return nil, runtimeErr("Array dimensions exceeded supported range.")
			}
			return strings.Repeat(s, int(c)), nil
		}
		return "", nil
	case "-", "/", "%":
		// PowerShell converts the string to a number: '10' - 2 is 8,
		// '3500' / 1000 is 3.5.
		k, i, f, err := ParseNumber(s)
		if err != nil || k == nkNone {
			return nil, cannotConvert(s, "System.Int32", err)
		}
		return arithmetic(op, numValue(k, i, f), right)
	}
	return nil, errOpNotSupported("System.String", opMethod(op))
}

func arrayArith(op string, a []any, right any) (any, error) {
	switch op {
	case "+":
		rs := []any{right}
		if IsEnumerable(right) {
			rs = ToSlice(right)
		}
		out := make([]any, 0, len(a)+len(rs))
		return append(append(out, a...), rs...), nil
	case "*":
		n, err := Convert(right, int32Type)
		if err != nil {
			return nil, err
		}
		c := int(n.(int32))
		if c <= 0 {
			return []any{}, nil
		}
		if int64(len(a))*int64(c) > 1<<28 {
			return nil, runtimeErr("Array dimensions exceeded supported range.")
		}
		out := make([]any, 0, len(a)*c)
		for i := 0; i < c; i++ {
			out = append(out, a...)
		}
		return out, nil
	}
	return nil, errOpNotSupported("System.Object[]", opMethod(op))
}

func hashtableAdd(h *Hashtable, right any) (any, error) {
	r, ok := right.(*Hashtable)
	if !ok {
		return nil, runtimeErr("A hash table can only be added to another hash table.")
	}
	out := h.Clone()
	for i, k := range r.keys {
		if err := out.Add(k, r.vals[i]); err != nil {
			return nil, err
		}
	}
	return out, nil
}
