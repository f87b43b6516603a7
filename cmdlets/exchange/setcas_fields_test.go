package exchange_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestSetCASMailboxEachParameter: every setting parameter of Set-CASMailbox
// changes the property of the same name and nothing else; POP3 and IMAP4
// settings are refused for the Administrator mailbox with a warning, the
// others are not.
func TestSetCASMailboxEachParameter(t *testing.T) {
	s, _ := demoSession(t)
	params := []string{"PopEnabled", "ImapEnabled", "OWAEnabled", "ActiveSyncEnabled", "MAPIEnabled", "EwsEnabled",
		"ECPEnabled", "MAPIBlockOutlookRpcHttp", "PopUseProtocolDefaults", "PopSuppressReadReceipt",
		"PopForceICalForCalendarRetrievalOption", "PopEnableExactRFC822Size", "PopMessagesRetrievalMimeFormat",
		"ImapUseProtocolDefaults", "ImapSuppressReadReceipt", "ImapForceICalForCalendarRetrievalOption",
		"ImapEnableExactRFC822Size", "ImapMessagesRetrievalMimeFormat"}
	state := func() []string {
		return strings.Split(s.line(`$m = Get-CASMailbox "Rand Zaher"; '`+strings.Join(params, ",")+`'.Split(',') | ForEach-Object { "$($m.$_)" }`), "\n")
	}
	for i, p := range params {
		before := state()
		value, want := "$"+map[string]string{"True": "false", "False": "true"}[before[i]], map[string]string{"True": "False", "False": "True"}[before[i]]
		if strings.HasSuffix(p, "MimeFormat") {
			value, want = "TextOnly", "TextOnly"
		}
		s.line(fmt.Sprintf(`Set-CASMailbox "Rand Zaher" -%s %s`, p, value))
		after := state()
		for j := range params {
			switch {
			case j == i && after[j] != want:
				t.Errorf("-%s %s: the property is %q, want %q", p, value, after[j], want)
			case j != i && after[j] != before[j]:
				t.Errorf("-%s %s changed %s too: %q -> %q", p, value, params[j], before[j], after[j])
			}
		}
		_, errs := s.run(fmt.Sprintf(`Set-CASMailbox Administrator -%s %s`, p, value))
		protocol := strings.HasPrefix(p, "Pop") || strings.HasPrefix(p, "Imap")
		if warned := strings.Contains(errs, "Administrator mailbox"); warned != protocol {
			t.Errorf("-%s on Administrator: stderr %q, want the warning: %v", p, errs, protocol)
		}
	}
}

// TestSetCASMailboxBadMimeFormat pins the binding error for a MIME format
// that is not one of MimeTextFormat's names: nothing is changed.
func TestSetCASMailboxBadMimeFormat(t *testing.T) {
	s, _ := demoSession(t)
	out, errs := s.run(`Set-CASMailbox "Rand Zaher" -ImapMessagesRetrievalMimeFormat Bogus -PopEnabled $false; (Get-CASMailbox "Rand Zaher").PopEnabled`)
	const want = `Set-CASMailbox: Cannot bind parameter 'ImapMessagesRetrievalMimeFormat'. Cannot convert value "Bogus" to type "Microsoft.Exchange.Data.Directory.Recipient.MimeTextFormat". Error: "Unable to match the identifier name Bogus to a valid enumerator name. Specify one of the following enumerator names and try again: TextOnly, HtmlOnly, HtmlAndTextAlternative, TextEnrichedOnly, TextEnrichedAndTextAlternative, BestBodyFormat, Tnef"` + "\n"
	if out != "True\n" || errs != want {
		t.Errorf("stdout %q\nstderr %q\nwant   %q", out, errs, want)
	}
}
