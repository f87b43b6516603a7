// Package fuzzcheck lets fuzz targets that run scripts fail on psh's own
// bugs. The shell turns them into errors instead of crashing — a panic in
// the interpreter becomes an "InternalError" record, a Go command's panic a
// "CommandPanicked" one, a panic in the parser an "internal parser error"
// — and a script may catch or silence them, so a target that only watches
// for crashes cannot see them. An Errors value collects every record the
// shell reports; Check fails the test when the run's error, a reported
// record or one left in $Error is internal (pipeline.IsInternalError).
package fuzzcheck
