package directory

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestByteQuantifiedSize(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"2GB", "2 GB (2,147,483,648 bytes)"},
		{"2 gb", "2 GB (2,147,483,648 bytes)"},
		{"1.9 GB (2,040,109,465 bytes)", "1.9 GB (2,040,109,465 bytes)"},
		{"unlimited", "Unlimited"},
		{"500MB", "500 MB (524,288,000 bytes)"},
		{"35651584", "34 MB (35,651,584 bytes)"},
		{"100KB", "100 KB (102,400 bytes)"},
		{"10B", "10 B (10 bytes)"},
		{"0", "0 B (0 bytes)"},
	} {
		got, err := ParseByteQuantifiedSize(tt.in)
		if err != nil || got.String() != tt.want {
			t.Errorf("ParseByteQuantifiedSize(%q) = %v, %v; want %s", tt.in, got, err, tt.want)
		}
	}
	for _, in := range []string{"", "lots", "-1GB", "2XB", "1 GB (12 apples)"} {
		if _, err := ParseByteQuantifiedSize(in); err == nil {
			t.Errorf("ParseByteQuantifiedSize(%q) accepted it", in)
		}
	}
	_, err := ParseByteQuantifiedSize("lots")
	if want := `"lots" is not a size: use a number with a unit such as "2GB" or "500 MB", a number of bytes, or "Unlimited"`; err.Error() != want {
		t.Errorf("error %q, want %q", err, want)
	}
}

func TestEnhancedTimeSpan(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"14.00:00:00", "14.00:00:00"},
		{"30", "30.00:00:00"},
		{"01:30:00", "01:30:00"},
		{"1:30", "01:30:00"},
		{"2.03:04:05", "2.03:04:05"},
	} {
		got, err := ParseEnhancedTimeSpan(tt.in)
		if err != nil || got.String() != tt.want {
			t.Errorf("ParseEnhancedTimeSpan(%q) = %v, %v; want %s", tt.in, got, err, tt.want)
		}
	}
	for _, in := range []string{"", "soon", "1.25:00:00", "00:61:00", "1:2:3:4"} {
		if _, err := ParseEnhancedTimeSpan(in); err == nil {
			t.Errorf("ParseEnhancedTimeSpan(%q) accepted it", in)
		}
	}
}

// TestAttributesRoundTrip: document attributes are stored, read back with
// their defaults when unset, and filterable ones filter in SQL.
func TestAttributesRoundTrip(t *testing.T) {
	s := demoStore(t)
	ctx := context.Background()
	rand, _ := s.Resolve(ctx, KindMailbox, "Rand Zaher")
	if v := rand.Attribute("RetainDeletedItemsFor"); v != (EnhancedTimeSpan{14 * 24 * time.Hour}) {
		t.Errorf("default RetainDeletedItemsFor = %v", v)
	}
	quota, _ := ParseByteQuantifiedSize("1.9 GB (2,040,109,465 bytes)")
	_, err := modify(t, s, rand.Guid, func(r *Recipient) error {
		for name, v := range map[string]any{"AuditEnabled": true, "ProhibitSendQuota": quota,
			"RetainDeletedItemsFor": EnhancedTimeSpan{30 * 24 * time.Hour}, "SeniorityIndex": int32(7)} {
			if err := r.SetAttribute(name, v); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	got, _ := s.Get(ctx, rand.Guid)
	for name, want := range map[string]any{"AuditEnabled": true, "ProhibitSendQuota": quota,
		"RetainDeletedItemsFor": EnhancedTimeSpan{30 * 24 * time.Hour}, "SeniorityIndex": int32(7),
		"LitigationHoldEnabled": false, "MaxSendSize": unlimited} {
		if v := got.Attribute(name); v != want {
			t.Errorf("%s = %v, want %v", name, v, want)
		}
	}
	if err := got.SetAttribute("AuditEnabled", "yes"); err == nil {
		t.Error("SetAttribute took a string for a bool")
	}
	for _, tt := range []struct {
		filter string
		want   int
	}{{"AuditEnabled -eq $true", 1}, {"AuditEnabled -eq $false", len(all(t, s, KindMailbox)) - 1}} {
		res, err := s.Query(ctx, Query{Kind: KindMailbox, Filter: compile(t, "Get-Mailbox", tt.filter), ResultSize: 100000})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Recipients) != tt.want {
			t.Errorf("%s: %d mailboxes, want %d", tt.filter, len(res.Recipients), tt.want)
		}
	}
}

// TestAttributeFilterUsesIndex: a filter on a filterable document attribute
// runs on its expression index, not a scan.
func TestAttributeFilterUsesIndex(t *testing.T) {
	db, err := sql.Open("sqlite", "file:"+migratedFile(t, SchemaVersion))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a, _ := attributeNamed("LitigationHoldEnabled")
	var id, parent, notused int
	var detail string
	err = db.QueryRow("EXPLAIN QUERY PLAN SELECT id FROM recipients r WHERE "+attrColumn(a, "r.")+" = 1").Scan(&id, &parent, &notused, &detail)
	if err != nil {
		t.Fatal(err)
	}
	if want := "INDEX recipients_attr_LitigationHoldEnabled (<expr>=?)"; !strings.HasPrefix(detail, "SEARCH r USING") || !strings.HasSuffix(detail, want) {
		t.Errorf("plan %q, want a search using %q", detail, want)
	}
}

// TestMigrateReleaseFile opens a directory file the previous release
// (commit 6248720, schema version 4) wrote: it is backed up, migrated, and
// its recipients read as before and take the new attributes.
func TestMigrateReleaseFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "release.db")
	copyFile(t, filepath.Join("testdata", "release-6248720.db"), path)
	s, err := Open(path, WithClock(testClock))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	ann, err := s.Resolve(ctx, KindMailbox, "ann")
	if err != nil {
		t.Fatal(err)
	}
	if ann.Name != "Ann Old" || ann.PopEnabled || !ann.ImapEnabled || !ann.HasPassword() {
		t.Errorf("migrated mailbox: %+v", ann)
	}
	if _, err := modify(t, s, ann.Guid, func(r *Recipient) error { return r.SetAttribute("SingleItemRecoveryEnabled", true) }); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if v := userVersion(t, path); v != SchemaVersion {
		t.Errorf("user_version = %d, want %d", v, SchemaVersion)
	}
	if fi, err := os.Stat(path + ".v4.bak"); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("backup: %v, %v; want mode 0600 as the file", fi, err)
	}
	if v := userVersion(t, path+".v4.bak"); v != 4 {
		t.Errorf("backup's user_version = %d, want 4", v)
	}
	// The backup is the old file, unchanged.
	db, err := sql.Open("sqlite", "file:"+path+".v4.bak?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var name string
	if err := db.QueryRow("SELECT name FROM recipients WHERE alias = 'ann'").Scan(&name); err != nil || name != "Ann Old" {
		t.Errorf("backup: %q, %v", name, err)
	}
	if err := db.QueryRow("SELECT attrs FROM recipients").Scan(&name); err == nil {
		t.Error("the backup has the new column")
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err == nil {
		err = os.WriteFile(to, b, 0o600)
	}
	if err != nil {
		t.Fatal(err)
	}
}
