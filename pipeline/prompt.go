package pipeline

import "errors"

// PromptHost is the optional capability of a Session that says whether its
// host can ask the person anything (a -Confirm question, Read-Host). A
// Session without it is taken to be able to.
type PromptHost interface {
	// CanPrompt is false under -NonInteractive and in an embedded shell
	// given no standard input.
	CanPrompt() bool
}

// ErrNonInteractive is the error of a prompt the host cannot show,
// PowerShell's text for a host started with -NonInteractive.
var ErrNonInteractive = errors.New("PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.")

// CanPrompt reports whether s's host can ask the person a question.
func CanPrompt(s Session) bool {
	p, ok := s.(PromptHost)
	return !ok || p.CanPrompt()
}

// NonInteractiveError is the error of a command that needed to prompt in a
// session that cannot; returned from Process it ends the statement, and
// the command changes nothing.
func NonInteractiveError(target any) *ErrorRecord {
	return &ErrorRecord{Err: ErrNonInteractive, ID: "HostException", Category: InvalidOperation, Target: target}
}
