package pipeline

import "sync"

// patternCache holds recently compiled patterns (regular expressions,
// wildcards) by pattern text and case-sensitivity. It is cleared when it
// reaches patternCacheMax entries, so it stays bounded whatever patterns a
// script builds.
type patternCache[V any] struct {
	mu sync.Mutex
	m  map[patternKey]V
}

type patternKey struct {
	pattern       string
	caseSensitive bool
}

const patternCacheMax = 512

// get returns the cached compilation of pattern, compiling and caching it
// when missing; a failed compilation is not cached.
func (c *patternCache[V]) get(pattern string, caseSensitive bool, compile func(string, bool) (V, error)) (V, error) {
	k := patternKey{pattern, caseSensitive}
	c.mu.Lock()
	v, ok := c.m[k]
	c.mu.Unlock()
	if ok {
		return v, nil
	}
	v, err := compile(pattern, caseSensitive)
	if err != nil {
		return v, err
	}
	c.mu.Lock()
	if c.m == nil || len(c.m) >= patternCacheMax {
		c.m = make(map[patternKey]V)
	}
	c.m[k] = v
	c.mu.Unlock()
	return v, nil
}
