// Package pipeline is what every psh cmdlet sees: the value model (Go values,
// ordered case-insensitive hashtables, property bags, adapters for Go structs),
// PowerShell's conversion and comparison rules, the Cmdlet interfaces, parameter
// metadata reflected from tagged structs, the parameter binder, the synchronous
// push-based pipeline runner, the output, error, warning and verbose streams,
// and the formatting views (rendered by package pipeline/format) used at the
// end of a pipeline.
//
// A cmdlet is a Go struct whose exported fields with a param tag are its
// parameters (other fields are its own state):
//
//	type GetGreeting struct {
//		Name string `param:"Position=0,Mandatory,ValueFromPipeline"`
//	}
//
//	func (g *GetGreeting) Process(c *pipeline.Context) error {
//		return c.Emit("Hello, " + g.Name)
//	}
//
// The param tag takes comma-separated options, case-insensitive:
// Position=N, Mandatory, ValueFromPipeline, ValueFromPipelineByPropertyName,
// ValueFromRemainingArguments, Alias=A|B, ValidateSet=X|Y, Set=Name|Other
// (parameter sets), Name=N (a name other than the field's), AsText (a
// number typed as an argument binds as the text typed, for identity
// parameters of type any), TypeName=T (the type name help and binding
// errors show), and AllowNull, AllowEmptyString, AllowEmptyCollection
// (a mandatory parameter accepts them). A help:"..." tag describes the
// parameter for Get-Help. Methods Begin and End are optional (see
// [Beginner], [Ender]); [ShouldProcesser] adds -WhatIf and -Confirm.
//
// The pipeline is synchronous: a stage's Emit calls the next stage's Process
// directly, in one goroutine. A stage that needs no more input returns
// [StopUpstream] and the stages before it stop at once.
//
// pipeline imports nothing else of psh, so filter, directory and the cmdlet
// packages can all build on it.
package pipeline
