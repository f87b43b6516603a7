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

// FileError reports a directory file psh can't use: not an SQLite
// database, another program's database, a schema version no psh writes, a
// path that can't be opened. Nothing was written to the file.
type FileError struct {
	Path    string
	Problem string // what is wrong, after "The directory file PATH "
	Advice  string // what to do
	Err     error  // the underlying error, if any
}

// Error names the file, the problem and what to do.
func (e *FileError) Error() string {
	return fmt.Sprintf("The directory file %s %s. %s", e.Path, e.Problem, e.Advice)
}

// Unwrap returns the underlying error.
func (e *FileError) Unwrap() error { return e.Err }

// LockedError reports a change that could not be written because another
// process holds the directory file's write lock. A batch waits for the
// lock once (the busy timeout, WithBusyTimeout) and then fails its
// remaining objects at once with the same error instead of waiting again
// for each.
type LockedError struct {
	Path   string
	Holder string // who holds the lock, as far as the OS tells ("process 4242 (pshd)"), or ""
	Err    error  // SQLite's error
}

// Error names the file and, when known, the process holding the lock.
func (e *LockedError) Error() string {
	who := "another process that is writing to it (another psh or pshd)"
	if e.Holder != "" {
		who = e.Holder + ", which is writing to it"
	}
	return fmt.Sprintf("The directory file %s is locked by %s, so nothing was written. Try again when it has finished.", e.Path, who)
}

// Unwrap returns SQLite's error.
func (e *LockedError) Unwrap() error { return e.Err }

// ReadOnlyError reports a change to a directory file psh opened read-only
// (the file or its folder is not writable, or the file system is mounted
// read-only): reads work, writes fail.
type ReadOnlyError struct {
	Path   string
	Reason string // why it is read-only
}

// Error names the file and why it can't be written.
func (e *ReadOnlyError) Error() string {
	return fmt.Sprintf("The directory file %s is read-only (%s), so nothing was written. psh can read it; to change it, make it and its folder writable for this user, or name another file with -Directory or $PSH_DIRECTORY.", e.Path, e.Reason)
}
