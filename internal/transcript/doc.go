// Package transcript runs psh transcript tests: files of "PS> " lines (with
// ">> " continuation lines), each followed by the exact output the command
// prints, stdout and stderr interleaved. A .txt file is one transcript; a
// .txtar archive holds fixture files, written to the directory the shell
// starts in, and the transcript as its member named "transcript".
//
// All commands of a file run in one shell, so state carries over. With
// update set, the files are rewritten with the actual output (review the
// diff: a transcript pins what PowerShell would print, not what psh
// happens to print).
package transcript
