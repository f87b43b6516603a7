package pipeline

// Capability is a kind of access to the host that a shell has only when
// the program embedding it grants it (package shell: WithFileSystem,
// WithNativeCommands, WithHostEnvironment). A bare shell has none: its
// scripts reach nothing outside the session but what its modules offer.
type Capability int

const (
	// FileSystem is reading, writing, listing and deleting files and
	// directories: the [IO.File] and [IO.Directory] statics, redirection
	// to a file, the content and item cmdlets, running and dot-sourcing
	// .ps1 files, Import-Module of a file.
	FileSystem Capability = iota + 1
	// Processes is starting programs (native commands).
	Processes
	// HostEnvironment is reading facts about the machine and the process
	// outside the session: the host and user name, the OS version, the
	// number of processors, the uptime, the process id. The session's own
	// environment ($env:, which the embedder fills with WithEnv) needs no
	// capability.
	HostEnvironment
)

// String names the capability as its error messages do.
func (c Capability) String() string {
	switch c {
	case FileSystem:
		return "file-system access"
	case Processes:
		return "permission to run programs"
	case HostEnvironment:
		return "access to the host environment"
	}
	return "an unknown capability"
}

// Option is the shell option that grants the capability.
func (c Capability) Option() string {
	switch c {
	case FileSystem:
		return "shell.WithFileSystem(true)"
	case Processes:
		return "shell.WithNativeCommands(true)"
	case HostEnvironment:
		return "shell.WithHostEnvironment(true)"
	}
	return ""
}

// CapabilityHolder is the optional interface of a Session that has been
// granted capabilities.
type CapabilityHolder interface {
	// Allows reports whether the session has capability c.
	Allows(c Capability) bool
}

// Allows reports whether session s has capability c. A nil session, or one
// that does not implement CapabilityHolder, has none.
func Allows(s Session, c Capability) bool {
	h, ok := s.(CapabilityHolder)
	return ok && h.Allows(c)
}

// CapabilityError says that what needed a capability the shell does not
// have, and how the embedder grants it.
type CapabilityError struct {
	Capability Capability
	What       string
}

// Error is the message a script sees.
func (e *CapabilityError) Error() string {
	return e.What + " needs " + e.Capability.String() + ", which this shell does not have. " +
		"The program embedding psh grants it with " + e.Capability.Option() + "."
}

// Require returns nil when s has capability c; otherwise a PermissionDenied
// error record (ID CapabilityDisabled) saying that what needed it.
func Require(s Session, c Capability, what string) error {
	if Allows(s, c) {
		return nil
	}
	return NewError(&CapabilityError{Capability: c, What: what}, "CapabilityDisabled", PermissionDenied, nil)
}
