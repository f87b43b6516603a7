package directory

import (
	"strings"
	"time"

	"github.com/psh-project/psh/filter"
)

//go:generate go run ./internal/genfilterprops -src ../../shared/reference/opath.md -out filterprops_gen.go

// propType is the filter type of a generated property row (filterprops_gen.go
// cannot name filter's constants before the table is converted).
type propType int

const (
	propString propType = iota
	propBool
	propInt
	propDate
	propGuid
	propEnum
	propMultiString
	propDN
)

// cmdletMask says which Get-* cmdlets can filter on a property.
type cmdletMask uint8

const (
	inMailbox cmdletMask = 1 << iota
	inUser
	inRecipient
	inCASMailbox
)

// propRow is one row of the filterable-property table.
type propRow struct {
	name   string
	typ    propType
	values []string
	in     cmdletMask
}

var filterTypes = [...]filter.Type{
	propString: filter.String, propBool: filter.Bool, propInt: filter.Int, propDate: filter.Date,
	propGuid: filter.Guid, propEnum: filter.Enum, propMultiString: filter.MultiString, propDN: filter.DN,
}

// FilterSchema returns the filterable-property schema of cmdlet
// (Get-Mailbox, Get-User, Get-CASMailbox or Get-Recipient, any case), as the
// appendix of opath.md lists it, or nil for another cmdlet. Each call builds
// a new schema; callers keep theirs.
func FilterSchema(cmdlet string) *filter.Schema {
	var mask cmdletMask
	name := cmdlet
	switch strings.ToLower(cmdlet) {
	case "get-mailbox":
		mask, name = inMailbox, "Get-Mailbox"
	case "get-user":
		mask, name = inUser, "Get-User"
	case "get-recipient":
		mask, name = inRecipient, "Get-Recipient"
	case "get-casmailbox":
		mask, name = inCASMailbox, "Get-CASMailbox"
	default:
		return nil
	}
	var props []filter.Property
	for _, p := range filterableProperties {
		if p.in&mask != 0 {
			typ := filterTypes[p.typ]
			if p.name == proxyMatched {
				typ = filter.MultiString // it searches every proxy address (see proxyMatched)
			}
			values := p.values
			if e, ok := enumProperties[p.name]; ok {
				typ, values = filter.Enum, e
			}
			// A wildcard search of EmailAddresses needs the smtp: prefix
			// (opath.md §4); PrimarySmtpAddress matches bare addresses.
			props = append(props, filter.Property{Name: p.name, Type: typ, Values: values,
				PrefixedLike: p.name == "EmailAddresses"})
		}
	}
	return filter.NewSchema(name, props...)
}

// recipientTypeDetailsValues are the names of Exchange's
// RecipientTypeDetails enumeration (Microsoft.Exchange.Data.Directory.
// Recipient.RecipientTypeDetails, with the values Exchange Online added).
var recipientTypeDetailsValues = []string{"None", "UserMailbox", "LinkedMailbox", "SharedMailbox",
	"LegacyMailbox", "RoomMailbox", "EquipmentMailbox", "MailContact", "MailUser",
	"MailUniversalDistributionGroup", "MailNonUniversalGroup", "MailUniversalSecurityGroup",
	"DynamicDistributionGroup", "PublicFolder", "SystemAttendantMailbox", "SystemMailbox",
	"MailForestContact", "User", "Contact", "UniversalDistributionGroup", "UniversalSecurityGroup",
	"NonUniversalGroup", "DisabledUser", "MicrosoftExchange", "ArbitrationMailbox", "MailboxPlan",
	"LinkedUser", "RoomList", "DiscoveryMailbox", "RoleGroup", "RemoteUserMailbox", "Computer",
	"RemoteRoomMailbox", "RemoteEquipmentMailbox", "RemoteSharedMailbox", "PublicFolderMailbox",
	"TeamMailbox", "RemoteTeamMailbox", "MonitoringMailbox", "GroupMailbox", "LinkedRoomMailbox",
	"AuditLogMailbox", "RemoteGroupMailbox", "SchedulingMailbox", "GuestMailUser",
	"AuxAuditLogMailbox", "SupervisoryReviewPolicyMailbox", "SharedWithMailUser"}

// enumProperties are the filterable properties whose values Exchange types
// as an enumeration although the appendix of opath.md lists them as
// strings: a value outside the enumeration is a filter error, as it is for
// RecipientType, instead of silently matching nothing.
var enumProperties = map[string][]string{
	"RecipientTypeDetails":         recipientTypeDetailsValues,
	"PreviousRecipientTypeDetails": recipientTypeDetailsValues,
	// RequestStatus.
	"MailboxMoveStatus": {"None", "Queued", "InProgress", "AutoSuspended", "CompletionInProgress",
		"Synced", "Completed", "CompletedWithWarning", "Suspended", "Failed"},
	// RequestFlags.
	"MailboxMoveFlags": {"None", "CrossOrg", "IntraOrg", "Push", "Pull", "Offline", "Protected",
		"RemoteLegacy", "HighPriority", "Suspend", "SuspendWhenReadyToComplete",
		"MoveOnlyPrimaryMailbox", "MoveOnlyArchiveMailbox", "TargetIsAggregatedMailbox", "Join", "Split"},
}

// storedColumns maps the filterable properties the store keeps to columns
// of the recipients table (alias r).
var storedColumns = map[string]string{
	"Alias": "alias", "City": "city", "Company": "company", "CountryOrRegion": "country_or_region",
	"c": "country_or_region", "Department": "department", "DisplayName": "display_name",
	"DistinguishedName": "distinguished_name", "Id": "distinguished_name", "FirstName": "first_name",
	"LastName": "last_name", "Initials": "initials", "Guid": "guid",
	"HiddenFromAddressListsEnabled": "hidden_from_address_lists_enabled",
	"EmailAddressPolicyEnabled":     "email_address_policy_enabled",
	"Manager":                       "manager", "Name": "name", "Office": "office", "Phone": "phone",
	"PrimarySmtpAddress": "primary_smtp_address", "RecipientType": "recipient_type",
	"RecipientTypeDetails": "recipient_type_details", "SamAccountName": "sam_account_name",
	"StateOrProvince": "state_or_province",
	"Title":           "title", "UserPrincipalName": "user_principal_name", "WindowsEmailAddress": "primary_smtp_address",
	"WhenCreated": "when_created", "WhenCreatedUTC": "when_created",
	"WhenChanged": "when_changed", "WhenChangedUTC": "when_changed",
	"PopEnabled": "pop_enabled", "ImapEnabled": "imap_enabled", "OWAEnabled": "owa_enabled",
	"ActiveSyncEnabled": "active_sync_enabled", "MAPIEnabled": "mapi_enabled", "EwsEnabled": "ews_enabled",
	"EcpEnabled": "ecp_enabled",
}

// derivedColumns are the SQL expressions of the properties the store derives
// rather than keeps (see Recipient.derive).
var derivedColumns = map[string]string{
	"ServerName":       "(CASE WHEN r.recipient_type = 'UserMailbox' THEN '" + mailboxServer + "' END COLLATE NOCASE)",
	"ServerLegacyDN":   "(CASE WHEN r.recipient_type = 'UserMailbox' THEN '" + serverLegacyDN + "' END COLLATE NOCASE)",
	"Database":         "(CASE WHEN r.recipient_type = 'UserMailbox' THEN '" + mailboxDatabase + "' END COLLATE NOCASE)",
	"LegacyExchangeDN": "(CASE WHEN r.recipient_type <> 'User' AND r.alias IS NOT NULL THEN '" + legacyDNPrefix + "' || lower(r.alias) END COLLATE NOCASE)",
}

// proxyMatched is the property whose filters also match secondary proxy
// addresses: "any filter on PrimarySmtpAddress also searches
// EmailAddresses" (opath.md §4), so it is matched as EmailAddresses is.
const proxyMatched = "PrimarySmtpAddress"

// SQLMapping returns where each filterable property lives for
// filter.Program.SQL. Properties the store does not keep map to a constant:
// NULL for values (so "-eq $null" matches and nothing else does) and 0 for
// booleans (their default, false).
func SQLMapping() filter.SQLMapping {
	m := filter.SQLMapping{}
	for _, p := range filterableProperties {
		switch {
		case p.name == "EmailAddresses" || p.name == proxyMatched:
			m[p.name] = filter.Column{MultiTable: "recipient_address_values", MultiKey: "recipient_id",
				MultiValue: "value", MainKey: "r.id"}
		case derivedColumns[p.name] != "":
			m[p.name] = filter.Column{Name: derivedColumns[p.name]}
		case storedColumns[p.name] != "":
			m[p.name] = filter.Column{Name: "r." + storedColumns[p.name]}
		case strings.HasPrefix(p.name, "CustomAttribute"):
			m[p.name] = filter.Column{Name: "r.custom_attribute" + strings.TrimPrefix(p.name, "CustomAttribute")}
		case p.typ == propBool:
			m[p.name] = filter.Column{Name: "0"}
		default:
			m[p.name] = filter.Column{Name: "NULL"}
		}
	}
	return m
}

// Property returns the value of the filterable property name (canonical
// spelling) of obj, a *Recipient, for filter.Program.Match. Values follow the
// getter contract of package filter: string, bool, int, time.Time,
// []string, a fmt.Stringer or nil. Unknown objects and properties give nil.
func Property(obj any, name string) any {
	r, ok := obj.(*Recipient)
	if !ok {
		return nil
	}
	if strings.HasPrefix(name, "CustomAttribute") {
		var i int
		for _, c := range strings.TrimPrefix(name, "CustomAttribute") {
			i = i*10 + int(c-'0')
		}
		if p := r.CustomAttribute(i); p != nil {
			return nilIfEmpty(*p)
		}
	}
	switch name {
	case "EmailAddresses", proxyMatched:
		// Both forms, as the SQL view recipient_address_values has them.
		out := append([]string(nil), r.EmailAddresses...)
		for _, a := range r.EmailAddresses {
			if _, bare, ok := strings.Cut(a, ":"); ok {
				out = append(out, bare)
			}
		}
		return out
	case "Guid":
		return r.Guid
	case "EwsEnabled":
		if r.EwsEnabled {
			return 1
		}
		return 0
	}
	switch name {
	case "ServerName":
		return nilIfEmpty(r.ServerName)
	case "ServerLegacyDN":
		return nilIfEmpty(r.ServerLegacyDN)
	case "Database":
		return nilIfEmpty(r.Database)
	case "LegacyExchangeDN":
		return nilIfEmpty(r.LegacyExchangeDN)
	}
	col, ok := storedColumns[name]
	if !ok {
		for _, p := range filterableProperties {
			if p.name == name && p.typ == propBool {
				return false
			}
		}
		return nil
	}
	for _, c := range recipientColumns {
		if c.name == col {
			return fieldValue(c.ptr(r))
		}
	}
	return nil
}

// fieldValue turns a field pointer into a getter value.
func fieldValue(p any) any {
	switch v := p.(type) {
	case *string:
		return nilIfEmpty(*v)
	case *bool:
		return *v
	case *time.Time:
		if v.IsZero() {
			return nil
		}
		return *v
	case *Guid:
		return *v
	}
	return nil
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}
