package pipeline

import (
	"strings"
	"time"
)

var dateTimeNames = []string{"Date", "Day", "DayOfWeek", "DayOfYear", "Hour", "Kind", "Millisecond",
	"Minute", "Month", "Second", "Ticks", "TimeOfDay", "Year"}

var timeSpanNames = []string{"Ticks", "Days", "Hours", "Milliseconds", "Minutes", "Seconds",
	"TotalDays", "TotalHours", "TotalMilliseconds", "TotalMinutes", "TotalSeconds"}

// ticksPerSecond is .NET's tick rate (100 ns ticks).
const ticksPerSecond = 10_000_000

// dotnetEpochTicks is the tick count of 1970-01-01 in .NET (ticks since 0001-01-01).
const dotnetEpochTicks = 621355968000000000

// DayOfWeek is System.DayOfWeek: prints as Monday, Tuesday, ...
type DayOfWeek int32

// String returns the day's English name.
func (d DayOfWeek) String() string { return time.Weekday(d).String() }

func dateProperty(t time.Time, name string) (any, bool) {
	switch strings.ToLower(name) {
	case "year":
		return int32(t.Year()), true
	case "month":
		return int32(t.Month()), true
	case "day":
		return int32(t.Day()), true
	case "hour":
		return int32(t.Hour()), true
	case "minute":
		return int32(t.Minute()), true
	case "second":
		return int32(t.Second()), true
	case "millisecond":
		return int32(t.Nanosecond() / 1e6), true
	case "dayofweek":
		return DayOfWeek(t.Weekday()), true
	case "dayofyear":
		return int32(t.YearDay()), true
	case "date":
		y, m, d := t.Date()
		return time.Date(y, m, d, 0, 0, 0, 0, t.Location()), true
	case "timeofday":
		y, m, d := t.Date()
		return t.Sub(time.Date(y, m, d, 0, 0, 0, 0, t.Location())), true
	case "ticks":
		return dateTicks(t), true
	case "kind":
		if t.Location() == time.UTC {
			return "Utc", true
		}
		return "Local", true
	}
	return nil, false
}

// dateTicks returns .NET's Ticks of t's wall-clock time.
func dateTicks(t time.Time) int64 {
	_, off := t.Zone()
	return (t.Unix()+int64(off))*ticksPerSecond + int64(t.Nanosecond()/100) + dotnetEpochTicks
}

func timeSpanProperty(d time.Duration, name string) (any, bool) {
	switch strings.ToLower(name) {
	case "ticks":
		return int64(d / 100), true
	case "days":
		return int32(d / (24 * time.Hour)), true
	case "hours":
		return int32(d / time.Hour % 24), true
	case "minutes":
		return int32(d / time.Minute % 60), true
	case "seconds":
		return int32(d / time.Second % 60), true
	case "milliseconds":
		return int32(d / time.Millisecond % 1000), true
	case "totaldays":
		return d.Hours() / 24, true
	case "totalhours":
		return d.Hours(), true
	case "totalminutes":
		return d.Minutes(), true
	case "totalseconds":
		return d.Seconds(), true
	case "totalmilliseconds":
		return float64(d) / 1e6, true
	}
	return nil, false
}

// PSMemberSet is the value of the intrinsic .psobject member: Properties,
// TypeNames, BaseObject and Members of the wrapped object.
type PSMemberSet struct {
	Object any
}

// GetProperty exposes Properties, TypeNames, BaseObject, ImmediateBaseObject and Members.
func (m *PSMemberSet) GetProperty(name string) (any, bool) {
	switch strings.ToLower(name) {
	case "properties":
		names := PropertyNames(m.Object)
		if h, ok := m.Object.(*Hashtable); ok {
			names = []string{"Count", "IsFixedSize", "IsReadOnly", "Keys", "Values"}
			_ = h
		}
		out := make([]any, 0, len(names))
		for _, n := range names {
			v, _ := GetProperty(m.Object, n)
			kind := "Property"
			if _, ok := m.Object.(*PSObject); ok {
				kind = "NoteProperty"
			}
			out = append(out, &PSPropertyInfo{Name: n, Value: v, MemberType: kind, TypeNameOfValue: TypeName(v)})
		}
		return out, true
	case "typenames":
		names := TypeNames(m.Object)
		out := make([]any, len(names))
		for i, n := range names {
			out[i] = n
		}
		return out, true
	case "baseobject", "immediatebaseobject":
		return m.Object, true
	case "members":
		ms := Members(m.Object)
		out := make([]any, len(ms))
		for i := range ms {
			out[i] = &ms[i]
		}
		return out, true
	}
	return nil, false
}

// PSPropertyInfo describes one property, as .psobject.Properties lists it.
type PSPropertyInfo struct {
	Name            string
	Value           any
	MemberType      string
	TypeNameOfValue string
}

// String returns PowerShell's form: "string Name=x".
func (p *PSPropertyInfo) String() string {
	return shortTypeName(p.TypeNameOfValue) + " " + p.Name + "=" + ToString(p.Value)
}
