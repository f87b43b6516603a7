package directory

import "strings"

// AdministratorWarning is the warning Set-CASMailbox writes when it is asked
// to change POP3 or IMAP4 settings of the Administrator mailbox.
const AdministratorWarning = "POP3 and IMAP4 can't be used with the Administrator mailbox. The setting has no effect for this mailbox and wasn't saved."

// IsAdministrator reports whether r is the built-in Administrator account.
// POP3 and IMAP4 can never be used with its mailbox (Exchange 2016 and later).
func IsAdministrator(r *Recipient) bool {
	return r != nil && strings.EqualFold(r.SamAccountName, "Administrator")
}

// ProtocolSettingIgnored reports whether a POP3 or IMAP4 setting given for r
// has no effect: true for the Administrator mailbox. Set-CASMailbox then
// writes AdministratorWarning and leaves those settings out of its change;
// the store refuses PopEnabled or ImapEnabled = true for it in any case.
func ProtocolSettingIgnored(r *Recipient) bool { return IsAdministrator(r) }
