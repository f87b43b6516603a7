package interp

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// The Interp is the pipeline.Session every cmdlet sees.
var _ pipeline.Session = (*Interp)(nil)

// GetVariable returns a variable visible from the current scope; a scope
// or env: qualifier is honoured.
func (in *Interp) GetVariable(name string) (any, bool) {
	return in.getVar(name)
}

// SetVariable sets a variable in the current scope (or the one its
// qualifier names).
func (in *Interp) SetVariable(name string, value any) error {
	return in.setVar(name, value)
}

// RemoveVariable removes a variable from the current scope chain.
func (in *Interp) RemoveVariable(name string) error {
	qual, rest := splitScope(name)
	if qual == "env" {
		in.unsetenv(rest)
		return nil
	}
	key := strings.ToLower(rest)
	for sc := in.scopeFor(qual); sc != nil; sc = sc.parent {
		if _, ok := sc.vars[key]; ok {
			delete(sc.vars, key)
			*sc.gen++
			return nil
		}
	}
	return fmt.Errorf("Cannot find a variable with the name '%s'.", rest)
}

// Variables lists the visible variables, innermost first, sorted by name.
func (in *Interp) Variables() []pipeline.Variable {
	seen := map[string]bool{}
	var out []pipeline.Variable
	for sc := in.cur; sc != nil; sc = sc.parent {
		for k, v := range sc.vars {
			if seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, pipeline.Variable{Name: v.name, Value: in.varValue(v)})
		}
	}
	for _, name := range []string{"?", "Error", "false", "null", "PWD", "true"} {
		if key := strings.ToLower(name); !seen[key] {
			v, _ := in.automatic(key)
			out = append(out, pipeline.Variable{Name: name, Value: v})
		}
	}
	sort.Slice(out, func(i, j int) bool { return strings.ToLower(out[i].Name) < strings.ToLower(out[j].Name) })
	return out
}

// Invoke parses and runs script text in the current scope.
func (in *Interp) Invoke(ctx context.Context, script string, input ...any) ([]any, error) {
	defer in.nestInvoke()()
	if err := in.invokeDepthError(); err != nil {
		return nil, err
	}
	return in.EvalString(ctx, "", script, input)
}

// InvokeCollect is Invoke that also returns the errors the script
// reported while it went on, instead of showing them (pipeline.ErrorCollector).
func (in *Interp) InvokeCollect(ctx context.Context, script string, input ...any) ([]any, []*pipeline.ErrorRecord, error) {
	var errs []*pipeline.ErrorRecord
	prev := in.cfg.OnError
	in.cfg.OnError = func(rec *pipeline.ErrorRecord) { errs = append(errs, rec) }
	defer func() { in.cfg.OnError = prev }()
	defer in.nestInvoke()()
	if err := in.invokeDepthError(); err != nil {
		return nil, nil, err
	}
	out, err := in.EvalString(ctx, "", script, input)
	return out, errs, err
}

// Commands lists every command: cmdlets, functions and aliases, sorted.
func (in *Interp) Commands() []*pipeline.CommandInfo {
	var out []*pipeline.CommandInfo
	seen := map[string]bool{}
	for sc := in.cur; sc != nil; sc = sc.parent {
		for k, f := range sc.funcs {
			if !seen[k] {
				seen[k] = true
				out = append(out, f.info())
			}
		}
	}
	for k, c := range in.cmdlets {
		if !seen[k] {
			seen[k] = true
			out = append(out, c)
		}
	}
	for a, t := range in.aliases {
		out = append(out, &pipeline.CommandInfo{Name: a, Type: pipeline.AliasCommand, Definition: t})
	}
	sort.Slice(out, func(i, j int) bool { return strings.ToLower(out[i].Name) < strings.ToLower(out[j].Name) })
	return out
}

// LookupCommand resolves a name as command lookup does: alias, function,
// cmdlet.
func (in *Interp) LookupCommand(name string) (*pipeline.CommandInfo, bool) {
	key := strings.ToLower(name)
	for i := 0; i < 8; i++ {
		t, ok := in.aliases[key]
		if !ok {
			break
		}
		key = strings.ToLower(t)
	}
	if f := in.cur.lookupFunc(key); f != nil {
		return f.info(), true
	}
	if c, ok := in.cmdlets[key]; ok {
		return c, true
	}
	return nil, false
}

// SetAlias defines or changes an alias.
func (in *Interp) SetAlias(name, target string) error {
	in.aliases[strings.ToLower(name)] = target
	return nil
}

// Aliases returns a copy of the alias table.
func (in *Interp) Aliases() map[string]string {
	out := make(map[string]string, len(in.aliases))
	for k, v := range in.aliases {
		out[k] = v
	}
	return out
}

// Dir returns the current location.
func (in *Interp) Dir() string { return in.dir }

// SetDir changes the current location.
func (in *Interp) SetDir(dir string) error {
	in.dir = in.ResolvePath(dir)
	return nil
}

// Getenv reads a session environment variable.
func (in *Interp) Getenv(name string) string {
	v, _ := in.getenv(name)
	return v
}

// LookupEnv reads a session environment variable and reports whether it
// is set (names are matched case-insensitively, as $env:X does).
func (in *Interp) LookupEnv(name string) (string, bool) { return in.getenv(name) }

// Setenv sets a session environment variable in the store $env:X uses; an
// empty value removes it.
func (in *Interp) Setenv(name, value string) error {
	if name == "" {
		return fmt.Errorf("Value cannot be null. (Parameter 'name')")
	}
	if value == "" {
		in.unsetenv(name)
		return nil
	}
	in.setenv(name, value)
	return nil
}

// Unsetenv removes a session environment variable.
func (in *Interp) Unsetenv(name string) error {
	in.unsetenv(name)
	return nil
}

// SetFunction defines or replaces a function: body is a script block of
// this session or script text. A "global:" or "script:" prefix selects
// that scope; otherwise the function is defined in the current scope.
func (in *Interp) SetFunction(name string, body any) error {
	var cb *compiledBlock
	switch b := body.(type) {
	case *scriptBlock:
		cb = b.cb
	case string:
		c, err := in.compile("", b)
		if err != nil {
			return parseErrorRecord(err, "", b)
		}
		cb = c
	default:
		return fmt.Errorf("Cannot convert the value of type %s to a script block.", pipeline.TypeName(body))
	}
	qual, rest := splitScope(name)
	if rest == "" {
		return fmt.Errorf("Value cannot be null. (Parameter 'name')")
	}
	in.scopeFor(qual).setFunc(strings.ToLower(rest), &function{name: rest, body: cb})
	return nil
}

// RemoveCommand unregisters a cmdlet (pipeline.CommandRemover); it reports
// whether there was one.
func (in *Interp) RemoveCommand(name string) bool {
	key := strings.ToLower(name)
	if _, ok := in.cmdlets[key]; !ok {
		return false
	}
	delete(in.cmdlets, key)
	return true
}

// RemoveFunction removes the innermost function of that name visible from
// the current scope.
func (in *Interp) RemoveFunction(name string) error {
	_, rest := splitScope(name)
	key := strings.ToLower(rest)
	for sc := in.cur; sc != nil; sc = sc.parent {
		if _, ok := sc.funcs[key]; ok {
			delete(sc.funcs, key)
			return nil
		}
	}
	return fmt.Errorf("Cannot find path '%s' because it does not exist.", rest)
}

// RemoveAlias removes an alias.
func (in *Interp) RemoveAlias(name string) error {
	key := strings.ToLower(name)
	if _, ok := in.aliases[key]; !ok {
		return fmt.Errorf("This command cannot find a matching alias because an alias with the name '%s' does not exist.", name)
	}
	delete(in.aliases, key)
	return nil
}

// CanPrompt reports whether the host can ask the person anything
// (pipeline.PromptHost): not under -NonInteractive or without a Stdin.
func (in *Interp) CanPrompt() bool { return !in.cfg.NonInteractive }

// Stdin returns the session's standard input.
func (in *Interp) Stdin() io.Reader { return in.cfg.Stdin }

// Stderr returns the session's error output.
func (in *Interp) Stderr() io.Writer { return in.cfg.Stderr }

// IsTerminal reports whether the session's output is a terminal.
func (in *Interp) IsTerminal() bool { return in.cfg.Terminal }

// Width returns the console width.
func (in *Interp) Width() int { return in.cfg.Width }

// Views returns the formatting registry.
func (in *Interp) Views() *pipeline.Views { return in.views }

// ResolvePath makes path absolute against the current location, expanding
// a leading ~.
func (in *Interp) ResolvePath(path string) string {
	if path == "~" || strings.HasPrefix(path, "~/") {
		home, _ := in.getenv("HOME")
		path = home + path[1:]
	}
	if !filepath.IsAbs(path) {
		path = filepath.Join(in.dir, path)
	}
	return filepath.Clean(path)
}

// NewScriptBlock compiles script text into a script block of this session.
func (in *Interp) NewScriptBlock(script string) (pipeline.ScriptBlock, error) {
	cb, err := in.compile("", script)
	if err != nil {
		return nil, parseErrorRecord(err, "", script)
	}
	return cb.bind(in), nil
}

// Stdout is the session's standard output (Out-Host writes there).
func (in *Interp) Stdout() io.Writer { return in.cfg.Stdout }
