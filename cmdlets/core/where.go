package core

import (
	"fmt"
	"reflect"
	"time"

	"github.com/psh-project/psh/pipeline"
)

var (
	intType     = reflect.TypeFor[int]()
	floatType   = reflect.TypeFor[float64]()
	reflectTime = reflect.TypeFor[time.Time]()
)

// WhereObject is Where-Object (? and where): it passes on the input objects
// for which a script block is true, or, in the simplified form
// (Where-Object Name -like 'a*'), for which a property compares true.
type WhereObject struct {
	InputObject  any    `param:"ValueFromPipeline" help:"The objects to filter."`
	FilterScript any    `param:"Position=0" help:"The script block that decides, with $_ set to each object (or, as a string, the property to test)."`
	Property     string `param:"" help:"The property to test in the simplified form."`
	Value        any    `param:"Position=1" help:"The value the property is compared with."`

	EQ           pipeline.Switch `param:"Name=EQ,Alias=IEQ" help:"Property equals Value."`
	CEQ          pipeline.Switch `param:"Name=CEQ" help:"Property equals Value, case-sensitively."`
	NE           pipeline.Switch `param:"Name=NE,Alias=INE" help:"Property does not equal Value."`
	CNE          pipeline.Switch `param:"Name=CNE" help:"Case-sensitive -NE."`
	GT           pipeline.Switch `param:"Name=GT,Alias=IGT" help:"Property is greater than Value."`
	CGT          pipeline.Switch `param:"Name=CGT" help:"Case-sensitive -GT."`
	GE           pipeline.Switch `param:"Name=GE,Alias=IGE" help:"Property is greater than or equal to Value."`
	CGE          pipeline.Switch `param:"Name=CGE" help:"Case-sensitive -GE."`
	LT           pipeline.Switch `param:"Name=LT,Alias=ILT" help:"Property is less than Value."`
	CLT          pipeline.Switch `param:"Name=CLT" help:"Case-sensitive -LT."`
	LE           pipeline.Switch `param:"Name=LE,Alias=ILE" help:"Property is less than or equal to Value."`
	CLE          pipeline.Switch `param:"Name=CLE" help:"Case-sensitive -LE."`
	Like         pipeline.Switch `param:"Alias=ILike" help:"Property matches the wildcard pattern Value."`
	CLike        pipeline.Switch `param:"Name=CLike" help:"Case-sensitive -Like."`
	NotLike      pipeline.Switch `param:"Alias=INotLike" help:"Property does not match the wildcard pattern Value."`
	CNotLike     pipeline.Switch `param:"Name=CNotLike" help:"Case-sensitive -NotLike."`
	Match        pipeline.Switch `param:"Alias=IMatch" help:"Property matches the regular expression Value."`
	CMatch       pipeline.Switch `param:"Name=CMatch" help:"Case-sensitive -Match."`
	NotMatch     pipeline.Switch `param:"Alias=INotMatch" help:"Property does not match the regular expression Value."`
	CNotMatch    pipeline.Switch `param:"Name=CNotMatch" help:"Case-sensitive -NotMatch."`
	Contains     pipeline.Switch `param:"Alias=IContains" help:"The property's collection contains Value."`
	CContains    pipeline.Switch `param:"Name=CContains" help:"Case-sensitive -Contains."`
	NotContains  pipeline.Switch `param:"Alias=INotContains" help:"The property's collection does not contain Value."`
	CNotContains pipeline.Switch `param:"Name=CNotContains" help:"Case-sensitive -NotContains."`
	In           pipeline.Switch `param:"Alias=IIn" help:"Property is one of the values in Value."`
	CIn          pipeline.Switch `param:"Name=CIn" help:"Case-sensitive -In."`
	NotIn        pipeline.Switch `param:"Alias=INotIn" help:"Property is none of the values in Value."`
	CNotIn       pipeline.Switch `param:"Name=CNotIn" help:"Case-sensitive -NotIn."`
	Is           pipeline.Switch `param:"" help:"Property is an instance of the type Value."`
	IsNot        pipeline.Switch `param:"" help:"Property is not an instance of the type Value."`
	Not          pipeline.Switch `param:"" help:"Property is false (or missing)."`

	ready bool
	block pipeline.ScriptBlock
	op    string
}

func (w *WhereObject) setup() error {
	if w.ready {
		return nil
	}
	w.ready = true
	if sb, ok := w.FilterScript.(pipeline.ScriptBlock); ok {
		w.block = sb
		return nil
	}
	if w.FilterScript != nil && w.Property == "" {
		w.Property = pipeline.ToString(w.FilterScript)
	}
	ops := []struct {
		on bool
		op string
	}{{bool(w.EQ), "eq"}, {bool(w.CEQ), "ceq"}, {bool(w.NE), "ne"}, {bool(w.CNE), "cne"},
		{bool(w.GT), "gt"}, {bool(w.CGT), "cgt"}, {bool(w.GE), "ge"}, {bool(w.CGE), "cge"},
		{bool(w.LT), "lt"}, {bool(w.CLT), "clt"}, {bool(w.LE), "le"}, {bool(w.CLE), "cle"},
		{bool(w.Like), "like"}, {bool(w.CLike), "clike"}, {bool(w.NotLike), "notlike"}, {bool(w.CNotLike), "cnotlike"},
		{bool(w.Match), "match"}, {bool(w.CMatch), "cmatch"}, {bool(w.NotMatch), "notmatch"}, {bool(w.CNotMatch), "cnotmatch"},
		{bool(w.Contains), "contains"}, {bool(w.CContains), "ccontains"}, {bool(w.NotContains), "notcontains"}, {bool(w.CNotContains), "cnotcontains"},
		{bool(w.In), "in"}, {bool(w.CIn), "cin"}, {bool(w.NotIn), "notin"}, {bool(w.CNotIn), "cnotin"},
		{bool(w.Is), "is"}, {bool(w.IsNot), "isnot"}, {bool(w.Not), "not"}}
	for _, o := range ops {
		if !o.on {
			continue
		}
		if w.op != "" {
			return &pipeline.ErrorRecord{Err: fmt.Errorf("Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided."),
				ID: "AmbiguousParameterSet", Category: pipeline.InvalidArgument}
		}
		w.op = o.op
	}
	if w.Property == "" {
		return &pipeline.ErrorRecord{Err: fmt.Errorf("Cannot process command because of one or more missing mandatory parameters: FilterScript."),
			ID: "MissingMandatoryParameter", Category: pipeline.InvalidArgument}
	}
	// A -Value without an operator compares with -EQ.
	if w.op == "" && w.Value != nil {
		w.op = "eq"
	}
	return nil
}

// Process tests one input object and emits it when the test is true.
func (w *WhereObject) Process(c *pipeline.Context) error {
	if err := w.setup(); err != nil {
		return err
	}
	in, ok := inputOf(c, w.InputObject)
	if !ok {
		return nil
	}
	keep, err := w.test(c, in)
	if err != nil {
		return err
	}
	if keep {
		return c.Emit(in)
	}
	return nil
}

func (w *WhereObject) test(c *pipeline.Context, in any) (bool, error) {
	if w.block != nil {
		out, err := pipeline.Invoke(c, w.block, in)
		if err != nil {
			return false, err
		}
		switch len(out) {
		case 0:
			return false, nil
		case 1:
			return pipeline.ToBool(out[0]), nil
		}
		return pipeline.ToBool(out), nil
	}
	v, found := pipeline.GetProperty(in, w.Property)
	if !found {
		if mv, ok := pipeline.MemberEnumerate(in, w.Property); ok {
			v, found = mv, mv != nil
		}
	}
	switch w.op {
	case "":
		return found && pipeline.ToBool(v), nil
	case "not":
		return !found || !pipeline.ToBool(v), nil
	}
	r, err := pipeline.Binary(w.op, v, w.Value)
	if err != nil {
		c.WriteError(pipeline.NewError(err, "OperatorFailed", pipeline.InvalidOperation, in))
		return false, nil
	}
	return pipeline.ToBool(r), nil
}

var whereHelp = &pipeline.Help{
	Synopsis: "Selects objects from a collection based on their property values.",
	Description: "Where-Object passes on each input object for which the -FilterScript block returns true, with $_ set to the object. " +
		"The simplified form names a property, an operator switch and a value: Where-Object Length -gt 10. " +
		"With only a property name, objects whose property is true pass; -Not inverts that.",
	Examples: []pipeline.Example{
		{Code: "1..5 | Where-Object { $_ % 2 -eq 0 }", Remarks: "Keeps the even numbers: 2 and 4."},
		{Code: "Get-ChildItem | Where-Object Length -gt 1KB", Remarks: "Files larger than one kilobyte."},
	},
}
