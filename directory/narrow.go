package directory

import (
	"reflect"
	"strings"
	"sync"
)

// narrowing maps the properties of the Get- cmdlets' objects (lower-case)
// to what reading them takes: columns, and the OU or address list. A view
// property with the name of a Recipient field is that field's column; the
// others are listed here. Built on first use, read-only.
var narrowing = sync.OnceValue(func() map[string]need {
	m := map[string]need{}
	var probe Recipient
	rv := reflect.ValueOf(&probe).Elem()
	for _, c := range recipientColumns {
		addr := reflect.ValueOf(c.ptr(&probe)).Pointer()
		for i := 0; i < rv.NumField(); i++ {
			if f := rv.Type().Field(i); f.IsExported() && rv.Field(i).Addr().Pointer() == addr {
				m[strings.ToLower(f.Name)] = need{cols: []string{c.name}}
			}
		}
	}
	m["identity"] = need{cols: []string{"identity", "guid"}}
	m["id"] = need{cols: []string{"distinguished_name"}}
	m["windowsemailaddress"] = need{cols: []string{"primary_smtp_address"}}
	m["whencreatedutc"] = need{cols: []string{"when_created"}}
	m["whenchangedutc"] = need{cols: []string{"when_changed"}}
	m["isshared"] = need{cols: []string{"recipient_type_details"}}
	// derive() makes these from the recipient type and the alias.
	for _, p := range []string{"database", "servername", "serverlegacydn"} {
		m[p] = need{cols: []string{"recipient_type"}}
	}
	m["legacyexchangedn"] = need{cols: []string{"recipient_type", "alias"}}
	m["organizationalunit"] = need{ou: true}
	m["emailaddresses"] = need{addrs: true}
	return m
})

// need is what reading one property takes.
type need struct {
	cols      []string
	ou, addrs bool
}

// narrowProjection returns the projection that reads what the named view
// properties need, or nil when one of them is not known to depend only on
// columns (then the whole record is read).
func narrowProjection(props []string) *projection {
	m := narrowing()
	var cols []string
	ou, addrs := false, false
	for _, p := range props {
		n, ok := m[strings.ToLower(p)]
		if !ok {
			return nil
		}
		cols = append(cols, n.cols...)
		ou, addrs = ou || n.ou, addrs || n.addrs
	}
	if cols == nil {
		cols = []string{} // nil would mean every column
	}
	return packedOf(newProjection(cols, ou, addrs))
}
