package main

import (
	"bytes"
	"os"
	"testing"
)

// TestReproducesTheTable: the generator, run on the reference, writes
// filterprops_gen.go byte for byte.
func TestReproducesTheTable(t *testing.T) {
	src, err := os.Open("../../../../shared/reference/opath.md")
	if err != nil {
		if os.Getenv("CI") == "" {
			t.Skipf("the reference is not beside the repository: %v", err)
		}
		t.Fatal(err)
	}
	defer src.Close()
	got, err := generate(src)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../filterprops_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("go generate ./directory would change filterprops_gen.go: run it and commit the result")
	}
}

// TestPropType pins the mapping from the reference's value types and flags.
func TestPropType(t *testing.T) {
	cases := []struct{ name, value, flags, want string }{
		{"AcceptMessagesOnlyFrom", "DN; $null", "MV-contains,needs-DN", "propMultiString"},
		{"ManagedFolderMailboxPolicy", "DN; $null", "needs-DN", "propDN"},
		{"Guid", "string", "", "propGuid"},
		{"ArchiveGuid", "string", "", "propString"},
		{"ArchiveStatus", "enum: None, Active", "", "propEnum"},
		{"MailboxMoveFlags", "enum (see MoveRequest docs)", "MV-equals", "propString"},
		{"RecipientLimits", "int or Unlimited", "", "propString"},
		{"SCLDeleteValue", "int (SCL-encoded); $null", "", "propInt"},
		{"WhenCreated", "DateTime", "", "propDate"},
		{"IsInactiveMailbox", "bool; $null", "", "propBool"},
		{"ProhibitSendQuota", "size or Unlimited", "only-Unlimited", "propString"},
	}
	for _, c := range cases {
		if got, _ := propType(c.name, c.value, c.flags); got != c.want {
			t.Errorf("propType(%s, %q, %q) = %s, want %s", c.name, c.value, c.flags, got, c.want)
		}
	}
}
