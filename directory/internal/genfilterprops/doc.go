// Command genfilterprops writes directory/filterprops_gen.go, the table of
// the properties Exchange lets -Filter name, from the appendix of the OPATH
// reference (../shared/reference/opath.md: one row per property with its
// value type, the cmdlets that filter on it and its flags).
//
// Run it with go generate in package directory.
package main
