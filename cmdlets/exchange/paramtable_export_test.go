package exchange

import "reflect"

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
