package directory

import (
	"database/sql/driver"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/psh-project/psh/pipeline"
)

// column describes one column of the recipients table: its name, where its
// value lives in a Recipient, and whether the column is indexed.
type column struct {
	name    string
	ptr     func(r *Recipient) any // *string, *bool, *time.Time, *Guid, *RecipientType, ...
	indexed bool
}

// recipientColumns is the order of the recipients table's data columns (the
// rowid "id" and "ou_id" are handled separately): those schema version 1
// created, then those later migration steps added. It is read-only.
var recipientColumns = slices.Concat(v1Columns, addedColumns)

// addedColumns are the columns migration steps after version 1 added, in
// the order they were added (ALTER TABLE appends). A new column is appended
// here and gets its own step in migrations.
var addedColumns = []column{
	{"mapi_block_outlook_rpc_http", func(r *Recipient) any { return &r.MAPIBlockOutlookRpcHttp }, false}, // 3 -> 4; not filterable
	{"attrs", func(r *Recipient) any { return &r.attrs }, false},                                         // 5 -> 6; the document of attrs.go, indexed by expression
}

// v1Columns are the data columns of the recipients table as schema version
// 1 created them. Step 0 -> 1 is built from this list, so it never changes:
// new columns go to addedColumns.
var v1Columns = []column{
	{"guid", func(r *Recipient) any { return &r.Guid }, false}, // UNIQUE
	{"identity", func(r *Recipient) any { return &r.Identity }, false},
	{"distinguished_name", func(r *Recipient) any { return &r.DistinguishedName }, false},
	{"name", func(r *Recipient) any { return &r.Name }, true},
	{"alias", func(r *Recipient) any { return &r.Alias }, true},
	{"display_name", func(r *Recipient) any { return &r.DisplayName }, true},
	{"first_name", func(r *Recipient) any { return &r.FirstName }, true},
	{"last_name", func(r *Recipient) any { return &r.LastName }, true},
	{"initials", func(r *Recipient) any { return &r.Initials }, true},
	{"user_principal_name", func(r *Recipient) any { return &r.UserPrincipalName }, true},
	{"sam_account_name", func(r *Recipient) any { return &r.SamAccountName }, true},
	{"primary_smtp_address", func(r *Recipient) any { return &r.PrimarySmtpAddress }, true},
	{"recipient_type", func(r *Recipient) any { return (*string)(&r.RecipientType) }, true},
	{"recipient_type_details", func(r *Recipient) any { return (*string)(&r.RecipientTypeDetails) }, true},
	{"department", func(r *Recipient) any { return &r.Department }, true},
	{"title", func(r *Recipient) any { return &r.Title }, true},
	{"company", func(r *Recipient) any { return &r.Company }, true},
	{"office", func(r *Recipient) any { return &r.Office }, true},
	{"city", func(r *Recipient) any { return &r.City }, true},
	{"state_or_province", func(r *Recipient) any { return &r.StateOrProvince }, true},
	{"country_or_region", func(r *Recipient) any { return &r.CountryOrRegion }, true},
	{"phone", func(r *Recipient) any { return &r.Phone }, true},
	{"manager", func(r *Recipient) any { return &r.Manager }, true},
	{"custom_attribute1", func(r *Recipient) any { return &r.CustomAttribute1 }, true},
	{"custom_attribute2", func(r *Recipient) any { return &r.CustomAttribute2 }, true},
	{"custom_attribute3", func(r *Recipient) any { return &r.CustomAttribute3 }, true},
	{"custom_attribute4", func(r *Recipient) any { return &r.CustomAttribute4 }, true},
	{"custom_attribute5", func(r *Recipient) any { return &r.CustomAttribute5 }, true},
	{"custom_attribute6", func(r *Recipient) any { return &r.CustomAttribute6 }, true},
	{"custom_attribute7", func(r *Recipient) any { return &r.CustomAttribute7 }, true},
	{"custom_attribute8", func(r *Recipient) any { return &r.CustomAttribute8 }, true},
	{"custom_attribute9", func(r *Recipient) any { return &r.CustomAttribute9 }, true},
	{"custom_attribute10", func(r *Recipient) any { return &r.CustomAttribute10 }, true},
	{"custom_attribute11", func(r *Recipient) any { return &r.CustomAttribute11 }, true},
	{"custom_attribute12", func(r *Recipient) any { return &r.CustomAttribute12 }, true},
	{"custom_attribute13", func(r *Recipient) any { return &r.CustomAttribute13 }, true},
	{"custom_attribute14", func(r *Recipient) any { return &r.CustomAttribute14 }, true},
	{"custom_attribute15", func(r *Recipient) any { return &r.CustomAttribute15 }, true},
	{"hidden_from_address_lists_enabled", func(r *Recipient) any { return &r.HiddenFromAddressListsEnabled }, true},
	{"email_address_policy_enabled", func(r *Recipient) any { return &r.EmailAddressPolicyEnabled }, true},
	{"when_created", func(r *Recipient) any { return &r.WhenCreated }, true},
	{"when_changed", func(r *Recipient) any { return &r.WhenChanged }, true},
	{"pop_enabled", func(r *Recipient) any { return &r.PopEnabled }, false}, // recipients_pop_imap serves it
	{"imap_enabled", func(r *Recipient) any { return &r.ImapEnabled }, true},
	{"owa_enabled", func(r *Recipient) any { return &r.OWAEnabled }, true},
	{"active_sync_enabled", func(r *Recipient) any { return &r.ActiveSyncEnabled }, true},
	{"mapi_enabled", func(r *Recipient) any { return &r.MAPIEnabled }, true},
	{"ews_enabled", func(r *Recipient) any { return &r.EwsEnabled }, true},
	{"ecp_enabled", func(r *Recipient) any { return &r.ECPEnabled }, true},
	{"pop_use_protocol_defaults", func(r *Recipient) any { return &r.PopUseProtocolDefaults }, false},
	{"pop_suppress_read_receipt", func(r *Recipient) any { return &r.PopSuppressReadReceipt }, false},
	{"pop_force_ical", func(r *Recipient) any { return &r.PopForceICalForCalendarRetrievalOption }, false},
	{"pop_exact_rfc822_size", func(r *Recipient) any { return &r.PopEnableExactRFC822Size }, false},
	{"pop_mime_format", func(r *Recipient) any { return (*string)(&r.PopMessagesRetrievalMimeFormat) }, false},
	{"imap_use_protocol_defaults", func(r *Recipient) any { return &r.ImapUseProtocolDefaults }, false},
	{"imap_suppress_read_receipt", func(r *Recipient) any { return &r.ImapSuppressReadReceipt }, false},
	{"imap_force_ical", func(r *Recipient) any { return &r.ImapForceICalForCalendarRetrievalOption }, false},
	{"imap_exact_rfc822_size", func(r *Recipient) any { return &r.ImapEnableExactRFC822Size }, false},
	{"imap_mime_format", func(r *Recipient) any { return (*string)(&r.ImapMessagesRetrievalMimeFormat) }, false},
}

// equal reports whether the column holds the same value in r and o.
func (c column) equal(r, o *Recipient) bool {
	switch p := c.ptr(r).(type) {
	case *string:
		return *p == *c.ptr(o).(*string)
	case *bool:
		return *p == *c.ptr(o).(*bool)
	case *time.Time:
		return p.Equal(*c.ptr(o).(*time.Time))
	case *Guid:
		return *p == *c.ptr(o).(*Guid)
	}
	return dbValue(c.ptr(r)) == dbValue(c.ptr(o))
}

// sqlType returns the column's declared type for the CREATE TABLE statement.
func (c column) sqlType() string {
	switch c.ptr(&Recipient{}).(type) {
	case *bool:
		return "INTEGER NOT NULL DEFAULT 0"
	case *time.Time:
		return "INTEGER"
	case *Guid:
		return "TEXT NOT NULL"
	default:
		return "TEXT COLLATE NOCASE"
	}
}

// dbValue converts the field p points to into the value stored in SQLite,
// following the storage conventions of package filter: empty strings are
// NULL, bools 0/1, times Unix nanoseconds UTC, GUIDs lower-case text.
func dbValue(p any) any {
	switch v := p.(type) {
	case *string:
		if *v == "" {
			return nil
		}
		return *v
	case *bool:
		if *v {
			return int64(1)
		}
		return int64(0)
	case *time.Time:
		if v.IsZero() {
			return nil
		}
		return v.UnixNano()
	case *Guid:
		return v.String()
	}
	panic(fmt.Sprintf("directory: no storage for %T", p))
}

// assign stores the SQLite value src into the field p points to, following
// the storage conventions (the inverse of dbValue).
func assign(p, src any) error {
	switch v := p.(type) {
	case *string:
		switch x := src.(type) {
		case nil:
			*v = ""
		case string:
			*v = x
		case []byte:
			*v = string(x)
		default:
			*v = fmt.Sprint(x)
		}
		return nil
	case *bool:
		n, err := asInt(src)
		*v = n != 0
		return err
	case *int64:
		n, err := asInt(src)
		*v = n
		return err
	}
	return scanner{p}.Scan(src)
}

// scanner wraps a field pointer as a sql.Scanner that understands the
// storage conventions.
type scanner struct{ p any }

// Scan implements sql.Scanner.
func (s scanner) Scan(src any) error {
	switch v := s.p.(type) {
	case *string:
		switch x := src.(type) {
		case nil:
			*v = ""
		case string:
			*v = x
		case []byte:
			*v = string(x)
		default:
			*v = fmt.Sprint(x)
		}
	case *bool:
		n, err := asInt(src)
		*v = n != 0
		return err
	case *time.Time:
		if src == nil {
			*v = time.Time{}
			return nil
		}
		n, err := asInt(src)
		*v = time.Unix(0, n).UTC()
		return err
	case *Guid:
		str, _ := src.(string)
		g, err := pipeline.ParseGuid(str)
		*v = g
		return err
	case *int64:
		n, err := asInt(src)
		*v = n
		return err
	default:
		return fmt.Errorf("directory: cannot scan into %T", s.p)
	}
	return nil
}

func asInt(src any) (int64, error) {
	switch x := src.(type) {
	case nil:
		return 0, nil
	case int64:
		return x, nil
	case string:
		return strconv.ParseInt(x, 10, 64)
	case []byte:
		return strconv.ParseInt(string(x), 10, 64)
	}
	return 0, fmt.Errorf("directory: unexpected %T in an integer column", src)
}

var _ driver.Value = int64(0)
