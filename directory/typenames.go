package directory

// .NET type names, so that GetType(), Get-Member and the default views
// see the objects as Exchange's (pipeline.TypeNamer). Mailbox and the other
// views are named after the types Exchange's remote session deserialises
// (exchange-cmdlets.md §9).

const mgmtNS = "Microsoft.Exchange.Data.Directory.Management."

// PSTypeNames names the type Mailbox objects have in Exchange.
func (*Mailbox) PSTypeNames() []string {
	return []string{mgmtNS + "Mailbox", "System.Object"}
}

// PSTypeNames names the type User objects have in Exchange.
func (*User) PSTypeNames() []string {
	return []string{mgmtNS + "User", "System.Object"}
}

// PSTypeNames names the type CASMailbox objects have in Exchange.
func (*CASMailbox) PSTypeNames() []string {
	return []string{mgmtNS + "CASMailbox", "System.Object"}
}

// PSTypeNames names the type Get-Recipient's objects have in Exchange.
func (*ReducedRecipient) PSTypeNames() []string {
	return []string{mgmtNS + "ReducedRecipient", "System.Object"}
}

// PSTypeNames names the type Get-OrganizationalUnit's objects have in
// Exchange.
func (*OrganizationalUnit) PSTypeNames() []string {
	return []string{mgmtNS + "ExtendedOrganizationalUnit", "System.Object"}
}

// PSTypeNames names the type of the Identity property in Exchange.
func (ObjectID) PSTypeNames() []string {
	return []string{"Microsoft.Exchange.Data.Directory.ADObjectId", "System.Object"}
}

// DisplayText shows an Identity on its own as its canonical path, as
// Exchange prints (Get-Mailbox x).Identity, not as a table of its fields.
func (o ObjectID) DisplayText() string { return o.Canonical }
