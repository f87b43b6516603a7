package core

// The harness's fakeSession has no environment and no functions; these
// methods complete pipeline.Session for it.

func (s *fakeSession) LookupEnv(string) (string, bool) { return "", false }
func (s *fakeSession) Environ() []string               { return nil }
func (s *fakeSession) Setenv(string, string) error     { return nil }
func (s *fakeSession) Unsetenv(string) error           { return nil }
func (s *fakeSession) SetFunction(string, any) error   { return nil }
func (s *fakeSession) RemoveFunction(string) error     { return nil }
func (s *fakeSession) RemoveAlias(name string) error {
	delete(s.aliases, name)
	return nil
}
