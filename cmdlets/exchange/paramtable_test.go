package exchange_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/psh-project/psh/cmdlets/exchange"
	"github.com/psh-project/psh/directory"
)

// documentType is the Go type a parameter of each documented Exchange type
// binds to.
var documentType = map[string]reflect.Type{
	"Boolean":          reflect.TypeFor[bool](),
	"Int32":            reflect.TypeFor[int32](),
	"Unlimited":        reflect.TypeFor[directory.ByteQuantifiedSize](), // Unlimited<ByteQuantifiedSize>
	"EnhancedTimeSpan": reflect.TypeFor[directory.EnhancedTimeSpan](),
}

// attributeParams are the parameters kept in the attribute document: a
// value to set, what the Get- cmdlet then shows, and a value the type
// refuses.
var attributeParams = []struct {
	cmdlet, get, name, value, want, bad string
}{
	{"Set-Mailbox", "Get-Mailbox", "AuditEnabled", "$true", "True", `"maybe"`},
	{"Set-Mailbox", "Get-Mailbox", "SingleItemRecoveryEnabled", "$true", "True", `"maybe"`},
	{"Set-Mailbox", "Get-Mailbox", "LitigationHoldEnabled", "$true", "True", `"maybe"`},
	{"Set-Mailbox", "Get-Mailbox", "DeliverToMailboxAndForward", "$true", "True", `"maybe"`},
	{"Set-Mailbox", "Get-Mailbox", "IssueWarningQuota", "1.9GB", "1.9 GB (2,040,109,466 bytes)", "lots"},
	{"Set-Mailbox", "Get-Mailbox", "ProhibitSendQuota", `"1.9 GB (2,040,109,465 bytes)"`, "1.9 GB (2,040,109,465 bytes)", "-1GB"},
	{"Set-Mailbox", "Get-Mailbox", "ProhibitSendReceiveQuota", "2GB", "2 GB (2,147,483,648 bytes)", "2XB"},
	{"Set-Mailbox", "Get-Mailbox", "MaxSendSize", "35MB", "35 MB (36,700,160 bytes)", "big"},
	{"Set-Mailbox", "Get-Mailbox", "MaxReceiveSize", "36700160", "35 MB (36,700,160 bytes)", "huge"},
	{"Set-Mailbox", "Get-Mailbox", "RetainDeletedItemsFor", "30.00:00:00", "30.00:00:00", "soon"},
	{"Set-User", "Get-User", "SeniorityIndex", "12", "12", "high"},
}

// TestParameterTable walks the generated Exchange Server parameter table
// for the parameters of the attribute document: each is documented for
// Exchange Server 2019, binds with the documented type, round-trips through
// Set- and Get- with Exchange's formatting, and refuses a bad value naming
// the parameter.
func TestParameterTable(t *testing.T) {
	s, _ := demoSession(t)
	for _, p := range attributeParams {
		var row *exchange.ExchangeParameter
		for i := range exchange.ExchangeParameters {
			if r := &exchange.ExchangeParameters[i]; r.Cmdlet == p.cmdlet && r.Name == p.name {
				row = r
			}
		}
		if row == nil || !row.Server2019 {
			t.Errorf("%s -%s: not an Exchange Server 2019 parameter in the table (%+v)", p.cmdlet, p.name, row)
			continue
		}
		if got, want := exchange.ParamGoType(p.cmdlet, p.name), documentType[row.Type]; got == nil || got != want {
			t.Errorf("%s -%s binds to %v, want %v (documented %s)", p.cmdlet, p.name, got, want, row.Type)
		}
		if got := s.line(p.cmdlet + " tony@contoso.com -" + p.name + " " + p.value + "; (" + p.get + " tony@contoso.com)." + p.name + ".ToString()"); got != p.want {
			t.Errorf("%s -%s %s: %s shows %q, want %q", p.cmdlet, p.name, p.value, p.get, got, p.want)
		}
		_, errs := s.run(p.cmdlet + " tony@contoso.com -" + p.name + " " + p.bad)
		if !strings.Contains(errs, "parameter '"+p.name+"'") {
			t.Errorf("%s -%s %s: error %q does not name the parameter", p.cmdlet, p.name, p.bad, errs)
		}
	}
	// Unlimited is a value, and shown as Exchange shows it.
	if got := s.line(`Set-Mailbox tony@contoso.com -MaxSendSize Unlimited; "$((Get-Mailbox tony@contoso.com).MaxSendSize)"`); got != "Unlimited" {
		t.Errorf("-MaxSendSize Unlimited: %q", got)
	}
}

// TestOnlineOnlyParameters: a parameter the table marks as Exchange Online
// only is unknown to psh's Set-Mailbox and Set-User, with Exchange
// Server's error.
func TestOnlineOnlyParameters(t *testing.T) {
	s, _ := demoSession(t)
	n := 0
	for _, r := range exchange.ExchangeParameters {
		if r.Server2019 || (r.Cmdlet != "Set-Mailbox" && r.Cmdlet != "Set-User") {
			continue
		}
		n++
		_, errs := s.run(r.Cmdlet + " tony@contoso.com -" + r.Name + ":$true")
		if want := "A parameter cannot be found that matches parameter name '" + r.Name + "'."; !strings.Contains(errs, want) {
			t.Errorf("%s -%s: %q, want %q", r.Cmdlet, r.Name, errs, want)
		}
	}
	if n == 0 {
		t.Fatal("the table has no Exchange Online-only parameter of Set-Mailbox or Set-User")
	}
}
