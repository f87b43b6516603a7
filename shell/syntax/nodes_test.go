package syntax

import (
	"reflect"
	"testing"
)

func TestCommandElements(t *testing.T) {
	sb := mustParse(t, "Get-Mailbox -Identity:$id -ResultSize Unlimited 'q' @params -Verbose 2>&1 > out.txt")
	c := sb.Statements[0].(*Pipeline).Commands[0]
	if c.Name != "Get-Mailbox" || c.CallOp != "" {
		t.Fatalf("command %q callop %q", c.Name, c.CallOp)
	}
	var got []string
	for _, e := range c.Elements {
		switch {
		case e.Param != nil:
			s := "param " + e.Param.Text() + " name=" + e.Param.Name()
			if e.Param.HasColon() {
				s += " colon"
			}
			got = append(got, s)
		case e.Splat != nil:
			got = append(got, "splat "+e.Splat.Name)
		case e.Redirect != nil:
			got = append(got, "redir "+e.Redirect.Stream()+">"+e.Redirect.MergeTarget())
		case e.Arg != nil:
			s := "arg"
			if e.Arg.BareWord() {
				s += " bare"
			}
			got = append(got, s)
		}
	}
	want := []string{"param -Identity: name=Identity colon", "param -ResultSize name=ResultSize", "arg bare", "arg",
		"splat params", "param -Verbose name=Verbose", "redir 2>1", "redir 1>"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	colonArg := c.Elements[0].Param.Arg.Values[0].Primary.(*Variable)
	if colonArg.Name != "id" {
		t.Errorf("colon argument %q", colonArg.Name)
	}
}

func TestCallOperators(t *testing.T) {
	sb := mustParse(t, "& Get-Date -Format x\n. $lib\n& { 1 } 2")
	var got []string
	for _, s := range sb.Statements {
		c := s.(*Pipeline).Commands[0]
		got = append(got, c.CallOp+" "+reflect.TypeOf(c.Target.Primary).Elem().Name())
	}
	want := []string{"& BareWord", ". Variable", "& ScriptBlockExpr"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q want %q", got, want)
	}
}

func TestVariables(t *testing.T) {
	tests := []struct{ src, name, scope, base string }{
		{"$x", "x", "", "x"},
		{"$global:Count", "global:Count", "global", "Count"},
		{"$env:PATH", "env:PATH", "env", "PATH"},
		{"${a b}", "a b", "", "a b"},
		{"$_", "_", "", "_"},
		{"$?", "?", "", "?"},
	}
	for _, tt := range tests {
		v := firstExpr(t, tt.src).Left.Elems[0].Postfix.Primary.(*Variable)
		if v.Name != tt.name || v.Scope() != tt.scope || v.BaseName() != tt.base {
			t.Errorf("%s: got %q %q %q", tt.src, v.Name, v.Scope(), v.BaseName())
		}
	}
}

func TestStringParts(t *testing.T) {
	src := "\"a`tb $x ${y}: $($z) `u{1F600} ``\""
	s := firstExpr(t, src).Left.Elems[0].Postfix.Primary.(*ExpandableString)
	var got []string
	for _, p := range s.Parts {
		switch {
		case p.Var != nil:
			got = append(got, "var:"+p.Var.Name)
		case p.Sub != nil:
			got = append(got, "sub")
		default:
			got = append(got, "text:"+p.Text)
		}
	}
	want := []string{"text:a\tb ", "var:x", "text: ", "var:y", "text:: ", "sub", "text: 😀 `"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	here := firstExpr(t, "@\"\nline1 \"q\"\n$v\n\"@").Left.Elems[0].Postfix.Primary.(*ExpandableString)
	if here.Kind != `@"` || here.Parts[0].Text != "line1 \"q\"\n" || here.Parts[1].Var.Name != "v" {
		t.Errorf("here-string parts: %s", Dump(here))
	}
	sq := firstExpr(t, "@'\n$x 'y'\n'@").Left.Elems[0].Postfix.Primary.(*StringLit)
	if sq.Value != "$x 'y'" {
		t.Errorf("single here-string %q", sq.Value)
	}
}

func TestScriptBlockText(t *testing.T) {
	sb := mustParse(t, "Get-User -Filter {Department -eq 'Sales'}")
	arg := sb.Statements[0].(*Pipeline).Commands[0].Elements[1].Arg
	blk := arg.Values[0].Primary.(*ScriptBlockExpr)
	if blk.Text != "Department -eq 'Sales'" {
		t.Errorf("Text = %q", blk.Text)
	}
	fn := mustParse(t, "function f { 'body' }").Statements[0].(*FunctionDef)
	if fn.Text != " 'body' " {
		t.Errorf("function Text = %q", fn.Text)
	}
}

func TestPositions(t *testing.T) {
	sb := mustParse(t, "$a = 1\n  Get-Item  x | Out-Null")
	p := sb.Statements[1].(*Pipeline)
	c := p.Commands[1]
	if c.Pos.Line != 2 || c.Pos.Column != 17 || c.Pos.Offset != 23 || c.Pos.Filename != "t.ps1" {
		t.Errorf("Out-Null at %+v", c.Pos)
	}
	a := sb.Statements[0].(*AssignStmt)
	if a.Pos.Line != 1 || a.Pos.Column != 1 {
		t.Errorf("assignment at %+v", a.Pos)
	}
	arg := p.Commands[0].Elements[0]
	if arg.Pos.Column != 13 {
		t.Errorf("argument at %+v", arg.Pos)
	}
}

func TestParamBlock(t *testing.T) {
	sb := mustParse(t, "[CmdletBinding()]\nparam(\n [Parameter(Mandatory, Position=0, ValueFromPipelineByPropertyName)]\n [ValidateSet('a','b')]\n [string]$Name = 'a',\n [switch]$Force\n)\nprocess { $Name }")
	if len(sb.Attributes) != 1 || sb.Attributes[0].Name != "CmdletBinding" {
		t.Fatalf("attributes %s", Dump(sb.Attributes))
	}
	ps := sb.Param.Params
	if len(ps) != 2 || ps[0].Name.Name != "Name" || ps[0].TypeName() != "string" || !ps[1].IsSwitch() {
		t.Fatalf("params %s", Dump(ps))
	}
	pa := ps[0].Attr("parameter")
	if _, ok := pa.Arg("mandatory"); !ok {
		t.Error("Mandatory missing")
	}
	if pos, ok := pa.Arg("Position"); !ok || pos.Value.Left.Postfix.Primary.(*Number).Text != "0" {
		t.Error("Position missing")
	}
	if vs := ps[0].Attr("ValidateSet").Positional(); len(vs) != 2 {
		t.Errorf("ValidateSet values %d", len(vs))
	}
	if ps[0].Default == nil || len(sb.Named) != 1 || sb.Named[0].Name != "process" {
		t.Errorf("default/named: %s", Dump(sb))
	}
}

func TestEndOfParameters(t *testing.T) {
	sb := mustParse(t, "Write-Output -- -InputObject -x; Write-Output -y")
	var got []string
	for _, s := range sb.Statements {
		for _, e := range s.(*Pipeline).Commands[0].Elements {
			switch {
			case e.Param != nil:
				got = append(got, "param:"+e.Param.Text())
			case e.Arg != nil:
				got = append(got, "word:"+e.Arg.Values[0].Primary.(*BareWord).Text)
			}
		}
	}
	want := []string{"word:--", "word:-InputObject", "word:-x", "param:-y"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q want %q", got, want)
	}
}
