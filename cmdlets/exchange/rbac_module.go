package exchange

import "github.com/psh-project/psh/pipeline"

// rbacCommands returns the RBAC and admin audit log cmdlets of the module.
func rbacCommands(cn *conn) []*pipeline.CommandInfo {
	h := func(synopsis string) *pipeline.Help { return &pipeline.Help{Synopsis: synopsis} }
	return []*pipeline.CommandInfo{
		cmd("Get-ManagementRole", h("Gets the management roles: the cmdlets and parameters each allows."),
			func() pipeline.Cmdlet { return &GetManagementRole{cn: cn} }),
		cmd("Get-ManagementRoleEntry", h("Gets the entries (cmdlets and parameters) of management roles."),
			func() pipeline.Cmdlet { return &GetManagementRoleEntry{cn: cn} }),
		cmd("Get-RoleGroup", h("Gets the role groups."), func() pipeline.Cmdlet { return &GetRoleGroup{cn: cn} }),
		cmd("New-RoleGroup", h("Creates a role group with roles, a write scope and members."),
			func() pipeline.Cmdlet { return &NewRoleGroupCmdlet{cn: cn} }),
		cmd("Get-RoleGroupMember", h("Gets the members of a role group."), func() pipeline.Cmdlet { return &GetRoleGroupMember{cn: cn} }),
		cmd("Add-RoleGroupMember", h("Adds a user to a role group; it applies to the user's next session."),
			func() pipeline.Cmdlet { return &RoleGroupMember{cn: cn} }),
		cmd("Remove-RoleGroupMember", h("Removes a user from a role group; it applies to the user's next session."),
			func() pipeline.Cmdlet { return &RoleGroupMember{cn: cn, remove: true} }),
		cmd("Get-ManagementRoleAssignment", h("Gets role assignments: which role group or user has which role, with which write scope."),
			func() pipeline.Cmdlet { return &GetManagementRoleAssignment{cn: cn} }),
		cmd("New-ManagementRoleAssignment", h("Assigns a management role to a role group or user."),
			func() pipeline.Cmdlet { return &NewManagementRoleAssignment{cn: cn} }),
		cmd("Remove-ManagementRoleAssignment", h("Removes a role assignment."),
			func() pipeline.Cmdlet { return &RemoveNamed{cn: cn} }),
		cmd("New-ManagementScope", h("Creates a custom recipient write scope from an OPATH filter."),
			func() pipeline.Cmdlet { return &NewManagementScope{cn: cn} }),
		cmd("Get-ManagementScope", h("Gets the custom management scopes."), func() pipeline.Cmdlet { return &GetManagementScope{cn: cn} }),
		cmd("Remove-ManagementScope", h("Removes a management scope no role assignment uses."),
			func() pipeline.Cmdlet { return &RemoveNamed{cn: cn, scope: true} }),
		cmd("Search-AdminAuditLog", h("Searches the admin audit log: who changed what, when, with which parameters."),
			func() pipeline.Cmdlet { return &SearchAdminAuditLog{cn: cn} }),
		cmd("Get-AdminAuditLogConfig", h("Gets the admin audit log settings."),
			func() pipeline.Cmdlet { return &GetAdminAuditLogConfig{cn: cn} }),
		cmd("Set-AdminAuditLogConfig", h("Turns the admin audit log on or off and sets its age limit."),
			func() pipeline.Cmdlet { return &SetAdminAuditLogConfig{cn: cn} }),
	}
}
