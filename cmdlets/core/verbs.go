package core

import (
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// VerbInfo is one approved PowerShell verb, as Get-Verb outputs it.
type VerbInfo struct {
	Verb        string
	AliasPrefix string
	Group       string
}

// PSTypeNames names the type as PowerShell does.
func (v *VerbInfo) PSTypeNames() []string {
	return []string{"System.Management.Automation.VerbInfo", "System.Object"}
}

// approvedVerbs lists PowerShell's approved verbs by group: verb and alias
// prefix, in the order Get-Verb shows them.
var approvedVerbs = []struct {
	group string
	verbs []string // "Verb:prefix"
}{
	{"Common", []string{"Add:a", "Clear:cl", "Close:cs", "Copy:cp", "Enter:et", "Exit:ex", "Find:fd", "Format:f",
		"Get:g", "Hide:h", "Join:j", "Lock:lk", "Move:m", "New:n", "Open:op", "Optimize:om", "Pop:pop", "Push:pu",
		"Redo:re", "Remove:r", "Rename:rn", "Reset:rs", "Resize:rz", "Search:sr", "Select:sc", "Set:s", "Show:sh",
		"Skip:sk", "Split:sl", "Step:st", "Switch:sw", "Undo:un", "Unlock:uk", "Watch:wc"}},
	{"Data", []string{"Backup:ba", "Checkpoint:ch", "Compare:cr", "Compress:cm", "Convert:cv", "ConvertFrom:cf",
		"ConvertTo:ct", "Dismount:dm", "Edit:ed", "Expand:en", "Export:ep", "Group:gp", "Import:ip", "Initialize:in",
		"Limit:l", "Merge:mg", "Mount:mt", "Out:o", "Publish:pb", "Restore:rr", "Save:sv", "Sync:sy", "Unpublish:ub",
		"Update:ud"}},
	{"Lifecycle", []string{"Approve:ap", "Assert:as", "Build:bd", "Complete:cmp", "Confirm:cn", "Deny:dn",
		"Deploy:dp", "Disable:d", "Enable:e", "Install:is", "Invoke:i", "Register:rg", "Request:rq", "Restart:rt",
		"Resume:ru", "Start:sa", "Stop:sp", "Submit:sb", "Suspend:ss", "Uninstall:us", "Unregister:ur", "Wait:w"}},
	{"Diagnostic", []string{"Debug:db", "Measure:ms", "Ping:pi", "Repair:rp", "Resolve:rv", "Test:t", "Trace:tr"}},
	{"Communications", []string{"Connect:cc", "Disconnect:dc", "Read:rd", "Receive:rc", "Send:sd", "Write:wr"}},
	{"Security", []string{"Block:bl", "Grant:gr", "Protect:pt", "Revoke:rk", "Unblock:ul", "Unprotect:up"}},
	{"Other", []string{"Use:u"}},
}

// GetVerb is Get-Verb: the approved verbs for command names.
type GetVerb struct {
	Verb  []string `param:"Position=0,ValueFromPipeline" help:"Verbs to show; wildcards are allowed."`
	Group []string `param:"Position=1" help:"Groups to show: Common, Communications, Data, Diagnostic, Lifecycle, Other, Security."`
}

// Process writes the matching verbs.
func (g *GetVerb) Process(c *pipeline.Context) error {
	for _, grp := range approvedVerbs {
		if !matchesAny(grp.group, g.Group) {
			continue
		}
		for _, v := range grp.verbs {
			verb, prefix, _ := strings.Cut(v, ":")
			if !matchesAny(verb, g.Verb) {
				continue
			}
			if err := c.Emit(&VerbInfo{Verb: verb, AliasPrefix: prefix, Group: grp.group}); err != nil {
				return err
			}
		}
	}
	return nil
}

// matchesAny reports whether s matches one of the wildcard patterns (no
// patterns match everything).
func matchesAny(s string, patterns []string) bool {
	if len(patterns) == 0 {
		return true
	}
	for _, p := range patterns {
		if pipeline.CompileWildcard(p, false).Match(s) {
			return true
		}
	}
	return false
}

var getVerbHelp = &pipeline.Help{
	Synopsis:    "Gets approved PowerShell verbs.",
	Description: "Get-Verb lists the verbs PowerShell approves for command names (Verb-Noun), with the alias prefix and group of each.",
	Examples: []pipeline.Example{
		{Code: "Get-Verb -Group Security", Remarks: "The verbs of the Security group."},
		{Code: "Get-Verb Set*", Remarks: "The verbs that start with Set."},
	},
}
