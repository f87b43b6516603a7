// Package warmup starts building the script parser in the background while
// the rest of the psh binary initializes.
//
// Building participle's parser from the grammar structs costs about a
// millisecond of CPU and every psh run needs it before it can parse its
// first line. Importing this package for its side effect starts that work
// as soon as the syntax package is ready, so on a machine with two or more
// cores it overlaps the remaining package initialization and the shell's
// set-up instead of adding to them. It fills no registry and changes no
// behaviour: syntax.Parse waits for the same build if it has not finished.
//
// Only the psh command imports it; a program that embeds psh chooses for
// itself whether to call syntax.Warm.
package warmup
