package exchange

import (
	"strings"
	"time"

	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/pipeline"
)

// rbacNS is the namespace of Exchange's RBAC object types.
const rbacNS = "Microsoft.Exchange.Data.Directory.SystemConfiguration."

// ManagementRole is what Get-ManagementRole emits.
type ManagementRole struct {
	Name        string
	RoleType    string
	Description string
	Identity    string
	IsRootRole  bool
}

// PSTypeNames names Exchange's type.
func (*ManagementRole) PSTypeNames() []string {
	return []string{rbacNS + "ExchangeRole", "System.Object"}
}

// ManagementRoleEntry is what Get-ManagementRoleEntry emits: a cmdlet of a
// role and the parameters the role allows.
type ManagementRoleEntry struct {
	Name       string
	Role       string
	Parameters []string
	Type       string
	Identity   string
}

// PSTypeNames names Exchange's type.
func (*ManagementRoleEntry) PSTypeNames() []string {
	return []string{rbacNS + "ExchangeRoleEntryPresentation", "System.Object"}
}

// RoleGroup is what Get-RoleGroup and New-RoleGroup emit.
type RoleGroup struct {
	Name            string
	AssignedRoles   []string
	RoleAssignments []string
	ManagedBy       []string
	Members         []string
	Description     string
	Guid            directory.Guid
	Identity        string
	WhenCreated     time.Time
}

// PSTypeNames names Exchange's type.
func (*RoleGroup) PSTypeNames() []string {
	return []string{"Microsoft.Exchange.Data.Directory.Management.RoleGroup", "System.Object"}
}

// RoleAssignment is what Get-ManagementRoleAssignment emits.
type RoleAssignment struct {
	Name                             string
	Role                             string
	RoleAssigneeName                 string
	RoleAssigneeType                 string
	AssignmentMethod                 string
	EffectiveUserName                string
	RecipientWriteScope              string
	RecipientOrganizationalUnitScope string
	CustomRecipientWriteScope        string
	Enabled                          bool
	Identity                         string
	Guid                             directory.Guid
}

// PSTypeNames names Exchange's type.
func (*RoleAssignment) PSTypeNames() []string {
	return []string{rbacNS + "ExchangeRoleAssignmentPresentation", "System.Object"}
}

// ManagementScope is what Get-ManagementScope emits.
type ManagementScope struct {
	Name                 string
	ScopeRestrictionType string
	Exclusive            bool
	RecipientRoot        string
	RecipientFilter      string
	ServerFilter         string
	Identity             string
	Guid                 directory.Guid
}

// PSTypeNames names Exchange's type.
func (*ManagementScope) PSTypeNames() []string {
	return []string{rbacNS + "ManagementScope", "System.Object"}
}

// AdminAuditLogEvent is what Search-AdminAuditLog emits.
type AdminAuditLogEvent struct {
	ObjectModified    string
	CmdletName        string
	CmdletParameters  []directory.AuditParameter
	Caller            string
	ExternalAccess    bool
	Succeeded         bool
	Error             string
	RunDate           time.Time
	OriginatingServer string
}

// PSTypeNames names Exchange's type.
func (*AdminAuditLogEvent) PSTypeNames() []string {
	return []string{"Microsoft.Exchange.Management.SystemConfigurationTasks.AdminAuditLogEvent", "System.Object"}
}

// AdminAuditLogConfig is what Get-AdminAuditLogConfig emits.
type AdminAuditLogConfig struct {
	Name                    string
	AdminAuditLogEnabled    bool
	AdminAuditLogAgeLimit   time.Duration
	AdminAuditLogCmdlets    []string
	AdminAuditLogParameters []string
	LogLevel                string
}

// PSTypeNames names Exchange's type.
func (*AdminAuditLogConfig) PSTypeNames() []string {
	return []string{rbacNS + "AdminAuditLogConfig", "System.Object"}
}

// rbacViews are the default views of the RBAC objects, with Exchange's
// columns.
func rbacViews() []pipeline.View {
	table := func(typ string, cols ...string) pipeline.View {
		v := pipeline.View{TypeName: typ, Kind: pipeline.TableView}
		for _, c := range cols {
			v.Columns = append(v.Columns, pipeline.Column{Property: c})
		}
		return v
	}
	return []pipeline.View{
		table(rbacNS+"ExchangeRole", "Name", "RoleType"),
		table(rbacNS+"ExchangeRoleEntryPresentation", "Name", "Role", "Parameters"),
		table("Microsoft.Exchange.Data.Directory.Management.RoleGroup", "Name", "AssignedRoles", "RoleAssignments", "ManagedBy"),
		table(rbacNS+"ExchangeRoleAssignmentPresentation", "Name", "Role", "RoleAssigneeName", "RoleAssigneeType", "AssignmentMethod", "EffectiveUserName"),
		table(rbacNS+"ManagementScope", "Name", "ScopeRestrictionType", "Exclusive", "RecipientRoot", "RecipientFilter", "ServerFilter"),
	}
}

// roleType is Exchange's RoleType of a built-in role: its name without
// spaces and hyphens (Mail Recipients -> MailRecipients).
func roleType(name string) string {
	return strings.NewReplacer(" ", "", "-", "").Replace(name)
}

// matchName reports whether name matches pattern (wildcards allowed; ""
// matches everything).
func matchName(pattern, name string) bool {
	if pattern == "" {
		return true
	}
	if pipeline.HasWildcard(pattern) {
		return pipeline.CompileWildcard(pattern, false).Match(name)
	}
	return strings.EqualFold(pattern, name)
}
