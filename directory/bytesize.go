package directory

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// ByteQuantifiedSize is Exchange's size value (quotas, message size
// limits): a number of bytes, or Unlimited.
type ByteQuantifiedSize struct {
	Bytes     uint64
	Unlimited bool
}

// byteUnits are the binary units Exchange accepts and prints, largest first.
var byteUnits = []struct {
	name string
	size uint64
}{{"TB", 1 << 40}, {"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"B", 1}}

// ParseByteQuantifiedSize reads a size as Exchange does: "Unlimited", a
// number of bytes, a number with a unit ("2GB", "1.5 MB"), or the form
// Exchange prints ("1.9 GB (2,040,109,465 bytes)"), whose byte count wins.
func ParseByteQuantifiedSize(s string) (ByteQuantifiedSize, error) {
	t := strings.TrimSpace(s)
	if strings.EqualFold(t, "unlimited") {
		return ByteQuantifiedSize{Unlimited: true}, nil
	}
	bad := fmt.Errorf("%q is not a size: use a number with a unit such as \"2GB\" or \"500 MB\", a number of bytes, or \"Unlimited\"", s)
	if open := strings.IndexByte(t, '('); open >= 0 && strings.HasSuffix(t, ")") {
		inner := strings.TrimSpace(t[open+1 : len(t)-1])
		num, ok := strings.CutSuffix(inner, "bytes")
		if !ok {
			return ByteQuantifiedSize{}, bad
		}
		n, err := strconv.ParseUint(strings.ReplaceAll(strings.TrimSpace(num), ",", ""), 10, 64)
		if err != nil {
			return ByteQuantifiedSize{}, bad
		}
		return ByteQuantifiedSize{Bytes: n}, nil
	}
	upper := strings.ToUpper(t)
	mult := uint64(1)
	for _, u := range byteUnits {
		if rest, ok := strings.CutSuffix(upper, u.name); ok {
			upper, mult = strings.TrimSpace(rest), u.size
			break
		}
	}
	f, err := strconv.ParseFloat(upper, 64)
	if err != nil || f < 0 || math.IsInf(f, 0) || math.IsNaN(f) || f*float64(mult) >= math.MaxUint64 {
		return ByteQuantifiedSize{}, bad
	}
	return ByteQuantifiedSize{Bytes: uint64(math.Round(f * float64(mult)))}, nil
}

// String formats the size as Exchange does: "Unlimited", or the value in
// the largest unit it reaches, rounded to three decimals, and the exact
// byte count: "2 GB (2,147,483,648 bytes)".
func (b ByteQuantifiedSize) String() string {
	if b.Unlimited {
		return "Unlimited"
	}
	u := byteUnits[len(byteUnits)-1]
	for _, x := range byteUnits {
		if b.Bytes >= x.size {
			u = x
			break
		}
	}
	v := strconv.FormatFloat(math.Round(float64(b.Bytes)/float64(u.size)*1000)/1000, 'f', -1, 64)
	return fmt.Sprintf("%s %s (%s bytes)", v, u.name, groupThousands(b.Bytes))
}

// groupThousands writes n with a comma between each group of three digits.
func groupThousands(n uint64) string {
	s := strconv.FormatUint(n, 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// ConvertFrom implements pipeline.Converter: a parameter of this type takes
// a size string, a number of bytes (a fraction is rounded to the nearest
// byte), or a ByteQuantifiedSize.
func (ByteQuantifiedSize) ConvertFrom(v any) (any, error) {
	switch x := v.(type) {
	case ByteQuantifiedSize:
		return x, nil
	case string:
		return ParseByteQuantifiedSize(x)
	case int:
		return bytesOf(int64(x))
	case int32:
		return bytesOf(int64(x))
	case int64:
		return bytesOf(x)
	case float64: // 1.9GB is a number in the language: rounded to a byte
		if math.IsNaN(x) || math.IsInf(x, 0) || x >= math.MaxInt64 {
			return nil, fmt.Errorf("%v is not a size", x)
		}
		return bytesOf(int64(math.Round(x)))
	case fmt.Stringer:
		return ParseByteQuantifiedSize(x.String())
	}
	return nil, fmt.Errorf("a %T is not a size", v)
}

func bytesOf(n int64) (ByteQuantifiedSize, error) {
	if n < 0 {
		return ByteQuantifiedSize{}, fmt.Errorf("%d is not a size: sizes are not negative", n)
	}
	return ByteQuantifiedSize{Bytes: uint64(n)}, nil
}
