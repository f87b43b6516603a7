package exchange

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/pipeline"
)

// SetMailbox is Set-Mailbox: display name, alias, addresses, address-list
// visibility and the custom attributes of mailboxes.
type SetMailbox struct {
	writer

	Identity                      any    `param:"Position=0,Mandatory,ValueFromPipeline,ValueFromPipelineByPropertyName,AsText" help:"The mailbox: name, alias, email address, DN, canonical name, GUID, domain\\user, UPN or a piped object."`
	DisplayName                   string `param:"" help:"The display name."`
	Alias                         string `param:"" help:"The alias (mailNickname)."`
	PrimarySmtpAddress            string `param:"" help:"The primary SMTP address; the old one stays as a secondary address."`
	EmailAddresses                any    `param:"" help:"Replaces the address list, or edits it with @{Add=...; Remove=...}. SMTP: marks the primary address."`
	HiddenFromAddressListsEnabled bool   `param:"" help:"Hides the mailbox from address lists."`
	CustomAttribute1              string `param:""`
	CustomAttribute2              string `param:""`
	CustomAttribute3              string `param:""`
	CustomAttribute4              string `param:""`
	CustomAttribute5              string `param:""`
	CustomAttribute6              string `param:""`
	CustomAttribute7              string `param:""`
	CustomAttribute8              string `param:""`
	CustomAttribute9              string `param:""`
	CustomAttribute10             string `param:""`
	CustomAttribute11             string `param:""`
	CustomAttribute12             string `param:""`
	CustomAttribute13             string `param:""`
	CustomAttribute14             string `param:""`
	CustomAttribute15             string `param:""`

	edit addressEdit
}

// SupportsShouldProcess gives Set-Mailbox -WhatIf and -Confirm.
func (*SetMailbox) SupportsShouldProcess() bool { return true }

// Begin implements pipeline.Beginner: -EmailAddresses is read once.
func (s *SetMailbox) Begin(c *pipeline.Context) error {
	if err := s.cn.flushIdle(); err != nil {
		return terminating(c, err, nil)
	}
	if c.IsBound("EmailAddresses") {
		e, err := parseAddressEdit(s.EmailAddresses)
		if err != nil {
			return attributed(c, err)
		}
		s.edit = e
	}
	return nil
}

// Process implements pipeline.Cmdlet.
func (s *SetMailbox) Process(c *pipeline.Context) error {
	s.enter()
	defer s.leave()
	s.modify(c, directory.KindMailbox, s.Identity, "Set-Mailbox", func(r *directory.Recipient) error {
		if c.IsBound("DisplayName") {
			r.DisplayName = s.DisplayName
		}
		if c.IsBound("Alias") {
			r.Alias = s.Alias
		}
		if c.IsBound("EmailAddresses") {
			r.EmailAddresses = s.edit.apply(r.EmailAddresses)
		}
		if c.IsBound("PrimarySmtpAddress") {
			r.PrimarySmtpAddress = s.PrimarySmtpAddress
		}
		if c.IsBound("HiddenFromAddressListsEnabled") {
			r.HiddenFromAddressListsEnabled = s.HiddenFromAddressListsEnabled
		}
		vals := [...]string{s.CustomAttribute1, s.CustomAttribute2, s.CustomAttribute3, s.CustomAttribute4,
			s.CustomAttribute5, s.CustomAttribute6, s.CustomAttribute7, s.CustomAttribute8, s.CustomAttribute9,
			s.CustomAttribute10, s.CustomAttribute11, s.CustomAttribute12, s.CustomAttribute13,
			s.CustomAttribute14, s.CustomAttribute15}
		for i, v := range vals {
			if c.IsBound("CustomAttribute" + strconv.Itoa(i+1)) {
				*r.CustomAttribute(i + 1) = v
			}
		}
		return nil
	})
	return nil
}

// End implements pipeline.Ender.
func (s *SetMailbox) End(c *pipeline.Context) error {
	s.enter()
	defer s.leave()
	return s.endBatch(c)
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
