package directory

// BuiltinRole is a management role psh creates in every directory: its name,
// description and role entries (cmdlet -> the parameters the role allows;
// nil means every parameter of the cmdlet).
type BuiltinRole struct {
	Name        string
	Description string
	Entries     []RoleEntrySpec
}

// RoleEntrySpec is one role entry of a built-in role.
type RoleEntrySpec struct {
	Cmdlet     string
	Parameters []string // nil: every parameter
}

// BuiltinRoleGroup is a role group psh creates in every directory, with the
// roles assigned to it (at Organization scope).
type BuiltinRoleGroup struct {
	Name        string
	Description string
	Roles       []string
}

// everyParam lists cmdlets whose every parameter a role allows.
func everyParam(cmdlets ...string) []RoleEntrySpec {
	out := make([]RoleEntrySpec, len(cmdlets))
	for i, c := range cmdlets {
		out[i] = RoleEntrySpec{Cmdlet: c}
	}
	return out
}

// viewRecipients are the read cmdlets of the recipient roles.
var viewRecipients = []string{"Get-Mailbox", "Get-User", "Get-CASMailbox", "Get-Recipient", "Get-OrganizationalUnit"}

// BuiltinRoles returns the built-in management roles, as Exchange names
// them, limited to the cmdlets psh has (and those the mail services add:
// Get/Set-PopSettings, Get/Set-ImapSettings and the *-Service cmdlets).
// The migration that created them is fixed once shipped: a change here
// needs a new migration step.
func BuiltinRoles() []BuiltinRole {
	return []BuiltinRole{
		{Name: "Mail Recipients", Description: "This role enables administrators to manage existing mailboxes, mail users and mail contacts.",
			Entries: everyParam(append(viewRecipients, "Set-Mailbox", "Set-CASMailbox", "Set-User", "Disable-Mailbox")...)},
		{Name: "Mail Recipient Creation", Description: "This role enables administrators to create mailboxes, mail users and mail contacts.",
			Entries: everyParam(append(viewRecipients, "New-Mailbox", "Enable-Mailbox", "Remove-Mailbox", "New-OrganizationalUnit", "New-DemoOrganization")...)},
		{Name: "View-Only Recipients", Description: "This role enables administrators to view recipients.",
			Entries: everyParam(viewRecipients...)},
		{Name: "Role Management", Description: "This role enables administrators to manage management role groups, roles, assignments and scopes.",
			Entries: everyParam("Get-ManagementRole", "Get-ManagementRoleEntry", "Get-RoleGroup", "New-RoleGroup",
				"Get-RoleGroupMember", "Add-RoleGroupMember", "Remove-RoleGroupMember", "Get-ManagementRoleAssignment",
				"New-ManagementRoleAssignment", "Remove-ManagementRoleAssignment", "New-ManagementScope",
				"Get-ManagementScope", "Remove-ManagementScope")},
		{Name: "Organization Client Access", Description: "This role enables administrators to manage client access settings: POP3, IMAP4 and the services.",
			Entries: append(everyParam("Get-CASMailbox", "Get-PopSettings", "Set-PopSettings", "Get-ImapSettings",
				"Set-ImapSettings", "Get-Service", "Start-Service", "Stop-Service", "Restart-Service", "Set-Service"),
				// The client-access settings of a mailbox, not its addresses.
				RoleEntrySpec{Cmdlet: "Set-CASMailbox", Parameters: []string{"Identity", "DomainController",
					"PopEnabled", "ImapEnabled", "OWAEnabled", "ActiveSyncEnabled", "MAPIEnabled", "EwsEnabled", "ECPEnabled",
					"MAPIBlockOutlookRpcHttp", "PopUseProtocolDefaults", "PopSuppressReadReceipt",
					"PopForceICalForCalendarRetrievalOption", "PopEnableExactRFC822Size", "PopMessagesRetrievalMimeFormat",
					"ImapUseProtocolDefaults", "ImapSuppressReadReceipt", "ImapForceICalForCalendarRetrievalOption",
					"ImapEnableExactRFC822Size", "ImapMessagesRetrievalMimeFormat"}})},
		{Name: "Audit Logs", Description: "This role enables administrators to search the administrator audit log and configure it.",
			Entries: everyParam("Search-AdminAuditLog", "Get-AdminAuditLogConfig", "Set-AdminAuditLogConfig")},
	}
}

// OrganizationManagement is the role group the built-in Administrator is a
// member of.
const OrganizationManagement = "Organization Management"

// BuiltinRoleGroups returns the built-in role groups.
func BuiltinRoleGroups() []BuiltinRoleGroup {
	return []BuiltinRoleGroup{
		{Name: OrganizationManagement, Description: "Members of this management role group have permissions to manage Exchange objects and their properties in the Exchange organization.",
			Roles: []string{"Mail Recipients", "Mail Recipient Creation", "View-Only Recipients", "Role Management", "Organization Client Access", "Audit Logs"}},
		{Name: "Recipient Management", Description: "Members of this management role group have rights to create, manage, and remove Exchange recipient objects in the Exchange organization.",
			Roles: []string{"Mail Recipients", "Mail Recipient Creation"}},
		{Name: "View-Only Organization Management", Description: "Members of this management role group can view recipient and configuration objects and their properties in the Exchange organization.",
			Roles: []string{"View-Only Recipients"}},
		{Name: "Help Desk", Description: "Members of this management role group can view and manage the configuration for individual recipients and view recipients in an Exchange organization.",
			Roles: []string{"View-Only Recipients"}},
	}
}
