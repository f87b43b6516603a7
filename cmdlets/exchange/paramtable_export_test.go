package exchange

import (
	"reflect"
	"testing"
)

// ExchangeParameter exports the generated table's row type.
type ExchangeParameter = exchangeParameter

// ExchangeParameters exports the generated table to the external tests.
var ExchangeParameters = exchangeParameters

// ParamGoType returns the Go type of parameter name of cmdlet (Set-Mailbox
// or Set-User), or nil when psh does not have it.
func ParamGoType(cmdlet, name string) reflect.Type {
	t := map[string]reflect.Type{"Set-Mailbox": reflect.TypeFor[SetMailbox](), "Set-User": reflect.TypeFor[SetUser]()}[cmdlet]
	if t == nil {
		return nil
	}
	f, ok := t.FieldByName(name)
	if _, param := f.Tag.Lookup("param"); !ok || !param {
		return nil
	}
	return f.Type
}

// TestParamGoType: the helper the parameter-table test relies on finds a
// parameter psh has and nothing else, so that test cannot pass by finding
// nothing.
func TestParamGoType(t *testing.T) {
	if got := ParamGoType("Set-Mailbox", "AuditEnabled"); got == nil {
		t.Error("Set-Mailbox -AuditEnabled: no type, want the parameter's")
	}
	if got := ParamGoType("Set-Mailbox", "NoSuchParameter"); got != nil {
		t.Errorf("Set-Mailbox -NoSuchParameter: %v, want nil", got)
	}
	if got := ParamGoType("Get-Nothing", "Identity"); got != nil {
		t.Errorf("Get-Nothing -Identity: %v, want nil", got)
	}
}
