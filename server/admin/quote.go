package admin

import "strings"

// psQuote returns s as a PowerShell single-quoted string literal.
func psQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// opathLiteral returns s as an OPATH single-quoted literal (a doubled
// quote stands for one).
func opathLiteral(s string) string { return psQuote(s) }

// psBool returns $true or $false.
func psBool(b bool) string {
	if b {
		return "$true"
	}
	return "$false"
}
