package syntax

import "github.com/alecthomas/participle/v2/lexer"

// Pos is a source position: Filename, Offset (bytes), Line and Column
// (both 1-based; Column counts characters).
type Pos = lexer.Position

// The AST types below double as the participle grammar: the struct tags are
// the productions. Every node has Pos (its first token) and most have EndPos
// (the position just after its last token).

// ScriptBlock is the body of a script, a function or a script block literal:
// optional attributes and param block, then either named blocks
// (begin/process/end) or a plain statement list (which is the end block).
type ScriptBlock struct {
	Pos        Pos
	EndPos     Pos
	Attributes []*Attribute  `parser:"Sep? ( ( @@ Sep? )*"`
	Param      *ParamBlock   `parser:"  @@ Sep? )?"`
	Named      []*NamedBlock `parser:"( ( @@ Sep? )+"`
	Statements []Statement   `parser:"| ( @@ ( Sep @@ )* Sep? ) )?"`
}

// ParamBlock is `param(...)`.
type ParamBlock struct {
	Pos    Pos
	EndPos Pos
	Params []*Parameter `parser:"'param':Keyword Sep? LParen Sep? ( @@ ( Comma Sep? @@ )* )? Sep? RParen"`
}

// Parameter is one parameter declaration: attributes such as
// `[Parameter(Mandatory)]`, type constraints such as `[string]` (in Types,
// `[switch]` included), the variable and an optional default value.
type Parameter struct {
	Pos        Pos
	EndPos     Pos
	Attributes []*Attribute `parser:"( ( @@"`
	Types      []*TypeLit   `parser:"  | @@ ) Sep? )*"`
	Name       *Variable    `parser:"@@"`
	Default    *ArgExpr     `parser:"( '=':AssignOp @@ )?"`
}

// Attribute is `[Name(args)]`, e.g. `[CmdletBinding()]`,
// `[Parameter(Mandatory, Position=0)]`, `[ValidateSet('a','b')]`.
type Attribute struct {
	Pos    Pos
	EndPos Pos
	Name   string     `parser:"@AttrOpen"`
	Args   []*AttrArg `parser:"Sep? ( @@ ( Comma Sep? @@ )* )? Sep? RParen RBracket"`
}

// AttrArg is one attribute argument: a named one (`Mandatory`,
// `Position=0`: Name set, Value optional) or a positional value (Name empty).
type AttrArg struct {
	Pos    Pos
	EndPos Pos
	Name   string   `parser:"( @Ident ( '=':AssignOp"`
	Value  *ArgExpr `parser:"  @@ )? | @@ )"`
}

// NamedBlock is `begin {}`, `process {}` or `end {}`; Name is lower case.
type NamedBlock struct {
	Pos    Pos
	EndPos Pos
	Name   string          `parser:"@( 'begin':Keyword | 'process':Keyword | 'end':Keyword ) Sep?"`
	Body   *StatementBlock `parser:"@@"`
}

// StatementBlock is a braced statement list such as an if or loop body.
type StatementBlock struct {
	Pos        Pos
	EndPos     Pos
	Statements []Statement `parser:"LBrace Sep? ( @@ ( Sep @@ )* Sep? )? RBrace"`
}

// Statement is one of *AssignStmt, *FunctionDef, *IfStmt, *WhileStmt,
// *DoStmt, *ForStmt, *ForeachStmt, *SwitchStmt, *TryStmt, *TrapStmt,
// *ThrowStmt, *ReturnStmt, *ExitStmt, *BreakStmt, *ContinueStmt, *Pipeline.
type Statement interface{ stmtNode() }

// AssignStmt is `target op value`. Op is one of = += -= *= /= %=. Target is
// a variable, member, index, cast variable (`[int]$x`) or a comma list
// (`$a, $b = ...`). Value is a whole statement (pipeline, if, switch, ...).
type AssignStmt struct {
	Pos    Pos
	EndPos Pos
	Target *Expr     `parser:"AssignMark @@"`
	Op     string    `parser:"@AssignOp"`
	Value  Statement `parser:"@@"`
}

// Pipeline is `[expr |] command | command ...`. Expr is set when the first
// element is an expression (only the first may be); Commands holds the
// command elements in order.
type Pipeline struct {
	Pos      Pos
	EndPos   Pos
	Expr     *ExprElement `parser:"( @@"`
	Commands []*Command   `parser:"  ( Pipe @@ )* | @@ ( Pipe @@ )* )"`
	Chain    []*ChainLink `parser:"@@*"`
}

// ChainLink is `&& pipeline` or `|| pipeline` (PowerShell 7's pipeline
// chains): the pipeline runs when the previous one succeeded (&&) or
// failed (||). Links apply left to right.
type ChainLink struct {
	Pos      Pos
	EndPos   Pos
	Op       string       `parser:"@ChainOp Sep?"`
	Expr     *ExprElement `parser:"( @@"`
	Commands []*Command   `parser:"  ( Pipe @@ )* | @@ ( Pipe @@ )* )"`
}

// ExprElement is an expression used as a pipeline's first element, with
// any redirections written after it.
type ExprElement struct {
	Pos       Pos
	EndPos    Pos
	Expr      *Expr          `parser:"@@"`
	Redirects []*Redirection `parser:"@@*"`
}

// Command is one command invocation. Either Name is the command name as
// written (a bare word, backtick escapes resolved), or CallOp is "&" or "."
// and Target is what it invokes: a *BareWord for a plain name
// (`& Get-Date`, `. ./lib.ps1`) or any other postfix expression (`& $sb`,
// `& 'C:\x y\a.exe'`, `& { ... }`).
type Command struct {
	Pos      Pos
	EndPos   Pos
	CallOp   string            `parser:"( @CallOp"`
	Target   *Postfix          `parser:"  @@"`
	Name     string            `parser:"| @CmdName )"`
	Elements []*CommandElement `parser:"@@*"`
}

// CommandElement is one element after the command name: exactly one field
// is set.
type CommandElement struct {
	Pos      Pos
	EndPos   Pos
	Param    *CommandParameter `parser:"  @@"`
	Splat    *Splat            `parser:"| @@"`
	Redirect *Redirection      `parser:"| @@"`
	Arg      *CommandArgument  `parser:"| @@"`
}

// CommandParameter is a parameter token. Plain holds `-Name` as written;
// for `-Name:value` Colon holds `-Name:` as written and Arg the value.
type CommandParameter struct {
	Pos    Pos
	EndPos Pos
	Plain  string           `parser:"  @Param"`
	Colon  string           `parser:"| @ParamColon"`
	Arg    *CommandArgument `parser:"  @@"`
}

// Splat is `@name` in a command's arguments; Name excludes the '@'.
type Splat struct {
	Pos    Pos
	EndPos Pos
	Name   string `parser:"@Splat"`
}

// CommandArgument is one argument: a value, or a comma list of values
// (`-Name a,b`), each a postfix expression (bare words are *BareWord or, when
// they contain `$`, an *ExpandableString of Kind "bare").
type CommandArgument struct {
	Pos    Pos
	EndPos Pos
	Values []*Postfix `parser:"@@ ( Comma @@ )*"`
}

// Redirection is `> file`, `>> file`, `2> file`, `*> file` (Op and Target)
// or a merge like `2>&1` (Merge, no target).
type Redirection struct {
	Pos    Pos
	EndPos Pos
	Merge  string   `parser:"  @RedirMerge"`
	Op     string   `parser:"| @Redir"`
	Target *Postfix `parser:"  @@"`
}

// Expr is a full expression: Left followed by binary operators. Use Tree
// for the tree with PowerShell's precedence applied. Commas (array
// construction) live inside the operands (ArrayExpr) because they bind
// tighter than every binary operator.
type Expr struct {
	Pos     Pos
	EndPos  Pos
	Left    *ArrayExpr    `parser:"@@"`
	Rest    []*BinaryTail `parser:"@@*"`
	Ternary *Ternary      `parser:"@@?"`
}

// Ternary is the `? then : else` of PowerShell 7's conditional operator,
// applied to the expression before it (which binds tighter than `?`).
type Ternary struct {
	Pos  Pos
	Then *Expr `parser:"Question Sep? @@ Sep?"`
	Else *Expr `parser:"Colon Sep? @@"`
}

// BinaryTail is one `op operand` of an Expr. Op is lower case as written
// (`-eq`, `-ceq`, `-ieq`, `+`, `..`, `-f`, `-and`, ...).
type BinaryTail struct {
	Pos   Pos
	Op    string     `parser:"@( Op | PrefixOp )"`
	Right *ArrayExpr `parser:"@@"`
}

// ArrayExpr is `a, b, c` (one element: just that element).
type ArrayExpr struct {
	Pos    Pos
	EndPos Pos
	Elems  []*UnaryExpr `parser:"@@ ( Comma @@ )*"`
}

// ArgExpr is an expression without top-level commas: method-call arguments,
// attribute arguments and parameter defaults. Use Tree for precedence.
type ArgExpr struct {
	Pos    Pos
	EndPos Pos
	Left   *UnaryExpr `parser:"@@"`
	Rest   []*ArgTail `parser:"@@*"`
}

// ArgTail is one `op operand` of an ArgExpr.
type ArgTail struct {
	Pos   Pos
	Op    string     `parser:"@( Op | PrefixOp )"`
	Right *UnaryExpr `parser:"@@"`
}

// UnaryExpr is a prefix operator applied to an operand (Op: `-`, `+`, `!`,
// `-not`, `-bnot`, `-split`, `-join`, `,`, `++`, `--`), a cast
// (`[int]$x`: Cast and Operand), or a plain Postfix.
type UnaryExpr struct {
	Pos     Pos
	EndPos  Pos
	Op      string     `parser:"( ( @( PrefixOp | UnaryOp | IncDec | Comma )"`
	Cast    *TypeLit   `parser:"  | (?= TypeLit ( Number | SQString | StrOpen | Variable | DollarParen | AtParen | AtBrace | LParen | LBrace | TypeLit | PrefixOp | UnaryOp ) ) @@ )"`
	Operand *UnaryExpr `parser:"  @@"`
	Postfix *Postfix   `parser:"| @@ )"`
}

// Postfix is a primary followed by member accesses, method calls and
// indexes, and an optional postfix `++`/`--` (PostOp).
type Postfix struct {
	Pos      Pos
	EndPos   Pos
	Primary  Primary   `parser:"@@"`
	Suffixes []*Suffix `parser:"@@*"`
	PostOp   string    `parser:"@IncDec?"`
}

// Suffix is `.Member`, `::Member` (Static), a method call `.M(args)`
// (Call true, Args) or an index `[expr]` (Index).
type Suffix struct {
	Pos    Pos
	EndPos Pos
	Static bool        `parser:"( ( Dot | @DColon )"`
	Member *MemberName `parser:"  @@"`
	Call   bool        `parser:"  ( @LCall"`
	Args   []*ArgExpr  `parser:"    Sep? ( @@ ( Comma Sep? @@ )* )? Sep? RParen )?"`
	Index  *Expr       `parser:"| LIndex Sep? @@ Sep? RBracket )"`
}

// MemberName is the name after `.` or `::`: a plain name, `$var`, or a
// quoted string.
type MemberName struct {
	Pos        Pos
	Name       string            `parser:"  @Ident"`
	Var        *Variable         `parser:"| @@"`
	Str        *StringLit        `parser:"| @@"`
	Expandable *ExpandableString `parser:"| @@"`
	Paren      *ParenExpr        `parser:"| @@"` // $o.(expr): the name is computed
}

// Primary is one of *Number, *StringLit, *ExpandableString, *Variable,
// *SubExpr, *ArraySubExpr, *Hashtable, *ParenExpr, *ScriptBlockExpr,
// *TypeLit, *BareWord.
type Primary interface{ primaryNode() }

// Number is a numeric literal; Text is exactly as written (`0x10`, `2GB`,
// `-5`, `1e3`, `24l`). Value gives the Go value.
type Number struct {
	Pos    Pos
	EndPos Pos
	Text   string `parser:"@Number"`
}

// StringLit is a single-quoted string or here-string; Value is the
// decoded content.
type StringLit struct {
	Pos    Pos
	EndPos Pos
	Value  string `parser:"@SQString"`
}

// ExpandableString is a double-quoted string (Kind `"`), an expandable
// here-string (Kind `@"`) or a bare command argument containing `$`
// (Kind "bare"). Parts are literal text (escapes resolved), variables and
// `$(...)` subexpressions.
type ExpandableString struct {
	Pos    Pos
	EndPos Pos
	Kind   string        `parser:"@StrOpen"`
	Parts  []*StringPart `parser:"@@* StrClose"`
}

// StringPart is one part of an ExpandableString: exactly one of Text (when
// Var and Sub are nil), Var, Sub.
type StringPart struct {
	Pos  Pos
	Text string    `parser:"  @StrText"`
	Var  *Variable `parser:"| @@"`
	Sub  *SubExpr  `parser:"| @@"`
}

// Variable is `$name`; Name is as written without `$` and braces:
// "x", "global:x", "env:PATH", "_", "?", "$", "^", "a b" (from `${a b}`).
type Variable struct {
	Pos    Pos
	EndPos Pos
	Name   string `parser:"@Variable"`
}

// SubExpr is `$( statements )`.
type SubExpr struct {
	Pos        Pos
	EndPos     Pos
	Statements []Statement `parser:"DollarParen Sep? ( @@ ( Sep @@ )* Sep? )? RParen"`
}

// ArraySubExpr is `@( statements )`.
type ArraySubExpr struct {
	Pos        Pos
	EndPos     Pos
	Statements []Statement `parser:"AtParen Sep? ( @@ ( Sep @@ )* Sep? )? RParen"`
}

// Hashtable is `@{ key = value; ... }` with entries in source order.
type Hashtable struct {
	Pos     Pos
	EndPos  Pos
	Entries []*HashEntry `parser:"AtBrace Sep? ( @@ ( Sep @@ )* Sep? )? RBrace"`
}

// HashEntry is `key = value`; a bare-word key is a *BareWord primary;
// the value is a statement (`a = if ($x) {1}` works).
type HashEntry struct {
	Pos    Pos
	EndPos Pos
	Key    *Postfix  `parser:"@@ '=':AssignOp"`
	Value  Statement `parser:"@@"`
}

// ParenExpr is `( statement )`.
type ParenExpr struct {
	Pos    Pos
	EndPos Pos
	Inner  Statement `parser:"LParen Sep? @@ Sep? RParen"`
}

// ScriptBlockExpr is a script block literal `{ ... }`; Text is the exact
// source between the braces.
type ScriptBlockExpr struct {
	Pos    Pos
	EndPos Pos
	Text   string       `parser:"@LBrace"`
	Body   *ScriptBlock `parser:"@@ RBrace"`
}

// TypeLit is a type literal `[int]`, `[string[]]`,
// `[System.Collections.Generic.List[string]]`; Name is the text between
// the outer brackets with spaces removed.
type TypeLit struct {
	Pos    Pos
	EndPos Pos
	Name   string `parser:"@TypeLit"`
}

// BareWord is an unquoted command argument or hashtable key without `$`
// (`foo.txt`, `C:\x\y`, `Unlimited`); Text has backtick escapes resolved.
type BareWord struct {
	Pos    Pos
	EndPos Pos
	Text   string `parser:"@Generic"`
}

// FunctionDef is `function Name { ... }`, `function Name($a, $b) { ... }`
// or `filter Name { ... }` (Kind "function" or "filter"). Params holds the
// parenthesised form; a param block inside the body is Body.Param. Text is
// the body's source between the braces.
type FunctionDef struct {
	Pos    Pos
	EndPos Pos
	Kind   string       `parser:"@( 'function':Keyword | 'filter':Keyword )"`
	Name   string       `parser:"@Generic Sep?"`
	Parens bool         `parser:"( @LParen Sep?"`
	Params []*Parameter `parser:"  ( @@ ( Comma Sep? @@ )* )? Sep? RParen Sep? )?"`
	Text   string       `parser:"@LBrace"`
	Body   *ScriptBlock `parser:"@@ RBrace"`
}

// IfStmt is if/elseif.../else.
type IfStmt struct {
	Pos     Pos
	EndPos  Pos
	Clauses []*IfClause     `parser:"'if':Keyword Sep? @@ ( Sep? 'elseif':Keyword Sep? @@ )*"`
	Else    *StatementBlock `parser:"( Sep? 'else':Keyword Sep? @@ )?"`
}

// IfClause is one `(cond) { body }` of an if statement.
type IfClause struct {
	Pos    Pos
	EndPos Pos
	Cond   Statement       `parser:"LParen Sep? @@ Sep? RParen Sep?"`
	Body   *StatementBlock `parser:"@@"`
}

// WhileStmt is `[:label] while (cond) { body }`.
type WhileStmt struct {
	Pos    Pos
	EndPos Pos
	Label  string          `parser:"@Label? 'while':Keyword Sep?"`
	Cond   Statement       `parser:"LParen Sep? @@ Sep? RParen Sep?"`
	Body   *StatementBlock `parser:"@@"`
}

// DoStmt is `do { body } while (cond)` (Until false) or
// `do { body } until (cond)` (Until true).
type DoStmt struct {
	Pos    Pos
	EndPos Pos
	Label  string          `parser:"@Label? 'do':Keyword Sep?"`
	Body   *StatementBlock `parser:"@@ Sep?"`
	Until  bool            `parser:"( 'while':Keyword | @'until':Keyword ) Sep?"`
	Cond   Statement       `parser:"LParen Sep? @@ Sep? RParen"`
}

// ForStmt is `for (init; cond; step) { body }`; each part may be nil.
type ForStmt struct {
	Pos    Pos
	EndPos Pos
	Label  string          `parser:"@Label? 'for':Keyword Sep? LParen"`
	Init   Statement       `parser:"@@? Sep"`
	Cond   Statement       `parser:"@@? Sep"`
	Step   Statement       `parser:"@@? RParen Sep?"`
	Body   *StatementBlock `parser:"@@"`
}

// ForeachStmt is `foreach ($v in collection) { body }`.
type ForeachStmt struct {
	Pos        Pos
	EndPos     Pos
	Label      string          `parser:"@Label? 'foreach':Keyword Sep? LParen Sep?"`
	Var        *Variable       `parser:"@@ Sep? 'in':Ident Sep?"`
	Collection Statement       `parser:"@@ Sep? RParen Sep?"`
	Body       *StatementBlock `parser:"@@"`
}

// SwitchStmt is `switch -opts (input) { clauses }` or
// `switch -file path { clauses }`. Options are the parameter tokens as
// written (`-regex`, `-Wildcard`, `-file`, ...).
type SwitchStmt struct {
	Pos     Pos
	EndPos  Pos
	Label   string          `parser:"@Label? 'switch':Keyword"`
	Options []string        `parser:"@Param*"`
	Input   Statement       `parser:"( LParen Sep? @@ Sep? RParen"`
	File    *Postfix        `parser:"| @@ ) Sep?"`
	Clauses []*SwitchClause `parser:"LBrace Sep? ( @@ ( Sep @@ )* Sep? )? RBrace"`
}

// SwitchClause is `pattern { body }` or `default { body }`. A bare-word
// pattern is in Word; any other pattern (string, number, variable, script
// block, paren expression) in Pattern.
type SwitchClause struct {
	Pos     Pos
	EndPos  Pos
	Default bool            `parser:"( @'default':CmdName"`
	Word    string          `parser:"| @CmdName"`
	Pattern *Postfix        `parser:"| @@ ) Sep?"`
	Body    *StatementBlock `parser:"@@"`
}

// TryStmt is try/catch.../finally.
type TryStmt struct {
	Pos     Pos
	EndPos  Pos
	Body    *StatementBlock `parser:"'try':Keyword Sep? @@"`
	Catches []*CatchClause  `parser:"( Sep? @@ )*"`
	Finally *StatementBlock `parser:"( Sep? 'finally':Keyword Sep? @@ )?"`
}

// CatchClause is `catch [T1], [T2] { body }`; no Types catches everything.
type CatchClause struct {
	Pos    Pos
	EndPos Pos
	Types  []*TypeLit      `parser:"'catch':Keyword ( @@ ( Sep? Comma Sep? @@ )* )? Sep?"`
	Body   *StatementBlock `parser:"@@"`
}

// TrapStmt is `trap [Type] { body }`.
type TrapStmt struct {
	Pos    Pos
	EndPos Pos
	Type   *TypeLit        `parser:"'trap':Keyword @@? Sep?"`
	Body   *StatementBlock `parser:"@@"`
}

// ThrowStmt is `throw [value]`.
type ThrowStmt struct {
	Pos    Pos
	EndPos Pos
	Value  Statement `parser:"'throw':Keyword @@?"`
}

// ReturnStmt is `return [value]`.
type ReturnStmt struct {
	Pos    Pos
	EndPos Pos
	Value  Statement `parser:"'return':Keyword @@?"`
}

// ExitStmt is `exit [code]`.
type ExitStmt struct {
	Pos    Pos
	EndPos Pos
	Value  Statement `parser:"'exit':Keyword @@?"`
}

// BreakStmt is `break [label]`.
type BreakStmt struct {
	Pos    Pos
	EndPos Pos
	Label  string `parser:"'break':Keyword @Ident?"`
}

// ContinueStmt is `continue [label]`.
type ContinueStmt struct {
	Pos    Pos
	EndPos Pos
	Label  string `parser:"'continue':Keyword @Ident?"`
}

func (*AssignStmt) stmtNode()   {}
func (*FunctionDef) stmtNode()  {}
func (*IfStmt) stmtNode()       {}
func (*WhileStmt) stmtNode()    {}
func (*DoStmt) stmtNode()       {}
func (*ForStmt) stmtNode()      {}
func (*ForeachStmt) stmtNode()  {}
func (*SwitchStmt) stmtNode()   {}
func (*TryStmt) stmtNode()      {}
func (*TrapStmt) stmtNode()     {}
func (*ThrowStmt) stmtNode()    {}
func (*ReturnStmt) stmtNode()   {}
func (*ExitStmt) stmtNode()     {}
func (*BreakStmt) stmtNode()    {}
func (*ContinueStmt) stmtNode() {}
func (*Pipeline) stmtNode()     {}

func (*Number) primaryNode()           {}
func (*StringLit) primaryNode()        {}
func (*ExpandableString) primaryNode() {}
func (*Variable) primaryNode()         {}
func (*SubExpr) primaryNode()          {}
func (*ArraySubExpr) primaryNode()     {}
func (*Hashtable) primaryNode()        {}
func (*ParenExpr) primaryNode()        {}
func (*ScriptBlockExpr) primaryNode()  {}
func (*TypeLit) primaryNode()          {}
func (*BareWord) primaryNode()         {}
