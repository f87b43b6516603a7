// Package syntax parses PowerShell source into an AST.
//
// A hand-written, mode-aware lexer (Definition) turns source into tokens:
// PowerShell tokenizes differently in expression mode (`1+2`, `-eq`,
// `$x.Name`) and in command-argument mode (`Write-Output 1+2` passes the
// string "1+2", `-Path` is a parameter token, `C:\x\y.txt` a bare word),
// and the mode depends on where a token stands. The lexer resolves
// backtick escapes, splits expandable strings into parts (with `$(...)`
// lexed recursively), marks assignment statements, and reports unfinished
// input (open quote, brace, paren, here-string) as incomplete.
//
// participle builds the whole tree from the struct-tag grammar in ast.go;
// the parser is built once, lazily, on first use. Parse returns the tree
// or an *Error with a position; Error.Show renders it the way PowerShell
// 7's ConciseView does. ScriptBlock.String prints a tree back as source.
package syntax
