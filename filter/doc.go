// Package filter implements Exchange's OPATH -Filter language: it parses a
// filter into an AST with positions, checks it against the schema of the
// cmdlet that runs it, compiles it to an immutable Program that evaluates
// in-memory objects, and translates it to a parameterised SQL WHERE fragment
// (and to an RFC 4515 LDAP filter) through the Target interface.
//
// # Language
//
//	filter     := clause { ("-and" | "-or") clause }
//	clause     := "-not" clause | "(" filter ")" | comparison
//	comparison := Property Operator Value
//
// Operators are -eq -ne -lt -gt -le -ge -like -notlike -and -or -not, in any
// letter case. -and and -or have EQUAL precedence and are evaluated left to
// right, as PowerShell's own logical operators (about_Logical_Operators):
// "A -or B -and C" means "(A -or B) -and C". Exchange does not document its
// precedence; write parentheses. -not applies to the clause that follows it,
// so "-not DisplayName -like 'CAS_{*'" negates the whole comparison.
//
// Values: 'single-quoted' (a doubled single quote is a quote), "double-quoted" ("" or `" is a
// quote; valid when the filter came from a script block), bare integers
// (500, -2147483645), bare words (UserMailbox), $true, $false, $null (also
// written `$true). A script-block filter {Department -eq 'Sales'} is
// accepted; its braces are ignored and nothing inside is expanded.
//
// Property names are case-insensitive. -like and -notlike work on String and
// MultiString properties only, with '*' (any run) and '?' (one character)
// anywhere in the pattern. Ordering operators work on String, Int and Date.
// Enum values must be one of the property's Values (several may be joined by
// commas). Dates are read as UTC in the forms '8/1/2017 2:00:00 PM',
// '8/1/2017', '2017-08-01T14:00:00Z' and similar.
//
// # Semantics
//
// Text comparisons ignore ASCII letter case only (as SQLite's NOCASE and
// LIKE do). An empty string means "not set". -eq $null matches an unset
// property, -ne $null a set one. Every other comparison is false for an
// unset property and its negation (-ne, -notlike, -not) is true, as in
// LDAP: "Department -ne 'Sales'" also matches users with no department.
// On a MultiString property -eq means "contains", -like "some value
// matches", -ne and -notlike their negations. A Boolean is never $null: a
// missing Boolean reads as $false.
//
// # Storage conventions assumed by Program.SQL
//
//   - String, Enum, DN and MultiString values: TEXT columns declared
//     COLLATE NOCASE; NULL means not set and an empty string is stored as NULL.
//     -like 'abc*' becomes the range col >= 'abc' AND col < 'abd' (usable by
//     an index on the NOCASE column); other patterns become LIKE ? ESCAPE '\'
//     with %, _ and \ escaped.
//   - Bool: INTEGER 0/1, NOT NULL.
//   - Int: INTEGER. Date: INTEGER Unix time in nanoseconds, UTC; the zero
//     time.Time is stored as NULL.
//   - Guid: TEXT in lower-case 8-4-4-4-12 form.
//   - MultiString: a side table (Column.MultiTable) with one row per value,
//     its key column referencing the main table's key; values TEXT NOCASE.
//
// Every value is a bound argument; only column names from the SQLMapping
// (trusted code) are written into the SQL text.
//
// # Errors
//
// Errors are *Error values with a 0-based Pos into the filter text. Their
// text follows Exchange's parameter-binding wording, for example:
//
//	Cannot bind parameter 'Filter' to the target. Exception setting "Filter": "Invalid filter syntax. For a description of the filter parameter syntax see the command help. "Name -eq" at position 8."
package filter
