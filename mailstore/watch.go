package mailstore

// Watch returns a channel that receives a value (coalesced) whenever a
// message is delivered to the mailbox by this Store, and a function that
// stops watching. IMAP IDLE sessions use it.
func (s *Store) Watch(guid string) (<-chan struct{}, func()) {
	ch := make(chan struct{}, 1)
	s.mu.Lock()
	if s.watchers[guid] == nil {
		s.watchers[guid] = map[chan struct{}]struct{}{}
	}
	s.watchers[guid][ch] = struct{}{}
	s.mu.Unlock()
	return ch, func() {
		s.mu.Lock()
		delete(s.watchers[guid], ch)
		if len(s.watchers[guid]) == 0 {
			delete(s.watchers, guid)
		}
		s.mu.Unlock()
	}
}

func (s *Store) notify(guid string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for ch := range s.watchers[guid] {
		select {
		case ch <- struct{}{}:
		default:
		}
	}
}
