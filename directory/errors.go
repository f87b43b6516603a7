package directory

import (
	"errors"
	"fmt"
)

// NotFoundError is Exchange's ManagementObjectNotFoundException: an identity
// that names no object. Cmdlets report it as a non-terminating error.
type NotFoundError struct {
	Identity string // as the user wrote it
	Server   string // the domain controller named in the text
}

// Error returns Exchange's message text.
func (e *NotFoundError) Error() string {
	return fmt.Sprintf("The operation couldn't be performed because object '%s' couldn't be found on '%s'.", e.Identity, e.Server)
}

// ExceptionName is the .NET exception Exchange raises for this error.
func (e *NotFoundError) ExceptionName() string { return "ManagementObjectNotFoundException" }

// AmbiguousError is Exchange's ManagementObjectAmbiguousException: an identity
// that names several objects. Matches holds their identities.
type AmbiguousError struct {
	Identity string
	Matches  []string
}

// Error returns Exchange's message text.
func (e *AmbiguousError) Error() string {
	return fmt.Sprintf("The operation couldn't be performed because '%s' matches multiple entries.", e.Identity)
}

// ExceptionName is the .NET exception Exchange raises for this error.
func (e *AmbiguousError) ExceptionName() string { return "ManagementObjectAmbiguousException" }

// OUNotFoundError reports an -OrganizationalUnit (or -Path) that names no OU.
type OUNotFoundError struct{ Identity string }

// Error returns the message text.
func (e *OUNotFoundError) Error() string {
	return fmt.Sprintf("The organizational unit \"%s\" was not found. Please make sure you have typed it correctly.", e.Identity)
}

// ExceptionName is the .NET exception Exchange raises for this error.
func (e *OUNotFoundError) ExceptionName() string { return "ManagementObjectNotFoundException" }

// ValidationError rejects a change that would break the directory's rules
// (a duplicate name or address, a missing value, a bad domain); nothing was
// written.
type ValidationError struct{ Message string }

// Error returns the message text.
func (e *ValidationError) Error() string { return e.Message }

// ExceptionName is the .NET exception class the error corresponds to.
func (e *ValidationError) ExceptionName() string { return "DataValidationException" }

// ErrAdministratorProtocol is returned when a change would enable POP3 or
// IMAP4 on the Administrator mailbox; nothing is written.
var ErrAdministratorProtocol = errors.New("POP3 and IMAP4 can't be enabled for the Administrator mailbox: you can't use POP3 or IMAP4 to connect to it.")

// ErrUnchanged is returned by Batch.Modify and ModifyFrom when the change
// leaves the record as it was: nothing is written (the version and
// WhenChanged stay). Exchange's Set- cmdlets warn that no settings were
// modified.
var ErrUnchanged = errors.New("directory: the change leaves the record as it was")

// ErrBatchDone is returned by a Batch used after Commit or Rollback.
var ErrBatchDone = errors.New("directory: the batch has already been committed or rolled back")
