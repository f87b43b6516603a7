package core

import (
	"reflect"
	"time"

	"github.com/psh-project/psh/pipeline"
)

// .NET TimeSpan tick rates (a tick is 100 ns).
const (
	ticksPerMicrosecond = 10
	ticksPerMillisecond = 10_000
	ticksPerSecond      = 10_000_000
	ticksPerMinute      = 60 * ticksPerSecond
	ticksPerHour        = 60 * ticksPerMinute
	ticksPerDay         = 24 * ticksPerHour
)

// timeSpanMembers are a TimeSpan's properties as ConvertTo-Json writes them
// in PowerShell 7.4 (.NET 8 declaration order), computed as .NET does.
func timeSpanMembers(d time.Duration) []jsonMember {
	t := int64(d / 100)
	f := float64(t)
	return []jsonMember{
		{"Ticks", t},
		{"Days", int32(t / ticksPerDay)},
		{"Hours", int32(t / ticksPerHour % 24)},
		{"Milliseconds", int32(t / ticksPerMillisecond % 1000)},
		{"Microseconds", int32(t / ticksPerMicrosecond % 1000)},
		{"Nanoseconds", int32(t % ticksPerMicrosecond * 100)},
		{"Minutes", int32(t / ticksPerMinute % 60)},
		{"Seconds", int32(t / ticksPerSecond % 60)},
		{"TotalDays", f / ticksPerDay},
		{"TotalHours", f / ticksPerHour},
		{"TotalMilliseconds", f / ticksPerMillisecond},
		{"TotalMicroseconds", f / ticksPerMicrosecond},
		{"TotalNanoseconds", f * 100},
		{"TotalMinutes", f / ticksPerMinute},
		{"TotalSeconds", f / ticksPerSecond},
	}
}

// jsonMember is one name and value of an object being written.
type jsonMember struct {
	name  string
	value any
}

// enumNumber returns the .NET number of a string enum value whose type lists
// its names in the order of their .NET numbers (index = number), so
// ConvertTo-Json writes the number as PowerShell does. Only
// ActionPreference is known to do so; other string enums (Exchange's
// RecipientTypeDetails is a flags enum, for one) are written by name.
func enumNumber(rv reflect.Value) (int64, bool) {
	if rv.Type() != reflect.TypeFor[pipeline.ActionPreference]() {
		return 0, false
	}
	ev, ok := rv.Interface().(pipeline.EnumValues)
	if !ok {
		return 0, false
	}
	for i, n := range ev.Values() {
		if n == rv.String() {
			return int64(i), true
		}
	}
	return 0, false
}
