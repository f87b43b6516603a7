package pipeline

import (
	"math"
	"time"
)

func dateMethod(t time.Time, name, l string, args []any) (any, error) {
	n := len(args)
	num := func() (float64, error) {
		if n != 1 {
			return 0, errNoOverload(name, n)
		}
		f, err := Convert(args[0], float64Type)
		if err != nil {
			return 0, err
		}
		return f.(float64), nil
	}
	addDur := func(unit time.Duration) (any, error) {
		f, err := num()
		if err != nil {
			return nil, err
		}
		return t.Add(time.Duration(math.Round(f * float64(unit)))), nil
	}
	switch l {
	case "adddays":
		return addDur(24 * time.Hour)
	case "addhours":
		return addDur(time.Hour)
	case "addminutes":
		return addDur(time.Minute)
	case "addseconds":
		return addDur(time.Second)
	case "addmilliseconds":
		return addDur(time.Millisecond)
	case "addticks":
		return addDur(100)
	case "addmonths", "addyears":
		f, err := num()
		if err != nil {
			return nil, err
		}
		if l == "addmonths" {
			return addMonths(t, int(f)), nil
		}
		return addMonths(t, 12*int(f)), nil
	case "add":
		if n == 1 {
			if d, ok := args[0].(time.Duration); ok {
				return t.Add(d), nil
			}
		}
	case "subtract":
		if n == 1 {
			switch x := args[0].(type) {
			case time.Duration:
				return t.Add(-x), nil
			case time.Time:
				return t.Sub(x), nil
			}
		}
	case "touniversaltime":
		return t.UTC(), nil
	case "tolocaltime":
		return t.Local(), nil
	case "toshortdatestring":
		return FormatDate(t, "d"), nil
	case "tolongdatestring":
		return FormatDate(t, "D"), nil
	case "toshorttimestring":
		return FormatDate(t, "t"), nil
	case "tolongtimestring":
		return FormatDate(t, "T"), nil
	case "tostring":
		if n == 0 {
			return ToString(t), nil
		}
		return FormatDate(t, ToString(args[0])), nil
	case "compareto":
		if n == 1 {
			c, err := Compare(t, args[0], false)
			return int32(c), err
		}
	}
	return nil, errNoMethod("System.DateTime", name)
}

// addMonths adds months the .NET way: the day is clamped to the month's end.
func addMonths(t time.Time, months int) time.Time {
	y, m, d := t.Date()
	first := time.Date(y, m+time.Month(months), 1, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
	last := first.AddDate(0, 1, -1).Day()
	if d > last {
		d = last
	}
	return first.AddDate(0, 0, d-1)
}

func timeSpanMethod(d time.Duration, name, l string, args []any) (any, error) {
	switch l {
	case "tostring":
		if len(args) == 0 {
			return formatTimeSpan(d), nil
		}
		return formatTimeSpanSpec(d, ToString(args[0])), nil
	case "add", "subtract":
		if len(args) == 1 {
			if x, ok := args[0].(time.Duration); ok {
				if l == "add" {
					return d + x, nil
				}
				return d - x, nil
			}
		}
	case "negate":
		return -d, nil
	case "duration":
		if d < 0 {
			return -d, nil
		}
		return d, nil
	}
	return nil, errNoMethod("System.TimeSpan", name)
}
