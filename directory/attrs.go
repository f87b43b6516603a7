package directory

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// The long tail of Exchange's recipient properties lives in one JSON
// document per recipient (the attrs column), not in a column each: adding a
// property is one line in attributes. Filterable ones get an expression
// index (attrIndexStatements) and OPATH filters on them run in SQL
// (attrColumn). A property absent from the document has its default.

// AttrKind is the value type of a document attribute.
type AttrKind int

// The attribute kinds and how each is kept in the document.
const (
	AttrBool     AttrKind = iota // bool; JSON true/false
	AttrInt                      // int32 or nil; JSON number
	AttrSize                     // ByteQuantifiedSize; JSON number of bytes or "Unlimited"
	AttrTimeSpan                 // EnhancedTimeSpan; JSON number of seconds
)

// attribute is one property kept in the document.
type attribute struct {
	name       string // Exchange's property name, the document's key
	kind       AttrKind
	def        any  // the value when absent
	filterable bool // indexed, and filters on it run in SQL
	user       bool // a property of the account: kept when the mailbox goes
}

var unlimited = ByteQuantifiedSize{Unlimited: true}

// attributes are the document's properties. Adding one is one line here;
// a filterable one also needs its index in a migration step.
var attributes = []attribute{
	{"AuditEnabled", AttrBool, false, true, false},
	{"SingleItemRecoveryEnabled", AttrBool, false, true, false},
	{"LitigationHoldEnabled", AttrBool, false, true, false},
	{"DeliverToMailboxAndForward", AttrBool, false, true, false},
	{"IssueWarningQuota", AttrSize, unlimited, false, false},
	{"ProhibitSendQuota", AttrSize, unlimited, false, false},
	{"ProhibitSendReceiveQuota", AttrSize, unlimited, false, false},
	{"MaxSendSize", AttrSize, unlimited, false, false},
	{"MaxReceiveSize", AttrSize, unlimited, false, false},
	{"RetainDeletedItemsFor", AttrTimeSpan, EnhancedTimeSpan{14 * 24 * time.Hour}, false, false},
	{"SeniorityIndex", AttrInt, nil, false, true},
}

// attributeNamed returns the attribute called name (case-insensitive).
func attributeNamed(name string) (attribute, bool) {
	for _, a := range attributes {
		if strings.EqualFold(a.name, name) {
			return a, true
		}
	}
	return attribute{}, false
}

// attrColumn is the SQL expression of a filterable attribute, for filters
// and for its expression index (the two must be the same text for SQLite to
// use the index). alias is "r." or "".
func attrColumn(a attribute, alias string) string {
	e := fmt.Sprintf("json_extract(%sattrs, '$.%s')", alias, a.name)
	if a.kind == AttrBool {
		e = "ifnull(" + e + ", 0)"
	}
	return e
}

// attrIndexStatements returns the CREATE INDEX statements of the filterable
// attributes.
func attrIndexStatements() []string {
	var out []string
	for _, a := range attributes {
		if a.filterable {
			out = append(out, fmt.Sprintf("CREATE INDEX IF NOT EXISTS recipients_attr_%s ON recipients(%s)", a.name, attrColumn(a, "")))
		}
	}
	return out
}

// Attribute returns the document property name of r: a bool, an int32 (or
// nil), a ByteQuantifiedSize or an EnhancedTimeSpan, its default when unset.
// It panics on a name attributes does not list (a programming error).
func (r *Recipient) Attribute(name string) any {
	a, ok := attributeNamed(name)
	if !ok {
		panic("directory: no attribute " + name)
	}
	if r.attrs == "" {
		return a.def
	}
	doc, err := decodeAttrs(r.attrs)
	if err != nil {
		return a.def
	}
	raw, ok := doc[a.name]
	if !ok {
		return a.def
	}
	v, err := fromJSON(a, raw)
	if err != nil {
		return a.def
	}
	return v
}

// SetAttribute stores v (of the attribute's type; nil resets it to its
// default) as the document property name of r.
func (r *Recipient) SetAttribute(name string, v any) error {
	a, ok := attributeNamed(name)
	if !ok {
		return fmt.Errorf("directory: no attribute %q", name)
	}
	doc, err := decodeAttrs(r.attrs)
	if err != nil {
		return err
	}
	if v == nil || v == a.def {
		delete(doc, a.name)
	} else {
		raw, err := toJSON(a, v)
		if err != nil {
			return err
		}
		doc[a.name] = raw
	}
	if len(doc) == 0 {
		r.attrs = ""
		return nil
	}
	b, err := json.Marshal(doc) // keys sorted: equal documents are equal text
	if err != nil {
		return err
	}
	r.attrs = string(b)
	return nil
}

func decodeAttrs(s string) (map[string]json.RawMessage, error) {
	doc := map[string]json.RawMessage{}
	if s == "" {
		return doc, nil
	}
	if err := json.Unmarshal([]byte(s), &doc); err != nil {
		return nil, fmt.Errorf("directory: malformed attribute document: %w", err)
	}
	return doc, nil
}

// toJSON encodes v, which must be of a's type.
func toJSON(a attribute, v any) (json.RawMessage, error) {
	var x any
	switch a.kind {
	case AttrBool:
		b, ok := v.(bool)
		if !ok {
			return nil, fmt.Errorf("directory: %s takes a bool, not %T", a.name, v)
		}
		x = b
	case AttrInt:
		n, ok := v.(int32)
		if !ok {
			return nil, fmt.Errorf("directory: %s takes an int32, not %T", a.name, v)
		}
		x = n
	case AttrSize:
		s, ok := v.(ByteQuantifiedSize)
		if !ok {
			return nil, fmt.Errorf("directory: %s takes a ByteQuantifiedSize, not %T", a.name, v)
		}
		if s.Unlimited {
			x = "Unlimited"
		} else {
			x = s.Bytes
		}
	case AttrTimeSpan:
		t, ok := v.(EnhancedTimeSpan)
		if !ok {
			return nil, fmt.Errorf("directory: %s takes an EnhancedTimeSpan, not %T", a.name, v)
		}
		x = int64(t.Duration / time.Second)
	}
	return json.Marshal(x)
}

// fromJSON decodes the stored value of a.
func fromJSON(a attribute, raw json.RawMessage) (any, error) {
	switch a.kind {
	case AttrBool:
		var b bool
		err := json.Unmarshal(raw, &b)
		return b, err
	case AttrInt:
		var n int32
		err := json.Unmarshal(raw, &n)
		return n, err
	case AttrSize:
		var n uint64
		if err := json.Unmarshal(raw, &n); err != nil {
			return unlimited, nil
		}
		return ByteQuantifiedSize{Bytes: n}, nil
	case AttrTimeSpan:
		var n int64
		err := json.Unmarshal(raw, &n)
		return EnhancedTimeSpan{time.Duration(n) * time.Second}, err
	}
	return nil, fmt.Errorf("directory: attribute %s has no kind", a.name)
}

// attrFilterable reports whether name is a filterable document attribute.
func attrFilterable(name string) bool {
	a, ok := attributeNamed(name)
	return ok && a.filterable
}

// clearMailAttributes resets the mailbox properties of the document
// (Disable-Mailbox), keeping the account's.
func (r *Recipient) clearMailAttributes() {
	for _, a := range attributes {
		if !a.user {
			// Resetting to the default cannot fail: nil is always valid.
			_ = r.SetAttribute(a.name, nil)
		}
	}
}
