package exchange

import (
	"testing"

	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/pipeline"
)

// TestDirectoryWriteErrorsNameTheObject: a write that failed because the
// whole directory file is locked or read-only names the object that was
// not written, before the directory's explanation.
func TestDirectoryWriteErrorsNameTheObject(t *testing.T) {
	locked := &directory.LockedError{Path: "/d/dir.db", Holder: "process 42 (pshd)"}
	readOnly := &directory.ReadOnlyError{Path: "/d/dir.db", Reason: "the file: this user may not write it"}
	cases := []struct {
		err    error
		target any
		id     string
		cat    pipeline.ErrorCategory
		want   string
	}{
		{locked, "Rand Zaher", "DirectoryLocked", pipeline.ResourceUnavailable,
			"Couldn't write 'Rand Zaher': The directory file /d/dir.db is locked by process 42 (pshd), which is writing to it, so nothing was written. Try again when it has finished."},
		{readOnly, directory.ObjectID{Canonical: "contoso.com/Users/Kim"}, "DirectoryReadOnly", pipeline.PermissionDenied,
			"Couldn't write 'contoso.com/Users/Kim': " + readOnly.Error()},
		{&directory.LockedError{Path: "/d/dir.db"}, nil, "DirectoryLocked", pipeline.ResourceUnavailable,
			"The directory file /d/dir.db is locked by another process that is writing to it (another psh or pshd), so nothing was written. Try again when it has finished."},
	}
	for _, c := range cases {
		rec := record(c.err, c.target)
		if rec.Err.Error() != c.want || rec.ID != c.id || rec.Category != c.cat {
			t.Errorf("record(%v, %v) = %s %s %q\nwant %s %s %q", c.err, c.target, rec.ID, rec.Category, rec.Err, c.id, c.cat, c.want)
		}
	}
}
