package directory

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// EnhancedTimeSpan is Exchange's duration value (retention periods), kept
// to the second.
type EnhancedTimeSpan struct{ time.Duration }

// ParseEnhancedTimeSpan reads a duration as Exchange does: "d.hh:mm:ss",
// "hh:mm:ss", "hh:mm", or a whole number of days ("14").
func ParseEnhancedTimeSpan(s string) (EnhancedTimeSpan, error) {
	t := strings.TrimSpace(s)
	bad := fmt.Errorf("%q is not a time span: use days.hours:minutes:seconds, for example \"14.00:00:00\"", s)
	neg := strings.HasPrefix(t, "-")
	t = strings.TrimPrefix(t, "-")
	var days int64
	clock := t
	if d, rest, ok := strings.Cut(t, "."); ok && strings.Contains(rest, ":") {
		n, err := strconv.ParseInt(d, 10, 32)
		if err != nil || n < 0 {
			return EnhancedTimeSpan{}, bad
		}
		days, clock = n, rest
	} else if !strings.Contains(t, ":") {
		n, err := strconv.ParseInt(t, 10, 32)
		if err != nil || n < 0 {
			return EnhancedTimeSpan{}, bad
		}
		days, clock = n, "0:0:0"
	}
	parts := strings.Split(clock, ":")
	if len(parts) == 2 {
		parts = append(parts, "0")
	}
	if len(parts) != 3 {
		return EnhancedTimeSpan{}, bad
	}
	limits := []int64{23, 59, 59}
	units := []time.Duration{time.Hour, time.Minute, time.Second}
	d := time.Duration(days) * 24 * time.Hour
	for i, p := range parts {
		n, err := strconv.ParseInt(p, 10, 32)
		if err != nil || n < 0 || n > limits[i] {
			return EnhancedTimeSpan{}, bad
		}
		d += time.Duration(n) * units[i]
	}
	if neg {
		d = -d
	}
	return EnhancedTimeSpan{d}, nil
}

// String formats the duration as Exchange does: "14.00:00:00", or
// "01:30:00" under a day.
func (e EnhancedTimeSpan) String() string {
	d := e.Duration
	sign := ""
	if d < 0 {
		sign, d = "-", -d
	}
	secs := int64(d / time.Second)
	days, secs := secs/86400, secs%86400
	clock := fmt.Sprintf("%02d:%02d:%02d", secs/3600, secs/60%60, secs%60)
	if days > 0 {
		return fmt.Sprintf("%s%d.%s", sign, days, clock)
	}
	return sign + clock
}

// ConvertFrom implements pipeline.Converter: a parameter of this type takes
// a time-span string, a whole number of days, or a duration.
func (EnhancedTimeSpan) ConvertFrom(v any) (any, error) {
	switch x := v.(type) {
	case EnhancedTimeSpan:
		return x, nil
	case time.Duration:
		return EnhancedTimeSpan{x}, nil
	case string:
		return ParseEnhancedTimeSpan(x)
	case int, int32, int64:
		return ParseEnhancedTimeSpan(fmt.Sprint(x))
	case fmt.Stringer:
		return ParseEnhancedTimeSpan(x.String())
	}
	return nil, fmt.Errorf("a %T is not a time span", v)
}
