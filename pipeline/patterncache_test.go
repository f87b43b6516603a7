package pipeline

import (
	"errors"
	"strconv"
	"testing"
)

// TestPatternCacheBounded: the cache compiles a pattern once, keeps case
// variants apart, never keeps a failure and never holds more than
// patternCacheMax entries.
func TestPatternCacheBounded(t *testing.T) {
	var c patternCache[string]
	calls := 0
	compile := func(p string, cs bool) (string, error) {
		calls++
		if p == "bad" {
			return "", errors.New("bad pattern")
		}
		return p + strconv.FormatBool(cs), nil
	}
	for range 2 {
		if v, err := c.get("a", true, compile); v != "atrue" || err != nil {
			t.Fatalf("get(a, true) = %q, %v", v, err)
		}
	}
	if v, _ := c.get("a", false, compile); v != "afalse" || calls != 2 {
		t.Errorf("get(a, false) = %q after %d compilations; want afalse after 2", v, calls)
	}
	for range 2 {
		if _, err := c.get("bad", true, compile); err == nil {
			t.Error("a failed compilation was cached")
		}
	}
	for i := range 3 * patternCacheMax {
		_, _ = c.get(strconv.Itoa(i), true, compile)
		if len(c.m) > patternCacheMax {
			t.Fatalf("%d entries after %d patterns", len(c.m), i+1)
		}
	}
}
