package shell

import (
	"errors"
	"fmt"
)

// WithUser makes the session run as identity, a user of the directory (UPN,
// alias, name, DOMAIN\alias, ...): every module that authorizes
// (pipeline.Module.Authorize, such as exchange.Module) gives the session
// only the cmdlets and parameters the user's management roles grant, the
// directory refuses changes outside the user's write scope, and the admin
// audit log names the user. The permissions are read once, here: a change
// of role assignments or group members applies to the next session.
//
// Without WithUser the Exchange cmdlets run as the directory's built-in
// Administrator (a member of Organization Management): the embedder that
// holds the directory file can change anything in it anyway. An embedder
// serving other people (the admin center, the mail services) must pass
// the signed-in account.
func WithUser(identity string) Option {
	return func(c *config) error {
		if c.userSet {
			return errors.New("shell: WithUser given twice")
		}
		if identity == "" {
			return errors.New(`shell: WithUser("")`)
		}
		c.user, c.userSet = identity, true
		return nil
	}
}

// authorize replaces each module that authorizes by the part of it the
// session's user may run.
func (c *config) authorize() error {
	if !c.userSet {
		return nil
	}
	found := false
	for i, m := range c.modules {
		if m.Authorize == nil {
			continue
		}
		found = true
		a, err := m.Authorize(c.user)
		if err != nil {
			return fmt.Errorf("shell: WithUser(%q): %w", c.user, err)
		}
		if c.modules[i], err = m.Restrict(a); err != nil {
			return err
		}
	}
	if !found {
		return fmt.Errorf("shell: WithUser(%q): no module checks permissions (add exchange.Module)", c.user)
	}
	return nil
}
