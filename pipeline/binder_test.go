package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/psh-project/psh/pipeline"
)

// showCmd echoes its bound parameters.
type showCmd struct {
	Name   string          `param:"Position=0,Mandatory,Alias=Identity"`
	Count  int32           `param:"Position=1"`
	Force  pipeline.Switch `param:""`
	Filter string          `param:""`
	File   string          `param:""`
	Flag   bool            `param:""`
	Tags   []string        `param:""`
}

func (s *showCmd) Process(c *pipeline.Context) error {
	return c.Emit(fmt.Sprintf("%s/%d/%v/%s/%s/%v/%v", s.Name, s.Count, bool(s.Force), s.Filter, s.File, s.Flag, s.Tags))
}

func arg(v any) pipeline.Argument { return pipeline.Argument{Value: v} }
func named(name string) pipeline.Argument {
	return pipeline.Argument{IsParam: true, Name: name, Text: "-" + name}
}
func colon(name string, v any) pipeline.Argument {
	return pipeline.Argument{IsParam: true, Name: name, Text: "-" + name + ":", Value: v, HasValue: true}
}

func runCmd(t *testing.T, info *pipeline.CommandInfo, args []pipeline.Argument, input []any) ([]any, error) {
	t.Helper()
	var out []any
	p, err := pipeline.NewPipeline(context.Background(), newFakeSession(), pipeline.Streams{},
		[]*pipeline.Command{{Info: info, Args: args}}, input != nil, func(v any) error { out = append(out, v); return nil })
	if err != nil {
		return nil, err
	}
	return out, p.Run(input)
}

// expectOne runs info with args and wants exactly the one output want.
func expectOne(t *testing.T, info *pipeline.CommandInfo, args []pipeline.Argument, want string) {
	t.Helper()
	out, err := runCmd(t, info, args, nil)
	if err != nil {
		t.Fatalf("error: %v", err)
	}
	if len(out) != 1 || out[0] != want {
		t.Fatalf("got %v, want %q", out, want)
	}
}

func TestBinding(t *testing.T) {
	show := pipeline.Cmd[showCmd]("Show-It", nil)
	cases := []struct {
		name string
		args []pipeline.Argument
		want string
	}{
		{"named", []pipeline.Argument{named("Name"), arg("a"), named("Count"), arg(int32(2))}, "a/2/false///false/[]"},
		{"positional", []pipeline.Argument{arg("b"), arg("3")}, "b/3/false///false/[]"},
		{"prefix and case", []pipeline.Argument{named("na"), arg("c"), named("FO")}, "c/0/true///false/[]"},
		{"alias", []pipeline.Argument{named("Identity"), arg("d")}, "d/0/false///false/[]"},
		{"switch false by colon", []pipeline.Argument{arg("e"), colon("Force", false)}, "e/0/false///false/[]"},
		{"bool takes a value", []pipeline.Argument{arg("f"), named("Flag"), arg(true)}, "f/0/false///true/[]"},
		{"scalar to array", []pipeline.Argument{arg("g"), named("Tags"), arg("x")}, "g/0/false///false/[x]"},
		{"array to array", []pipeline.Argument{arg("h"), named("Tags"), arg([]any{"x", int32(1)})}, "h/0/false///false/[x 1]"},
		{"unique prefix among Filter/File", []pipeline.Argument{arg("i"), named("Filt"), arg("q")}, "i/0/false/q//false/[]"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { expectOne(t, show, c.args, c.want) })
	}
}

// literalCmd shows what a number literal argument binds as.
type literalCmd struct {
	ID    any    `param:"Position=0,AsText"`
	Value any    `param:"Position=1"`
	Name  string `param:""`
}

func (l *literalCmd) Process(c *pipeline.Context) error {
	return c.Emit(fmt.Sprintf("%T %v|%T %v|%s", l.ID, l.ID, l.Value, l.Value, l.Name))
}

// TestBindingNumberLiterals: a number typed as an argument binds as its
// text to a [string] or AsText parameter (positionally, by name, and in the
// -Name:value form) and as the number elsewhere.
func TestBindingNumberLiterals(t *testing.T) {
	show := pipeline.Cmd[literalCmd]("Show-Literal", nil)
	lit := func(v any, text string) pipeline.Argument { return pipeline.Argument{Value: v, Literal: text} }
	cases := []struct {
		name string
		args []pipeline.Argument
		want string
	}{
		{"positional", []pipeline.Argument{lit(int32(7), "007"), lit(int32(16), "0x10")}, "string 007|int32 16|"},
		{"named", []pipeline.Argument{named("ID"), lit(int32(1024), "1kb"), named("Name"), lit(int32(16), "0x10")}, "string 1kb|<nil> <nil>|0x10"},
		{"colon", []pipeline.Argument{{IsParam: true, Name: "ID", Text: "-ID:", Value: int32(7), HasValue: true, Literal: "007"}}, "string 007|<nil> <nil>|"},
		{"not a literal", []pipeline.Argument{arg(int32(7))}, "int32 7|<nil> <nil>|"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { expectOne(t, show, c.args, c.want) })
	}
}

func TestBindingErrors(t *testing.T) {
	show := pipeline.Cmd[showCmd]("Show-It", nil)
	cases := []struct {
		name, id, msg string
		args          []pipeline.Argument
	}{
		{"unknown", "NamedParameterNotFound", "A parameter cannot be found that matches parameter name 'Zzz'.",
			[]pipeline.Argument{arg("a"), named("Zzz")}},
		{"ambiguous", "AmbiguousParameter", "Parameter cannot be processed because the parameter name 'Fi' is ambiguous. Possible matches include: -Filter -File.",
			[]pipeline.Argument{arg("a"), named("Fi"), arg("x")}},
		{"missing argument", "MissingArgument", "Missing an argument for parameter 'Filter'. Specify a parameter of type 'System.String' and try again.",
			[]pipeline.Argument{arg("a"), named("Filter")}},
		{"missing mandatory", "MissingMandatoryParameter", "Cannot process command because of one or more missing mandatory parameters: Name.",
			nil},
		{"positional nobody takes", "PositionalParameterNotFound", "A positional parameter cannot be found that accepts argument 'extra'.",
			[]pipeline.Argument{arg("a"), arg(int32(1)), arg("extra")}},
		{"conversion", "ParameterArgumentTransformationError", `Cannot process argument transformation on parameter 'Count'. Cannot convert value "many" to type "System.Int32". Error: "The input string 'many' was not in a correct format."`,
			[]pipeline.Argument{arg("a"), named("Count"), arg("many")}},
		{"bool from string", "ParameterArgumentTransformationError", `Cannot process argument transformation on parameter 'Flag'. Cannot convert value "System.String" to type "System.Boolean". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.`,
			[]pipeline.Argument{arg("a"), named("Flag"), arg("false")}},
		{"twice", "ParameterAlreadyBound", "Cannot bind parameter because parameter 'Name' is specified more than once.",
			[]pipeline.Argument{named("Name"), arg("a"), named("Name"), arg("b")}},
		{"null to a mandatory string is empty", "ParameterArgumentValidationErrorEmptyStringNotAllowed", "Cannot bind argument to parameter 'Name' because it is an empty string.",
			[]pipeline.Argument{named("Name"), arg(nil)}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := runCmd(t, show, c.args, nil)
			var rec *pipeline.ErrorRecord
			if !errors.As(err, &rec) {
				t.Fatalf("want an ErrorRecord, got %v", err)
			}
			if rec.ID != c.id || !strings.HasPrefix(rec.Message(), c.msg) {
				t.Fatalf("got %s: %q\nwant %s: %q", rec.ID, rec.Message(), c.id, c.msg)
			}
			if rec.FullyQualifiedErrorID() != c.id+",Show-It" {
				t.Fatalf("FullyQualifiedErrorId %q", rec.FullyQualifiedErrorID())
			}
		})
	}
}

// setsCmd has two parameter sets.
type setsCmd struct {
	ByName string `param:"Position=0,Set=Name"`
	ByID   int32  `param:"Set=Id"`
}

func (s *setsCmd) Process(c *pipeline.Context) error { return c.Emit(s.ByName) }

func TestParameterSets(t *testing.T) {
	_, err := runCmd(t, pipeline.Cmd[setsCmd]("Get-Sets", nil), []pipeline.Argument{named("ByName"), arg("a"), named("ByID"), arg(int32(1))}, nil)
	var rec *pipeline.ErrorRecord
	if !errors.As(err, &rec) || rec.ID != "AmbiguousParameterSet" {
		t.Fatalf("want AmbiguousParameterSet, got %v", err)
	}
}

type dupPositions struct {
	A string `param:"Position=0"`
	B string `param:"Position=0"`
}

func (*dupPositions) Process(*pipeline.Context) error { return nil }

type setPositions struct {
	A string `param:"Position=0,Set=ByA"`
	B string `param:"Position=0,Set=ByB"`
}

func (*setPositions) Process(*pipeline.Context) error { return nil }

// TestDuplicatePositions: two parameters at one position are a declaration
// error unless they are in different parameter sets.
func TestDuplicatePositions(t *testing.T) {
	if _, err := pipeline.MetaOf(&dupPositions{}); err == nil || !strings.Contains(err.Error(), "parameters A and B both have position 0") {
		t.Errorf("MetaOf(dupPositions) error = %v", err)
	}
	if _, err := pipeline.MetaOf(&setPositions{}); err != nil {
		t.Errorf("MetaOf(setPositions) = %v, want no error", err)
	}
}
