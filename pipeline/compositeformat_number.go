package pipeline

import (
	"math"
	"strconv"
	"strings"
)

// formatNumber applies a standard or custom numeric format.
func formatNumber(k numKind, i int64, f float64, format string) (string, error) {
	if len(format) >= 1 && len(format) <= 3 && isLetter(format[0]) && isDigits(format[1:]+"0") {
		prec := -1
		if len(format) > 1 {
			prec, _ = strconv.Atoi(format[1:])
		}
		return standardNumber(k, i, f, format[0], prec)
	}
	if k != nkDouble {
		f = float64(i)
	}
	return customNumber(f, format), nil
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func standardNumber(k numKind, i int64, f float64, spec byte, prec int) (string, error) {
	if prec > maxAlignment {
		// Like .NET, refuse precisions that would build megabytes of digits.
		return "", errBadSpecifier
	}
	isInt := k != nkDouble
	if isInt {
		f = float64(i)
	}
	def := func(d int) int {
		if prec < 0 {
			return d
		}
		return prec
	}
	switch spec | 0x20 {
	case 'd':
		if !isInt {
			return "", errBadSpecifier
		}
		s := strconv.FormatInt(absInt(i), 10)
		if len(s) < prec {
			s = strings.Repeat("0", prec-len(s)) + s
		}
		if i < 0 {
			s = "-" + s
		}
		return s, nil
	case 'x':
		if !isInt {
			return "", errBadSpecifier
		}
		u := uint64(i)
		if k == nkInt32 {
			u = uint64(uint32(int32(i)))
		}
		s := strconv.FormatUint(u, 16)
		if spec == 'X' {
			s = strings.ToUpper(s)
		}
		if len(s) < prec {
			s = strings.Repeat("0", prec-len(s)) + s
		}
		return s, nil
	case 'n':
		return signed(f, groupDigits(fixedDigits(math.Abs(f), def(2)))), nil
	case 'f':
		return signed(f, fixedDigits(math.Abs(f), def(2))), nil
	case 'p':
		return signed(f, groupDigits(fixedDigits(math.Abs(f*100), def(2)))) + " %", nil
	case 'c':
		return signed(f, "¤"+groupDigits(fixedDigits(math.Abs(f), def(2)))), nil
	case 'e':
		s := strconv.FormatFloat(f, 'e', def(6), 64)
		m, e, _ := strings.Cut(s, "e")
		sign := e[0]
		e = e[1:]
		for len(e) < 3 {
			e = "0" + e
		}
		return m + string(rune(spec)) + string(sign) + e, nil
	case 'g':
		if isInt && prec <= 0 {
			return strconv.FormatInt(i, 10), nil
		}
		if prec <= 0 {
			return FormatDoubleRoundTrip(f), nil
		}
		return formatFloat(f, prec), nil
	case 'r':
		if isInt {
			return strconv.FormatInt(i, 10), nil
		}
		return FormatDoubleRoundTrip(f), nil
	}
	return "", errBadSpecifier
}

func absInt(i int64) int64 {
	if i < 0 {
		return -i
	}
	return i
}

// signed prefixes "-" when f is negative and the text is not all zeros.
func signed(f float64, s string) string {
	if f < 0 && strings.ContainsAny(s, "123456789") {
		return "-" + s
	}
	return s
}

// fixedDigits formats a non-negative f with exactly dec decimals, rounding
// half away from zero on the exact decimal value (as .NET Core does).
func fixedDigits(f float64, dec int) string {
	if math.IsInf(f, 0) {
		return "Infinity"
	}
	if math.IsNaN(f) {
		return "NaN"
	}
	exact := strconv.FormatFloat(f, 'f', dec+25, 64)
	dot := strings.IndexByte(exact, '.')
	keep := exact[:dot+1+dec]
	roundUp := exact[dot+1+dec] >= '5'
	if dec == 0 {
		keep = exact[:dot]
	}
	if !roundUp {
		return keep
	}
	b := []byte(keep)
	for j := len(b) - 1; j >= 0; j-- {
		if b[j] == '.' {
			continue
		}
		if b[j] < '9' {
			b[j]++
			return string(b)
		}
		b[j] = '0'
	}
	return "1" + string(b)
}

// groupDigits inserts thousands separators into the integer part of s.
func groupDigits(s string) string {
	intPart, frac, hasFrac := strings.Cut(s, ".")
	if len(intPart) <= 3 {
		return s
	}
	var b strings.Builder
	lead := len(intPart) % 3
	if lead > 0 {
		b.WriteString(intPart[:lead])
	}
	for j := lead; j < len(intPart); j += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(intPart[j : j+3])
	}
	if hasFrac {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// customNumber implements .NET custom numeric formats: 0 and # digit
// placeholders, '.', ',' grouping and scaling, '%', ';' sections, quoted
// and backslash-escaped literals.
func customNumber(f float64, format string) string {
	sections := splitSections(format)
	sec := sections[0]
	neg := f < 0
	switch {
	case f < 0 && len(sections) >= 2 && sections[1] != "":
		sec, neg = sections[1], false
	case f == 0 && len(sections) >= 3:
		sec = sections[2]
	}
	toks := tokenizeCustom(sec)
	var intPh, fracPh []int // indexes into toks
	dot, grouping, scale, pct := -1, false, 0, 0
	for j, t := range toks {
		switch t {
		case ".":
			if dot < 0 {
				dot = j
			}
		case "0", "#":
			if dot < 0 {
				intPh = append(intPh, j)
			} else {
				fracPh = append(fracPh, j)
			}
		case "%":
			pct++
		}
	}
	for j, t := range toks {
		if t != "," || (dot >= 0 && j > dot) {
			continue
		}
		if len(intPh) > 0 && j > intPh[0] && j < intPh[len(intPh)-1] {
			grouping = true
		} else if len(intPh) > 0 && j > intPh[len(intPh)-1] {
			scale++
		}
	}
	v := math.Abs(f) * math.Pow(100, float64(pct)) / math.Pow(1000, float64(scale))
	minFrac := 0
	for n, j := range fracPh {
		if toks[j] == "0" {
			minFrac = n + 1
		}
	}
	digits := fixedDigits(v, len(fracPh))
	ip, fp, _ := strings.Cut(digits, ".")
	for len(fp) > minFrac && fp[len(fp)-1] == '0' {
		fp = fp[:len(fp)-1]
	}
	minInt := 0
	for n, j := range intPh {
		if toks[j] == "0" {
			minInt = len(intPh) - n
			break
		}
	}
	ip = strings.TrimLeft(ip, "0")
	for len(ip) < minInt {
		ip = "0" + ip
	}
	if grouping {
		ip = groupDigits(ip)
	}
	var b strings.Builder
	if neg && strings.ContainsAny(ip+fp, "123456789") {
		b.WriteByte('-')
	}
	// integer part: digits fill placeholders from the right; the leftmost takes the rest
	ipos := len(ip)
	slot := make(map[int]string, len(intPh))
	for n := len(intPh) - 1; n >= 0; n-- {
		if n == 0 || grouping {
			slot[intPh[n]] = ip[:ipos]
			ipos = 0
			if grouping {
				for m := 0; m < n; m++ {
					slot[intPh[m]] = ""
				}
				break
			}
			continue
		}
		if ipos > 0 {
			slot[intPh[n]] = ip[ipos-1 : ipos]
			ipos--
		} else {
			slot[intPh[n]] = ""
		}
	}
	fn := 0
	for j, t := range toks {
		switch {
		case t == "0" || t == "#":
			if dot < 0 || j < dot {
				b.WriteString(slot[j])
			} else {
				if fn < len(fp) {
					b.WriteByte(fp[fn])
				}
				fn++
			}
		case t == ".":
			if j == dot && fp != "" {
				b.WriteByte('.')
			}
		case t == ",":
		case t == "%":
			b.WriteByte('%')
		default:
			b.WriteString(t)
		}
	}
	return b.String()
}

func splitSections(format string) []string {
	var out []string
	start := 0
	var quote byte
	for j := 0; j < len(format); j++ {
		c := format[j]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '\\':
			j++
		case c == ';':
			out = append(out, format[start:j])
			start = j + 1
		}
	}
	return append(out, format[start:])
}

// tokenizeCustom splits a custom format section into placeholders
// ("0", "#", ".", ",", "%") and literal strings.
func tokenizeCustom(sec string) []string {
	var toks []string
	for j := 0; j < len(sec); j++ {
		c := sec[j]
		switch c {
		case '0', '#', '.', ',', '%':
			toks = append(toks, sec[j:j+1])
		case '\\':
			if j+1 < len(sec) {
				toks = append(toks, sec[j+1:j+2])
				j++
			}
		case '\'', '"':
			end := strings.IndexByte(sec[j+1:], c)
			if end < 0 {
				end = len(sec) - j - 1
			}
			toks = append(toks, sec[j+1:j+1+end])
			j += end + 1
		default:
			toks = append(toks, sec[j:j+1])
		}
	}
	return toks
}
