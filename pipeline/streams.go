package pipeline

// Streams receives what commands write besides their output objects. The
// interpreter supplies it per pipeline, which is how redirections such as
// 2>&1, 3> and *> work.
type Streams struct {
	// Error gets each non-terminating error and the preference in force
	// (Continue shows it, SilentlyContinue only records it in $Error,
	// Ignore drops it).
	Error func(rec *ErrorRecord, pref ActionPreference)
	// Warning, Verbose and Debug get messages whose preference is Continue.
	Warning func(msg string)
	Verbose func(msg string)
	Debug   func(msg string)
	// Host gets text for the console: Write-Host and "What if:" messages.
	Host func(text string)
}

func (s *Streams) fill() {
	if s.Error == nil {
		s.Error = func(*ErrorRecord, ActionPreference) {}
	}
	if s.Warning == nil {
		s.Warning = func(string) {}
	}
	if s.Verbose == nil {
		s.Verbose = func(string) {}
	}
	if s.Debug == nil {
		s.Debug = func(string) {}
	}
	if s.Host == nil {
		s.Host = func(string) {}
	}
}
