package exchange

import (
	"fmt"
	"strings"

	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/pipeline"
)

// addressParams are the address-book parameters Set-Mailbox and
// Set-CASMailbox share (the reference lists them for both): one meaning and
// one validation, the store's, for both cmdlets. A cmdlet embeds the struct,
// calls begin from its Begin and apply inside its change.
type addressParams struct {
	DisplayName        string `param:"" help:"The display name."`
	PrimarySmtpAddress string `param:"" help:"The primary SMTP address; the old one stays as a secondary address."`
	EmailAddresses     any    `param:"" help:"Replaces the address list, or edits it with @{Add=...; Remove=...}. SMTP: marks the primary address."`

	edit addressEdit
}

// addressParamNames are the names of the parameters of addressParams.
var addressParamNames = [...]string{"DisplayName", "PrimarySmtpAddress", "EmailAddresses"}

// begin reads -EmailAddresses once, before any object is changed.
func (p *addressParams) begin(c *pipeline.Context) error {
	if !c.IsBound("EmailAddresses") {
		return nil
	}
	e, err := parseAddressEdit(p.EmailAddresses)
	if err != nil {
		return attributed(c, err)
	}
	p.edit = e
	return nil
}

// bound reports whether any of the parameters was given.
func (p *addressParams) bound(c *pipeline.Context) bool {
	for _, n := range addressParamNames {
		if c.IsBound(n) {
			return true
		}
	}
	return false
}

// apply sets the bound parameters on r. The address list is set before the
// primary address, so -PrimarySmtpAddress wins over an SMTP: entry; the
// store checks both when the change is written.
func (p *addressParams) apply(c *pipeline.Context, r *directory.Recipient) {
	if c.IsBound("DisplayName") {
		r.DisplayName = p.DisplayName
	}
	if c.IsBound("EmailAddresses") {
		r.EmailAddresses = p.edit.apply(r.EmailAddresses)
	}
	if c.IsBound("PrimarySmtpAddress") {
		r.PrimarySmtpAddress = p.PrimarySmtpAddress
	}
}

// addressEdit is a parsed -EmailAddresses value: a replacement list, or
// addresses to add and remove.
type addressEdit struct {
	replace     bool
	list        []string
	add, remove []string
}

// parseAddressEdit reads a list, a single address, $null or a hashtable
// with Add and Remove keys.
func parseAddressEdit(v any) (addressEdit, error) {
	if h, ok := v.(*pipeline.Hashtable); ok {
		var e addressEdit
		for _, k := range h.Keys() {
			val, _ := h.Get(k)
			switch strings.ToLower(fmt.Sprint(k)) {
			case "add", "+":
				e.add = append(e.add, texts(val)...)
			case "remove", "-":
				e.remove = append(e.remove, texts(val)...)
			default:
				return e, bindError("EmailAddresses", v, fmt.Sprintf("The key \"%v\" is not valid; use Add or Remove.", k))
			}
		}
		return e, nil
	}
	return addressEdit{replace: true, list: texts(v)}, nil
}

// texts flattens a value into strings.
func texts(v any) []string {
	var out []string
	_ = pipeline.Enumerate(v, func(x any) error {
		if x != nil {
			out = append(out, strings.TrimSpace(identityText(x)))
		}
		return nil
	})
	return out
}

// apply returns the new address list.
func (e addressEdit) apply(cur []string) []string {
	if e.replace {
		return append([]string(nil), e.list...)
	}
	out := append([]string(nil), cur...)
	for _, rm := range e.remove {
		bare := stripSmtp(rm)
		kept := out[:0]
		for _, a := range out {
			if !strings.EqualFold(stripSmtp(a), bare) {
				kept = append(kept, a)
			}
		}
		out = kept
	}
	for _, a := range e.add {
		if strings.HasPrefix(a, "SMTP:") {
			// A new primary: the old one becomes a secondary.
			for i, o := range out {
				if strings.HasPrefix(o, "SMTP:") {
					out[i] = "smtp:" + o[5:]
				}
			}
		}
		out = append(out, a)
	}
	return out
}

func stripSmtp(a string) string {
	if p, rest, ok := strings.Cut(a, ":"); ok && strings.EqualFold(p, "smtp") {
		return rest
	}
	return a
}
