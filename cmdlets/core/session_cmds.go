package core

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"time"

	"github.com/psh-project/psh/pipeline"
)

// hlp builds a Help value with one example.
func hlp(synopsis, desc, code, remarks string) *pipeline.Help {
	return &pipeline.Help{Synopsis: synopsis, Description: desc, Examples: []pipeline.Example{{Code: code, Remarks: remarks}}}
}

// AliasInfo is what Get-Alias outputs.
type AliasInfo struct {
	Name       string
	Definition string
}

// PSTypeNames names the type for views.
func (a *AliasInfo) PSTypeNames() []string {
	return []string{"System.Management.Automation.AliasInfo", "System.Object"}
}

// String returns the alias name.
func (a *AliasInfo) String() string { return a.Name }

// GetAlias is Get-Alias (gal).
type GetAlias struct {
	Name       []string `param:"Position=0" help:"Alias names (wildcards allowed)."`
	Definition []string `param:"" help:"Only aliases for these commands (wildcards allowed)."`
}

// Process lists matching aliases sorted by name.
func (g *GetAlias) Process(c *pipeline.Context) error {
	al := c.Session().Aliases()
	names := make([]string, 0, len(al))
	for n := range al {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return pipeline.CompareStrings(names[i], names[j], false) < 0 })
	found := 0
	for _, n := range names {
		if anyMatch(g.Name, n) && anyMatch(g.Definition, al[n]) {
			found++
			if err := c.Emit(&AliasInfo{Name: n, Definition: al[n]}); err != nil {
				return err
			}
		}
	}
	for _, n := range g.Name {
		if !pipeline.HasWildcard(n) && found == 0 {
			c.WriteError(pipeline.Errorf("ItemNotFoundException", pipeline.ObjectNotFound, n,
				"This command cannot find a matching alias because an alias with the name '%s' does not exist.", n))
		}
	}
	return nil
}

// SetAlias is Set-Alias (sal) and New-Alias (nal).
type SetAlias struct {
	Name        string          `param:"Position=0,Mandatory" help:"The alias."`
	Value       string          `param:"Position=1,Mandatory" help:"The command it stands for."`
	Description string          `param:"" help:"Accepted for compatibility."`
	Scope       string          `param:"" help:"Accepted for compatibility."`
	Option      string          `param:"" help:"Accepted for compatibility."`
	Force       pipeline.Switch `param:"" help:"With New-Alias, replace an existing alias."`
	PassThru    pipeline.Switch `param:"" help:"Output the alias."`

	isNew bool
}

// Process defines the alias.
func (s *SetAlias) Process(c *pipeline.Context) error {
	if s.isNew && !bool(s.Force) {
		if _, ok := c.Session().Aliases()[s.Name]; ok {
			return pipeline.Errorf("AliasAlreadyExists", pipeline.ResourceExists, s.Name,
				"The alias is not allowed, because an alias with the name '%s' already exists.", s.Name)
		}
	}
	if err := c.Session().SetAlias(s.Name, s.Value); err != nil {
		return err
	}
	if s.PassThru {
		return c.Emit(&AliasInfo{Name: s.Name, Definition: s.Value})
	}
	return nil
}

// NewAlias is New-Alias (nal).
type NewAlias struct{ SetAlias }

// Process defines a new alias.
func (n *NewAlias) Process(c *pipeline.Context) error { n.isNew = true; return n.SetAlias.Process(c) }

// GetVariable is Get-Variable (gv).
type GetVariable struct {
	Name      []string        `param:"Position=0" help:"Variable names (wildcards allowed)."`
	ValueOnly pipeline.Switch `param:"" help:"Output only the values."`
	Exclude   []string        `param:"" help:"Names to leave out."`
	Scope     string          `param:"" help:"Accepted for compatibility."`
}

// Process lists matching variables.
func (g *GetVariable) Process(c *pipeline.Context) error {
	vars := c.Session().Variables()
	sort.SliceStable(vars, func(i, j int) bool { return pipeline.CompareStrings(vars[i].Name, vars[j].Name, false) < 0 })
	for _, n := range g.Name {
		if pipeline.HasWildcard(n) {
			continue
		}
		if _, ok := c.Session().GetVariable(n); !ok {
			c.WriteError(pipeline.Errorf("VariableNotFound", pipeline.ObjectNotFound, n, "Cannot find a variable with the name '%s'.", n))
		}
	}
	for _, v := range vars {
		if !anyMatch(g.Name, v.Name) || len(g.Exclude) > 0 && anyMatch(g.Exclude, v.Name) {
			continue
		}
		var out any
		if g.ValueOnly {
			out = v.Value
		} else {
			o := pipeline.NewPSObject()
			o.Add("Name", v.Name)
			o.Add("Value", v.Value)
			o.SetTypeNames([]string{"System.Management.Automation.PSVariable", "System.Object"})
			out = o
		}
		if err := c.Emit(out); err != nil {
			return err
		}
	}
	return nil
}

// SetVariable is Set-Variable (sv) and New-Variable.
type SetVariable struct {
	Name     []string        `param:"Position=0,Mandatory" help:"The variable names."`
	Value    any             `param:"Position=1,ValueFromPipeline" help:"The value."`
	Scope    string          `param:"" help:"Global, Script or Local."`
	Option   string          `param:"" help:"Accepted for compatibility."`
	Force    pipeline.Switch `param:"" help:"With New-Variable, replace an existing variable."`
	PassThru pipeline.Switch `param:"" help:"Output the variable."`

	isNew bool
}

func scoped(scope, name string) string {
	switch strings.ToLower(scope) {
	case "global", "script", "local", "private":
		return strings.ToLower(scope) + ":" + name
	}
	return name
}

// Process sets the variables.
func (s *SetVariable) Process(c *pipeline.Context) error {
	for _, n := range s.Name {
		if s.isNew && !bool(s.Force) {
			if _, ok := c.Session().GetVariable(n); ok {
				c.WriteError(pipeline.Errorf("VariableAlreadyExists", pipeline.ResourceExists, n, "A variable with name '%s' already exists.", n))
				continue
			}
		}
		if err := c.Session().SetVariable(scoped(s.Scope, n), s.Value); err != nil {
			c.WriteError(err)
		}
		if s.PassThru {
			o := pipeline.NewPSObject()
			o.Add("Name", n)
			o.Add("Value", s.Value)
			if err := c.Emit(o); err != nil {
				return err
			}
		}
	}
	return nil
}

// NewVariable is New-Variable (nv).
type NewVariable struct{ SetVariable }

// Process creates the variables.
func (n *NewVariable) Process(c *pipeline.Context) error {
	n.isNew = true
	return n.SetVariable.Process(c)
}

// RemoveVariable is Remove-Variable (rv).
type RemoveVariable struct {
	Name  []string        `param:"Position=0,Mandatory" help:"The variable names."`
	Scope string          `param:"" help:"Global, Script or Local."`
	Force pipeline.Switch `param:"" help:"Accepted for compatibility."`
}

// Process removes the variables.
func (r *RemoveVariable) Process(c *pipeline.Context) error {
	for _, n := range r.Name {
		if _, ok := c.Session().GetVariable(n); !ok {
			c.WriteError(pipeline.Errorf("VariableNotFound", pipeline.ObjectNotFound, n, "Cannot find a variable with the name '%s'.", n))
			continue
		}
		if err := c.Session().RemoveVariable(scoped(r.Scope, n)); err != nil {
			c.WriteError(err)
		}
	}
	return nil
}

// ClearVariable is Clear-Variable (clv): sets variables to $null.
type ClearVariable struct {
	Name  []string `param:"Position=0,Mandatory" help:"The variable names."`
	Scope string   `param:"" help:"Global, Script or Local."`
}

// Process clears the variables.
func (cv *ClearVariable) Process(c *pipeline.Context) error {
	for _, n := range cv.Name {
		if _, ok := c.Session().GetVariable(n); !ok {
			c.WriteError(pipeline.Errorf("VariableNotFound", pipeline.ObjectNotFound, n, "Cannot find a variable with the name '%s'.", n))
			continue
		}
		_ = c.Session().SetVariable(scoped(cv.Scope, n), nil)
	}
	return nil
}

// InvokeExpression is Invoke-Expression (iex): runs script text.
type InvokeExpression struct {
	Command string `param:"Position=0,Mandatory,ValueFromPipeline" help:"The script text to run."`
}

// Process runs the text in the current scope.
func (ie *InvokeExpression) Process(c *pipeline.Context) error {
	out, err := c.Session().Invoke(c.Context(), ie.Command)
	for _, v := range out {
		if e := c.Emit(v); e != nil {
			return e
		}
	}
	return err
}

// MeasureCommand is Measure-Command: how long a script block takes.
type MeasureCommand struct {
	Expression  pipeline.ScriptBlock `param:"Position=0,Mandatory" help:"The script block to time; its output is discarded."`
	InputObject any                  `param:"ValueFromPipeline" help:"Objects bound to $_ while the block runs."`

	total time.Duration
	ran   bool
}

// Process runs the block once per input object (or once).
func (m *MeasureCommand) Process(c *pipeline.Context) error {
	in, has := inputOf(c, m.InputObject)
	start := time.Now()
	err := m.Expression.InvokeWith(c.Context(), pipeline.InvokeOptions{Input: in, HasInput: has, DotSource: true, Context: c}, func(any) error { return nil })
	m.total += time.Since(start)
	m.ran = true
	return err
}

// End outputs the elapsed time as a TimeSpan.
func (m *MeasureCommand) End(c *pipeline.Context) error { return c.Emit(m.total) }

// StartSleep is Start-Sleep (sleep).
type StartSleep struct {
	Seconds      float64       `param:"Position=0" help:"Seconds to wait."`
	Milliseconds int           `param:"Alias=ms" help:"Milliseconds to wait."`
	Duration     time.Duration `param:"" help:"A TimeSpan to wait."`
}

// Process waits, or returns early when the pipeline is cancelled.
func (s *StartSleep) Process(c *pipeline.Context) error {
	d := time.Duration(s.Seconds*float64(time.Second)) + time.Duration(s.Milliseconds)*time.Millisecond + s.Duration
	if d <= 0 {
		return nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-c.Context().Done():
		return c.Context().Err()
	}
}

// GetRandom is Get-Random.
type GetRandom struct {
	InputObject []any           `param:"Position=0,ValueFromPipeline" help:"Pick from these objects instead of making a number."`
	Minimum     any             `param:"" help:"The smallest number (default 0)."`
	Maximum     any             `param:"" help:"The number above the largest (default Int32.MaxValue)."`
	Count       int             `param:"" help:"How many objects to pick (without repeats)."`
	SetSeed     int64           `param:"" help:"Seed the generator, for repeatable results."`
	Shuffle     pipeline.Switch `param:"" help:"Output all the input objects in random order."`

	items []any
	rng   *rand.Rand
}

func (g *GetRandom) gen(c *pipeline.Context) *rand.Rand {
	if g.rng == nil {
		if c.IsBound("SetSeed") {
			g.rng = rand.New(rand.NewPCG(uint64(g.SetSeed), 0))
		} else {
			g.rng = rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64()))
		}
	}
	return g.rng
}

// Process collects input objects.
func (g *GetRandom) Process(c *pipeline.Context) error {
	if _, ok := c.Input(); ok || c.IsBound("InputObject") {
		g.items = append(g.items, g.InputObject...)
	}
	return nil
}

// End picks.
func (g *GetRandom) End(c *pipeline.Context) error {
	r := g.gen(c)
	if g.items != nil {
		n := 1
		if g.Count > 0 {
			n = g.Count
		}
		if g.Shuffle {
			n = len(g.items)
		}
		perm := r.Perm(len(g.items))
		for i := 0; i < n && i < len(perm); i++ {
			if err := c.Emit(g.items[perm[i]]); err != nil {
				return err
			}
		}
		return nil
	}
	_, isFloat := g.Maximum.(float64)
	if _, f := g.Minimum.(float64); f {
		isFloat = true
	}
	if isFloat {
		lo, _ := toFloat(g.Minimum)
		hi := 1.0
		if g.Maximum != nil {
			hi, _ = toFloat(g.Maximum)
		}
		return c.Emit(lo + r.Float64()*(hi-lo))
	}
	lo, hi := int64(0), int64(2147483647)
	if g.Minimum != nil {
		f, _ := toFloat(g.Minimum)
		lo = int64(f)
	}
	if g.Maximum != nil {
		f, _ := toFloat(g.Maximum)
		hi = int64(f)
	}
	if hi <= lo {
		return pipeline.Errorf("MinGreaterThanOrEqualMax", pipeline.InvalidArgument, nil,
			"The Minimum value (%d) cannot be greater than or equal to the Maximum value (%d).", lo, hi)
	}
	n := max(1, g.Count)
	for i := 0; i < n; i++ {
		v := lo + r.Int64N(hi-lo)
		var out any = v
		if v >= -2147483648 && v <= 2147483647 {
			out = int32(v)
		}
		if err := c.Emit(out); err != nil {
			return err
		}
	}
	return nil
}

// GetUnique is Get-Unique: drops adjacent duplicates of sorted input.
type GetUnique struct {
	InputObject any             `param:"ValueFromPipeline" help:"The (sorted) objects."`
	AsString    pipeline.Switch `param:"" help:"Compare the objects as strings."`
	OnType      pipeline.Switch `param:"" help:"Compare only the objects' types."`

	last    string
	started bool
}

// Process emits the object unless it equals the previous one.
func (g *GetUnique) Process(c *pipeline.Context) error {
	in, ok := inputOf(c, g.InputObject)
	if !ok {
		return nil
	}
	k := uniqueKey(in)
	if g.AsString {
		k = pipeline.ToString(in)
	} else if g.OnType {
		k = pipeline.TypeName(in)
	}
	if g.started && k == g.last {
		return nil
	}
	g.started, g.last = true, k
	return c.Emit(in)
}

// JoinString is Join-String: joins input objects into one string.
type JoinString struct {
	InputObject  any             `param:"ValueFromPipeline" help:"The objects to join."`
	Property     any             `param:"Position=0" help:"A property (or script block) of each object to join instead of the object."`
	Separator    string          `param:"Position=1" help:"The text between items."`
	OutputPrefix string          `param:"Alias=op" help:"Text before the result."`
	OutputSuffix string          `param:"Alias=os" help:"Text after the result."`
	SingleQuote  pipeline.Switch `param:"" help:"Wrap each item in single quotes."`
	DoubleQuote  pipeline.Switch `param:"" help:"Wrap each item in double quotes."`
	FormatString string          `param:"" help:"A .NET format string applied to each item ({0})."`

	parts []string
}

// Process adds one item.
func (j *JoinString) Process(c *pipeline.Context) error {
	in, ok := inputOf(c, j.InputObject)
	if !ok {
		return nil
	}
	return pipeline.Enumerate(in, func(v any) error {
		if j.Property != nil {
			specs, err := parseProps([]any{j.Property})
			if err != nil {
				return err
			}
			v, _, _ = specs[0].value(c, v)
		}
		s := pipeline.ToString(v)
		if j.FormatString != "" {
			if f, err := pipeline.FormatComposite(j.FormatString, []any{v}); err == nil {
				s = f
			}
		}
		switch {
		case bool(j.SingleQuote):
			s = "'" + s + "'"
		case bool(j.DoubleQuote):
			s = "\"" + s + "\""
		}
		j.parts = append(j.parts, s)
		return nil
	})
}

// End outputs the joined string.
func (j *JoinString) End(c *pipeline.Context) error {
	return c.Emit(j.OutputPrefix + strings.Join(j.parts, j.Separator) + j.OutputSuffix)
}

// SecureString holds a secret that never prints.
type SecureString struct{ secret string }

// String hides the content, as .NET's SecureString does.
func (s *SecureString) String() string { return "System.Security.SecureString" }

// PSTypeNames names the type.
func (s *SecureString) PSTypeNames() []string {
	return []string{"System.Security.SecureString", "System.Object"}
}

// PropertyNames shows only the length.
func (s *SecureString) PropertyNames() []string { return []string{"Length"} }

// GetProperty exposes Length only.
func (s *SecureString) GetProperty(name string) (any, bool) {
	if strings.EqualFold(name, "Length") {
		return int32(len([]rune(s.secret))), true
	}
	return nil, false
}

// Plaintext returns the secret, for Go code (credentials) that needs it.
func (s *SecureString) Plaintext() string { return s.secret }

// ConvertToSecureString is ConvertTo-SecureString.
type ConvertToSecureString struct {
	String      string          `param:"Position=0,Mandatory,ValueFromPipeline" help:"The text to protect."`
	AsPlainText pipeline.Switch `param:"" help:"The text is plain text (required: psh has no encrypted form)."`
	Force       pipeline.Switch `param:"" help:"Confirms that plain text is intended."`
}

// Process wraps the text.
func (cs *ConvertToSecureString) Process(c *pipeline.Context) error {
	if !cs.AsPlainText {
		return pipeline.Errorf("ImportSecureString", pipeline.InvalidArgument, nil,
			"Cannot convert the text: psh reads only plain text. Use -AsPlainText -Force.")
	}
	return c.Emit(&SecureString{secret: cs.String})
}

// ReadHost is Read-Host: a line from the session's standard input.
type ReadHost struct {
	Prompt         any             `param:"Position=0,ValueFromRemainingArguments" help:"The prompt text (\": \" is appended)."`
	AsSecureString pipeline.Switch `param:"" help:"Return a SecureString (input is not echoed on a terminal)."`
	MaskInput      pipeline.Switch `param:"" help:"Do not echo the input."`
}

// Process prompts and reads.
func (r *ReadHost) Process(c *pipeline.Context) error {
	s := c.Session()
	if r.Prompt != nil {
		fmt.Fprintf(s.Stderr(), "%s: ", pipeline.ToString(r.Prompt))
	}
	line, err := readLine(s)
	if err != nil && line == "" {
		return pipeline.Errorf("ReadHostEOF", pipeline.ResourceUnavailable, nil, "Read-Host: no more input.")
	}
	if r.AsSecureString {
		return c.Emit(&SecureString{secret: line})
	}
	return c.Emit(line)
}

// readLine reads one line byte by byte, so that no input beyond it is
// consumed from the shared stdin.
func readLine(s pipeline.Session) (string, error) {
	if br, ok := s.Stdin().(*bufio.Reader); ok {
		l, err := br.ReadString('\n')
		return strings.TrimRight(l, "\r\n"), err
	}
	var b []byte
	one := make([]byte, 1)
	for {
		n, err := s.Stdin().Read(one)
		if n == 1 {
			if one[0] == '\n' {
				return strings.TrimRight(string(b), "\r"), nil
			}
			b = append(b, one[0])
			continue
		}
		if err != nil {
			return string(b), err
		}
	}
}

// WriteProgress is Write-Progress: a progress line on a terminal's stderr,
// nothing otherwise.
type WriteProgress struct {
	Activity         string          `param:"Position=0" help:"What is being done."`
	Status           string          `param:"Position=1" help:"The current state."`
	PercentComplete  int             `param:"" help:"How far along, 0-100."`
	CurrentOperation string          `param:"" help:"The current step."`
	Id               int             `param:"" help:"The progress record's id."`
	Completed        pipeline.Switch `param:"" help:"Remove the progress bar."`
	SecondsRemaining int             `param:"" help:"Estimated seconds left."`
}

// Process draws the bar.
func (w *WriteProgress) Process(c *pipeline.Context) error {
	s := c.Session()
	if !s.IsTerminal() {
		return nil
	}
	if v, ok := s.GetVariable("ProgressPreference"); ok && pipeline.ParsePreference(v, pipeline.Continue) != pipeline.Continue {
		return nil
	}
	if w.Completed {
		fmt.Fprint(s.Stderr(), "\r\x1b[K")
		return nil
	}
	pct := min(max(w.PercentComplete, 0), 100)
	const width = 30
	n := pct * width / 100
	fmt.Fprintf(s.Stderr(), "\r\x1b[K%s [%s%s] %d%% %s", w.Activity, strings.Repeat("=", n), strings.Repeat(" ", width-n), pct, w.Status)
	return nil
}

// DisplayText makes Out-Default show a SecureString as its type name,
// never its content.
func (s *SecureString) DisplayText() string { return s.String() }
