// Package format lays out values the way PowerShell's console shows them:
// the Formatter behind Out-Default (views chosen by type name, tables,
// lists, wide lists, grouping), the FormatOutput values Format-Table,
// Format-List and Format-Wide emit, and the scalar and cell formatting
// rules they share.
//
// The views themselves ([pipeline.View], [pipeline.Views]) are declared in
// pipeline, where modules register them; format only renders. format
// imports pipeline and nothing else of psh.
package format
