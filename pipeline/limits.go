package pipeline

import (
	"errors"
	"fmt"
)

// Limits is a session's memory budget: how large one collection, one
// string and one line of input may grow. Going past a limit is a
// terminating error that try/catch sees (ID "LimitExceeded", category
// LimitsExceeded), raised before the memory is allocated, so a hostile or
// unlucky script fails cleanly instead of the Go runtime dying of
// "out of memory".
type Limits struct {
	// MaxItems bounds the elements of one collection a script builds: an
	// array, a range made into an array, collected output (@( ), $( ),
	// $x = ...), what Sort-Object and Group-Object hold.
	MaxItems int
	// MaxStringBytes bounds one string a script builds (concatenation,
	// repetition, -join, [string]::new, Get-Content -Raw, Lua's
	// string.rep).
	MaxStringBytes int
	// MaxLineBytes bounds one line read from a file, a program or stdin.
	MaxLineBytes int
}

// DefaultLimits are the limits of a session that sets none: far above
// what real scripts build, well below what exhausts a server's memory.
func DefaultLimits() Limits {
	return Limits{MaxItems: 50_000_000, MaxStringBytes: 256 << 20, MaxLineBytes: 64 << 20}
}

// WithDefaults returns l with every zero limit replaced by its default.
func (l Limits) WithDefaults() Limits {
	d := DefaultLimits()
	if l.MaxItems == 0 {
		l.MaxItems = d.MaxItems
	}
	if l.MaxStringBytes == 0 {
		l.MaxStringBytes = d.MaxStringBytes
	}
	if l.MaxLineBytes == 0 {
		l.MaxLineBytes = d.MaxLineBytes
	}
	return l
}

// LimitedSession is the optional capability of a Session that has its own
// Limits; SessionLimits gives DefaultLimits for a Session without it.
type LimitedSession interface {
	Limits() Limits
}

// SessionLimits returns the limits of s (DefaultLimits if it sets none).
func SessionLimits(s Session) Limits {
	if ls, ok := s.(LimitedSession); ok {
		return ls.Limits().WithDefaults()
	}
	return DefaultLimits()
}

// ErrLimitExceeded is the cause of every limit error: errors.Is(err,
// ErrLimitExceeded) finds it.
var ErrLimitExceeded = errors.New("session limit exceeded")

// limitError says which limit a value would pass.
type limitError struct{ msg string }

func (e *limitError) Error() string { return e.msg }
func (e *limitError) Unwrap() error { return ErrLimitExceeded }

func limitRecord(msg string) *ErrorRecord {
	return &ErrorRecord{Err: &limitError{msg}, ID: "LimitExceeded", Category: LimitsExceeded, Terminating: true}
}

// CheckItems fails when a collection of n elements is over the limit.
func (l Limits) CheckItems(n int) error {
	if n > l.MaxItems && l.MaxItems > 0 {
		return limitRecord(fmt.Sprintf("The collection would have more than %d items, the session's limit (MaxItems).", l.MaxItems))
	}
	return nil
}

// CheckString fails when a string of n bytes is over the limit.
func (l Limits) CheckString(n int) error {
	if (n > l.MaxStringBytes && l.MaxStringBytes > 0) || n < 0 {
		return limitRecord(fmt.Sprintf("The string would be longer than %d bytes, the session's limit (MaxStringBytes).", l.MaxStringBytes))
	}
	return nil
}

// LineTooLong is the error for a line of input longer than MaxLineBytes;
// source names where it was read from.
func (l Limits) LineTooLong(source string) error {
	return limitRecord(fmt.Sprintf("A line of %s is longer than %d bytes, the session's limit (MaxLineBytes).", source, l.MaxLineBytes))
}
