package syntax

import "strings"

// Scope returns the scope or drive qualifier of the variable in lower case
// ("global", "script", "local", "private", "env", "variable", ...) or "".
func (v *Variable) Scope() string {
	if i := strings.IndexByte(v.Name, ':'); i > 0 {
		return strings.ToLower(v.Name[:i])
	}
	return ""
}

// BaseName returns the variable name without its scope qualifier.
func (v *Variable) BaseName() string {
	if i := strings.IndexByte(v.Name, ':'); i > 0 {
		return v.Name[i+1:]
	}
	return v.Name
}

// Text returns the parameter token exactly as written (`-Name` or `-Name:`).
func (p *CommandParameter) Text() string {
	if p.Colon != "" {
		return p.Colon
	}
	return p.Plain
}

// Name returns the parameter name without the dash and the colon.
func (p *CommandParameter) Name() string {
	t := p.Text()
	t = strings.TrimSuffix(t, ":")
	_, size := firstRune(t)
	return t[size:]
}

// HasColon reports whether the parameter was written `-Name:value`.
func (p *CommandParameter) HasColon() bool { return p.Colon != "" }

// BareWord reports whether the argument was written as a single bare word
// (`foo`, `a$b`), not quoted and not an expression.
func (a *CommandArgument) BareWord() bool {
	if len(a.Values) != 1 || len(a.Values[0].Suffixes) > 0 {
		return false
	}
	switch p := a.Values[0].Primary.(type) {
	case *BareWord:
		return true
	case *ExpandableString:
		return p.Kind == "bare"
	}
	return false
}

// Stream returns the redirected stream: "1".."6" or "*".
func (r *Redirection) Stream() string {
	op := r.Op
	if r.Merge != "" {
		op = r.Merge
	}
	if op != "" && op[0] != '>' {
		return op[:1]
	}
	return "1"
}

// Append reports whether the redirection appends (`>>`).
func (r *Redirection) Append() bool { return strings.HasSuffix(r.Op, ">>") }

// MergeTarget returns the stream merged into for `n>&m` ("1"), or "".
func (r *Redirection) MergeTarget() string {
	if r.Merge == "" {
		return ""
	}
	return r.Merge[len(r.Merge)-1:]
}

// IsSwitch reports whether the parameter is declared `[switch]`.
func (p *Parameter) IsSwitch() bool {
	for _, t := range p.Types {
		if strings.EqualFold(t.Name, "switch") {
			return true
		}
	}
	return false
}

// TypeName returns the parameter's type constraint (the last type literal)
// or "".
func (p *Parameter) TypeName() string {
	if len(p.Types) == 0 {
		return ""
	}
	return p.Types[len(p.Types)-1].Name
}

// Attr returns the first attribute named name (case-insensitive) or nil.
func (p *Parameter) Attr(name string) *Attribute {
	for _, a := range p.Attributes {
		if strings.EqualFold(a.Name, name) {
			return a
		}
	}
	return nil
}

// Arg returns the named argument name (case-insensitive) of the attribute
// and whether it is present (`Mandatory` alone has a nil Value).
func (a *Attribute) Arg(name string) (*AttrArg, bool) {
	for _, x := range a.Args {
		if strings.EqualFold(x.Name, name) {
			return x, true
		}
	}
	return nil, false
}

// Positional returns the attribute's unnamed arguments (`ValidateSet`).
func (a *Attribute) Positional() []*ArgExpr {
	var out []*ArgExpr
	for _, x := range a.Args {
		if x.Name == "" {
			out = append(out, x.Value)
		}
	}
	return out
}
