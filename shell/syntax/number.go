package syntax

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
)

// numParts is a numeric literal split into its pieces.
type numParts struct {
	neg    bool
	base   int    // 10, 16 or 2
	digits string // without sign and base prefix
	real   bool   // has a fraction or an exponent
	suffix string // type suffix, lower case: l d n u ul uy us y s
	mult   int64  // kb..pb multiplier or 1
}

var typeSuffixes = []string{"ul", "uy", "us", "u", "y", "s", "l", "d", "n"}

var multipliers = map[byte]int64{'k': 1 << 10, 'm': 1 << 20, 'g': 1 << 30, 't': 1 << 40, 'p': 1 << 50}

// scanNumber scans a numeric literal (optionally negative) at src[i] and
// returns its end offset.
func scanNumber(src string, i int) (int, bool) {
	_, end, ok := splitNumber(src, i)
	return end, ok
}

func splitNumber(src string, i int) (numParts, int, bool) {
	p := numParts{base: 10, mult: 1}
	j := i
	if j < len(src) && src[j] == '-' {
		p.neg = true
		j++
	}
	lower := func(k int) byte {
		if k < len(src) {
			return src[k] | 0x20
		}
		return 0
	}
	isDig := func(k int) bool {
		if k >= len(src) {
			return false
		}
		c := lower(k)
		switch p.base {
		case 16:
			return isDigit(src[k]) || (c >= 'a' && c <= 'f')
		case 2:
			return src[k] == '0' || src[k] == '1'
		}
		return isDigit(src[k])
	}
	if j+2 < len(src) && src[j] == '0' && (lower(j+1) == 'x' || lower(j+1) == 'b' && (src[j+2] == '0' || src[j+2] == '1')) {
		p.base = 16
		if lower(j+1) == 'b' {
			p.base = 2
		}
		k := j + 2
		for isDig(k) {
			k++
		}
		if k == j+2 {
			return p, i, false
		}
		p.digits, j = src[j+2:k], k
	} else {
		d := j
		for isDig(j) {
			j++
		}
		if j+1 < len(src) && src[j] == '.' && isDigit(src[j+1]) {
			p.real = true
			j++
			for isDig(j) {
				j++
			}
		}
		if j == d {
			return p, i, false
		}
		if lower(j) == 'e' {
			k := j + 1
			if k < len(src) && (src[k] == '+' || src[k] == '-') {
				k++
			}
			if k < len(src) && isDigit(src[k]) {
				p.real = true
				for j = k; isDig(j); j++ {
				}
			}
		}
		p.digits = src[d:j]
	}
	for _, sfx := range typeSuffixes {
		if j+len(sfx) <= len(src) && strings.EqualFold(src[j:j+len(sfx)], sfx) && !(p.base != 10 && sfx == "d") {
			if len(sfx) == 1 && sfx != "l" && sfx != "d" && sfx != "n" && lower(j+1) == 'b' {
				continue // `1mb`-like multiplier, not a suffix
			}
			p.suffix, j = sfx, j+len(sfx)
			break
		}
	}
	if m, ok := multipliers[lower(j)]; ok && lower(j+1) == 'b' {
		p.mult, j = m, j+2
	}
	return p, j, true
}

// Value returns the literal's Go value: int32 when it fits, else int64,
// else float64 (fractions, exponents and the `d` suffix give float64; `l`
// gives int64; `0xFFFFFFFF` is int32 -1 as in PowerShell; `y`, `uy`, `s`,
// `us`, `u`, `ul` give int8, uint8, int16, uint16, uint32, uint64).
func (n *Number) Value() (any, error) { return NumberValue(n.Text) }

// NumberValue converts numeric literal text as Number.Value does.
func NumberValue(text string) (any, error) {
	p, end, ok := splitNumber(text, 0)
	if !ok || end != len(text) {
		return nil, fmt.Errorf("invalid number %q", text)
	}
	if p.real || p.suffix == "d" && p.base == 10 {
		f, err := strconv.ParseFloat(p.digits, 64)
		if err != nil {
			return nil, fmt.Errorf("invalid number %q", text)
		}
		if p.neg {
			f = -f
		}
		f *= float64(p.mult)
		if p.suffix == "" || p.suffix == "d" {
			return f, nil
		}
		return sized(new(big.Int).SetInt64(int64(math.RoundToEven(f))), p.suffix, text)
	}
	v, ok := new(big.Int).SetString(p.digits, p.base)
	if !ok {
		return nil, fmt.Errorf("invalid number %q", text)
	}
	if p.base == 16 && p.suffix == "" && v.BitLen() == 32 {
		v.Sub(v, new(big.Int).Lsh(big.NewInt(1), 32)) // 0xFFFFFFFF is -1
	} else if p.base == 16 && p.suffix == "l" && v.BitLen() == 64 {
		v.Sub(v, new(big.Int).Lsh(big.NewInt(1), 64))
	}
	if p.neg {
		v.Neg(v)
	}
	v.Mul(v, big.NewInt(p.mult))
	return sized(v, p.suffix, text)
}

// sized converts an integer to the Go type its suffix asks for.
func sized(v *big.Int, suffix, text string) (any, error) {
	fits := func(lo, hi int64) bool { return v.IsInt64() && v.Int64() >= lo && v.Int64() <= hi }
	bad := fmt.Errorf("the number %q is out of range for its type", text)
	switch suffix {
	case "y":
		if fits(math.MinInt8, math.MaxInt8) {
			return int8(v.Int64()), nil
		}
		return nil, bad
	case "uy":
		if fits(0, math.MaxUint8) {
			return uint8(v.Int64()), nil
		}
		return nil, bad
	case "s":
		if fits(math.MinInt16, math.MaxInt16) {
			return int16(v.Int64()), nil
		}
		return nil, bad
	case "us":
		if fits(0, math.MaxUint16) {
			return uint16(v.Int64()), nil
		}
		return nil, bad
	case "u":
		if fits(0, math.MaxUint32) {
			return uint32(v.Int64()), nil
		}
		if v.IsUint64() {
			return v.Uint64(), nil
		}
		return nil, bad
	case "ul":
		if v.IsUint64() {
			return v.Uint64(), nil
		}
		return nil, bad
	case "l":
		if v.IsInt64() {
			return v.Int64(), nil
		}
		return nil, bad
	case "n":
		if v.IsInt64() {
			return v.Int64(), nil
		}
		f, _ := new(big.Float).SetInt(v).Float64()
		return f, nil
	}
	switch {
	case fits(math.MinInt32, math.MaxInt32):
		return int32(v.Int64()), nil
	case v.IsInt64():
		return v.Int64(), nil
	}
	f, _ := new(big.Float).SetInt(v).Float64()
	return f, nil
}
