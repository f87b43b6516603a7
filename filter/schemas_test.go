package filter

import "testing"

// Test schemas: subsets of the filterable properties in opath.md's appendix.

var recipientTypes = []string{"DynamicDistributionGroup", "MailContact", "MailNonUniversalGroup",
	"MailUniversalDistributionGroup", "MailUniversalSecurityGroup", "MailUser", "PublicFolder", "UserMailbox"}

func userSchema() *Schema {
	return NewSchema("Get-User",
		Property{Name: "RecipientType", Type: Enum, Values: recipientTypes},
		Property{Name: "RecipientTypeDetails", Type: String},
		Property{Name: "Department", Type: String},
		Property{Name: "StateOrProvince", Type: String},
		Property{Name: "Title", Type: String},
		Property{Name: "City", Type: String},
		Property{Name: "Company", Type: String},
		Property{Name: "FirstName", Type: String},
		Property{Name: "LastName", Type: String},
		Property{Name: "DisplayName", Type: String},
		Property{Name: "Name", Type: String},
		Property{Name: "Manager", Type: DN},
		Property{Name: "IsSecurityPrincipal", Type: Bool},
		Property{Name: "UserAccountControl", Type: Enum, Values: []string{"AccountDisabled", "DoNotExpirePassword", "NormalAccount"}},
		Property{Name: "WhenCreated", Type: Date},
		Property{Name: "Guid", Type: Guid},
		Property{Name: "CountryCode", Type: Int},
	)
}

func casSchema() *Schema {
	return NewSchema("Get-CASMailbox",
		Property{Name: "PopEnabled", Type: Bool},
		Property{Name: "ImapEnabled", Type: Bool},
		Property{Name: "OWAEnabled", Type: Bool},
		Property{Name: "MAPIEnabled", Type: Bool},
		Property{Name: "ActiveSyncEnabled", Type: Bool},
		Property{Name: "EwsEnabled", Type: Bool},
		Property{Name: "EcpEnabled", Type: Bool},
		Property{Name: "HasActiveSyncDevicePartnership", Type: Bool},
		Property{Name: "DisplayName", Type: String},
		Property{Name: "Name", Type: String},
		Property{Name: "PrimarySmtpAddress", Type: String},
		Property{Name: "EmailAddresses", Type: MultiString},
		Property{Name: "SamAccountName", Type: String},
	)
}

func mailboxSchema() *Schema {
	return NewSchema("Get-Mailbox",
		Property{Name: "Alias", Type: String},
		Property{Name: "ArchiveDatabase", Type: DN},
		Property{Name: "ArchiveDomain", Type: String},
		Property{Name: "ArchiveGuid", Type: Guid},
		Property{Name: "Database", Type: DN},
		Property{Name: "DisplayName", Type: String},
		Property{Name: "EmailAddresses", Type: MultiString},
		Property{Name: "ExchangeVersion", Type: Int},
		Property{Name: "MaxReceiveSize", Type: String},
		Property{Name: "Name", Type: String},
		Property{Name: "Office", Type: String},
		Property{Name: "PrimarySmtpAddress", Type: String},
		Property{Name: "RecipientType", Type: Enum, Values: recipientTypes},
		Property{Name: "RecipientTypeDetails", Type: String},
		Property{Name: "ResourceCapacity", Type: Int},
		Property{Name: "ResourceType", Type: Enum, Values: []string{"Room", "Equipment"}},
		Property{Name: "SCLJunkThresholdInt", Type: Int},
		Property{Name: "UsageLocation", Type: String},
		Property{Name: "UserPrincipalName", Type: String},
		Property{Name: "WhenCreated", Type: Date},
	)
}

func recipientSchema() *Schema {
	return NewSchema("Get-Recipient",
		Property{Name: "Alias", Type: String},
		Property{Name: "Department", Type: String},
		Property{Name: "DisplayName", Type: String},
		Property{Name: "HasActiveSyncDevicePartnership", Type: Bool},
		Property{Name: "RecipientType", Type: Enum, Values: recipientTypes},
		Property{Name: "RecipientTypeDetails", Type: String},
		Property{Name: "StateOrProvince", Type: String},
		Property{Name: "Title", Type: String},
	)
}

func queueSchema() *Schema {
	return NewSchema("Get-Queue",
		Property{Name: "MessageCount", Type: Int},
		Property{Name: "NextHopDomain", Type: String},
		Property{Name: "Status", Type: Enum, Values: []string{"Active", "Ready", "Retry", "Suspended"}},
		Property{Name: "SCL", Type: Int},
	)
}

// TestSchemaLookupIsCaseInsensitive pins what every other test relies on:
// property names resolve in any letter case to their canonical spelling.
func TestSchemaLookupIsCaseInsensitive(t *testing.T) {
	p, ok := userSchema().Lookup("stateorprovince")
	if !ok || p.Name != "StateOrProvince" {
		t.Fatalf("Lookup(stateorprovince) = %+v, %v", p, ok)
	}
	if _, ok := userSchema().Lookup("NoSuchProperty"); ok {
		t.Fatal("Lookup found a property that is not in the schema")
	}
}
