package pipeline

import (
	"strconv"
	"strings"
	"time"
)

// standardDates maps .NET's one-letter date formats to invariant-culture
// custom patterns.
var standardDates = map[string]string{
	"d": "MM/dd/yyyy", "D": "dddd, dd MMMM yyyy", "t": "HH:mm", "T": "HH:mm:ss",
	"f": "dddd, dd MMMM yyyy HH:mm", "F": "dddd, dd MMMM yyyy HH:mm:ss", "g": "MM/dd/yyyy HH:mm",
	"G": "MM/dd/yyyy HH:mm:ss", "M": "MMMM dd", "m": "MMMM dd", "Y": "yyyy MMMM", "y": "yyyy MMMM",
	"s": "yyyy'-'MM'-'dd'T'HH':'mm':'ss", "u": "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
	"o": "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK", "O": "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
	"r": "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'", "R": "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
}

// FormatDate formats t with a .NET standard or custom date format,
// invariant culture. An empty format is "G".
func FormatDate(t time.Time, format string) string {
	if format == "" {
		format = "G"
	}
	if p, ok := standardDates[format]; ok {
		if format == "u" || format == "r" || format == "R" {
			t = t.UTC()
		}
		format = p
	}
	if len(format) == 2 && format[0] == '%' {
		format = format[1:]
	}
	var b strings.Builder
	for i := 0; i < len(format); {
		c := format[i]
		n := 1
		for i+n < len(format) && format[i+n] == c {
			n++
		}
		switch c {
		case 'y':
			y := t.Year()
			switch {
			case n == 1:
				b.WriteString(strconv.Itoa(y % 100))
			case n == 2:
				b.WriteString(pad(y%100, 2))
			default:
				b.WriteString(pad(y, n))
			}
		case 'M':
			switch n {
			case 1:
				b.WriteString(strconv.Itoa(int(t.Month())))
			case 2:
				b.WriteString(pad(int(t.Month()), 2))
			case 3:
				b.WriteString(t.Month().String()[:3])
			default:
				b.WriteString(t.Month().String())
			}
		case 'd':
			switch n {
			case 1:
				b.WriteString(strconv.Itoa(t.Day()))
			case 2:
				b.WriteString(pad(t.Day(), 2))
			case 3:
				b.WriteString(t.Weekday().String()[:3])
			default:
				b.WriteString(t.Weekday().String())
			}
		case 'H':
			b.WriteString(padN(t.Hour(), n))
		case 'h':
			h := t.Hour() % 12
			if h == 0 {
				h = 12
			}
			b.WriteString(padN(h, n))
		case 'm':
			b.WriteString(padN(t.Minute(), n))
		case 's':
			b.WriteString(padN(t.Second(), n))
		case 'f', 'F':
			if n > 7 {
				n = 7
			}
			s := pad(t.Nanosecond()/100, 7)[:n]
			if c == 'F' {
				s = strings.TrimRight(s, "0")
			}
			b.WriteString(s)
		case 't':
			ampm := "AM"
			if t.Hour() >= 12 {
				ampm = "PM"
			}
			if n == 1 {
				ampm = ampm[:1]
			}
			b.WriteString(ampm)
		case 'z':
			_, off := t.Zone()
			sign := "+"
			if off < 0 {
				sign, off = "-", -off
			}
			switch n {
			case 1:
				b.WriteString(sign + strconv.Itoa(off/3600))
			case 2:
				b.WriteString(sign + pad(off/3600, 2))
			default:
				b.WriteString(sign + pad(off/3600, 2) + ":" + pad(off%3600/60, 2))
			}
		case 'K':
			if t.Location() == time.UTC {
				b.WriteString("Z")
			} else {
				b.WriteString(t.Format("-07:00"))
			}
		case '\'', '"':
			end := strings.IndexByte(format[i+1:], c)
			if end < 0 {
				end = len(format) - i - 1
			}
			b.WriteString(format[i+1 : i+1+end])
			i += end + 2
			continue
		case '\\':
			if i+1 < len(format) {
				b.WriteByte(format[i+1])
			}
			i += 2
			continue
		case '%':
			i++
			continue
		default:
			b.WriteString(format[i : i+n])
		}
		i += n
	}
	return b.String()
}

func pad(v, width int) string {
	s := strconv.Itoa(v)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

func padN(v, n int) string {
	if n == 1 {
		return strconv.Itoa(v)
	}
	return pad(v, 2)
}

// formatTimeSpanSpec formats a TimeSpan: "" and "c" give [-][d.]hh:mm:ss[.fffffff],
// "g" [-][d:]h:mm:ss[.FFFFFFF]; custom formats use d h m s f with escapes.
func formatTimeSpanSpec(d time.Duration, format string) string {
	switch format {
	case "", "c", "t", "T":
		return formatTimeSpan(d)
	case "g", "G":
		neg := d < 0
		if neg {
			d = -d
		}
		days := d / (24 * time.Hour)
		d -= days * 24 * time.Hour
		s := ""
		if neg {
			s = "-"
		}
		if days > 0 || format == "G" {
			s += strconv.Itoa(int(days)) + ":"
		}
		s += strconv.Itoa(int(d/time.Hour)) + ":" + pad(int(d/time.Minute%60), 2) + ":" + pad(int(d/time.Second%60), 2)
		if frac := d % time.Second / 100; frac > 0 || format == "G" {
			fs := pad(int(frac), 7)
			if format == "g" {
				fs = strings.TrimRight(fs, "0")
			}
			s += "." + fs
		}
		return s
	}
	if d < 0 {
		d = -d
	}
	var b strings.Builder
	for i := 0; i < len(format); {
		c := format[i]
		n := 1
		for i+n < len(format) && format[i+n] == c {
			n++
		}
		switch c {
		case 'd':
			b.WriteString(pad(int(d/(24*time.Hour)), n))
		case 'h':
			b.WriteString(pad(int(d/time.Hour%24), n))
		case 'm':
			b.WriteString(pad(int(d/time.Minute%60), n))
		case 's':
			b.WriteString(pad(int(d/time.Second%60), n))
		case 'f', 'F':
			if n > 7 {
				n = 7
			}
			b.WriteString(pad(int(d%time.Second/100), 7)[:n])
		case '\\':
			if i+1 < len(format) {
				b.WriteByte(format[i+1])
			}
			i += 2
			continue
		case '\'':
			end := strings.IndexByte(format[i+1:], '\'')
			if end < 0 {
				end = len(format) - i - 1
			}
			b.WriteString(format[i+1 : i+1+end])
			i += end + 2
			continue
		default:
			b.WriteString(format[i : i+n])
		}
		i += n
	}
	return b.String()
}
