package lua

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"

	glua "github.com/yuin/gopher-lua"
	"github.com/yuin/gopher-lua/parse"
)

// Error is an error raised by Lua code: a runtime error, error(...), a
// failed declaration or a compile error. File is the chunk name (the path
// given to Import-Module); Line is 0 when Lua gave no position.
type Error struct {
	File string
	Line int
	Msg  string
}

// Error returns "file.lua:line: message", as Lua itself prints errors.
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	if e.File != "" {
		return e.File + ": " + e.Msg
	}
	return e.Msg
}

// stopSignal is the message of the Lua error raised to unwind a script
// when a Go callback must stop it (the pipeline stopped, ctx cancelled);
// the real Go error is kept in state.pending.
const stopSignal = "psh: pipeline stopped"

// luaError turns a gopher-lua error into an *Error positioned in chunk.
func luaError(chunk string, err error) *Error {
	var ae *glua.ApiError
	if !errors.As(err, &ae) {
		return &Error{File: chunk, Msg: err.Error()}
	}
	if ae.Type == glua.ApiErrorSyntax && ae.Cause != nil {
		return compileError(chunk, ae.Cause)
	}
	msg := ae.Object.String()
	if ae.Type == glua.ApiErrorPanic {
		msg = "internal error: " + msg
	}
	return splitPosition(chunk, msg)
}

// splitPosition parses a "chunk:line: message" prefix.
func splitPosition(chunk, msg string) *Error {
	if rest, ok := strings.CutPrefix(msg, chunk+":"); ok {
		if num, text, ok := strings.Cut(rest, ":"); ok {
			if n, err := strconv.Atoi(num); err == nil {
				return &Error{File: chunk, Line: n, Msg: strings.TrimPrefix(text, " ")}
			}
		}
	}
	if m := positioned().FindStringSubmatch(msg); m != nil {
		n, _ := strconv.Atoi(m[2])
		return &Error{File: m[1], Line: n, Msg: m[3]}
	}
	return &Error{File: chunk, Msg: msg}
}

// positioned matches the "name:line: message" of code loaded with
// loadstring, whose chunk name is not the module's.
var positioned = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?s)^(.+?):(\d+): (.*)$`) })

// compileError positions a parse or compile error of gopher-lua.
func compileError(chunk string, err error) *Error {
	var pe *parse.Error
	if errors.As(err, &pe) {
		msg := pe.Message
		if pe.Pos.Line == parse.EOF {
			return &Error{File: chunk, Msg: msg + " at end of file"}
		}
		if pe.Token != "" {
			msg += " near '" + pe.Token + "'"
		}
		return &Error{File: chunk, Line: pe.Pos.Line, Msg: msg}
	}
	var ce *glua.CompileError
	if errors.As(err, &ce) {
		return &Error{File: chunk, Line: ce.Line, Msg: ce.Message}
	}
	return &Error{File: chunk, Msg: err.Error()}
}
