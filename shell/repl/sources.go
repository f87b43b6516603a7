package repl

import (
	"os"
	"reflect"
	"sort"
	"strings"

	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/shell"
)

// hasPrefixFold reports whether s starts with prefix, ignoring case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// completeCommands lists the cmdlets, functions and aliases whose names
// start with prefix.
func completeCommands(sh *shell.Shell, prefix string) []string {
	var out []string
	seen := map[string]bool{}
	for _, ci := range sh.Commands() {
		k := strings.ToLower(ci.Name)
		if !seen[k] && hasPrefixFold(ci.Name, prefix) {
			seen[k] = true
			out = append(out, ci.Name)
		}
	}
	return out
}

// completeVariables lists "$name" for the variables whose names start
// with the text after "$"; "$env:" lists the environment.
func completeVariables(sh *shell.Shell, word string) []string {
	prefix := strings.TrimPrefix(word, "$")
	var out []string
	if hasPrefixFold(prefix, "env:") {
		p := prefix[len("env:"):]
		for _, kv := range sh.Environ() {
			k, _, _ := strings.Cut(kv, "=")
			if hasPrefixFold(k, p) {
				out = append(out, "$"+prefix[:len("env:")]+k)
			}
		}
		return out
	}
	seen := map[string]bool{}
	for _, v := range sh.Variables() {
		if hasPrefixFold(v.Name, prefix) {
			seen[strings.ToLower(v.Name)] = true
			out = append(out, "$"+v.Name)
		}
	}
	added := false
	for _, name := range automaticNames {
		if hasPrefixFold(name, prefix) && !seen[strings.ToLower(name)] {
			if _, ok := sh.Variable(name); ok {
				out = append(out, "$"+name)
				added = true
			}
		}
	}
	if added {
		sort.SliceStable(out, func(i, j int) bool { return strings.ToLower(out[i]) < strings.ToLower(out[j]) })
	}
	return out
}

// automaticNames are automatic variables the interpreter resolves without
// listing them among its variables; completion offers those that resolve.
var automaticNames = [...]string{"Error", "false", "null", "PWD", "true"}

// commonParamNames are the common parameters of every advanced command, in
// PowerShell's order; the last two need SupportsShouldProcess.
var commonParamNames = [...][2]string{{"Verbose", "vb"}, {"Debug", "db"},
	{"ErrorAction", "ea"}, {"WarningAction", "wa"}, {"InformationAction", "infa"},
	{"ProgressAction", "proga"}, {"ErrorVariable", "ev"}, {"WarningVariable", "wv"},
	{"InformationVariable", "iv"}, {"OutVariable", "ov"}, {"OutBuffer", "ob"},
	{"PipelineVariable", "pv"}, {"WhatIf", "wi"}, {"Confirm", "cf"}}

// paramList returns a command's parameters followed by the common ones it
// takes (those have no Type; they are only names here).
func paramList(sh *shell.Shell, command string) []*pipeline.ParamMeta {
	ci, ok := sh.LookupCommand(command)
	if !ok || ci.New == nil {
		return nil
	}
	meta, err := ci.Meta()
	if err != nil || meta == nil {
		return nil
	}
	out := append([]*pipeline.ParamMeta(nil), meta.Params...)
	if !meta.Advanced {
		return out
	}
	for i, n := range commonParamNames {
		if i >= len(commonParamNames)-2 && !meta.SupportsShouldProcess {
			break
		}
		if meta.Param(n[0]) == nil {
			p := &pipeline.ParamMeta{Name: n[0], Aliases: []string{n[1]}, Position: -1}
			if strings.HasSuffix(n[0], "Action") {
				p.Type = reflect.TypeFor[pipeline.ActionPreference]()
			}
			out = append(out, p)
		}
	}
	return out
}

// completeParams lists "-Name" for the parameters of command whose names
// start with prefix.
func completeParams(sh *shell.Shell, command, prefix string) []string {
	var out []string
	for _, p := range paramList(sh, command) {
		if hasPrefixFold(p.Name, prefix) {
			out = append(out, "-"+p.Name)
		}
	}
	return out
}

// findParam resolves a parameter as the binder does: exact name or alias,
// then a unique prefix.
func findParam(params []*pipeline.ParamMeta, name string) *pipeline.ParamMeta {
	var hits []*pipeline.ParamMeta
	for _, p := range params {
		if strings.EqualFold(p.Name, name) {
			return p
		}
		for _, a := range p.Aliases {
			if strings.EqualFold(a, name) {
				return p
			}
		}
		if hasPrefixFold(p.Name, name) {
			hits = append(hits, p)
		}
	}
	if len(hits) == 1 {
		return hits[0]
	}
	return nil
}

// completeValues lists the allowed values of command's parameter param
// that start with prefix: its ValidateSet, or the names of its enum type.
// It returns nil when the parameter has no fixed set.
func completeValues(sh *shell.Shell, command, param, prefix string) []string {
	p := findParam(paramList(sh, command), param)
	if p == nil {
		return nil
	}
	set := enumValues(p)
	if set == nil {
		return nil
	}
	out := []string{}
	for _, v := range set {
		if hasPrefixFold(v, prefix) {
			out = append(out, v)
		}
	}
	sort.Strings(out)
	return out
}

var enumValuesType = reflect.TypeFor[pipeline.EnumValues]()

// enumValues is a parameter's fixed set of values, if it has one.
func enumValues(p *pipeline.ParamMeta) (vals []string) {
	if len(p.ValidateSet) > 0 {
		return p.ValidateSet
	}
	t := p.Type
	if t == nil {
		return nil
	}
	if t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	if t.Kind() == reflect.Pointer || t.Kind() == reflect.Interface || !t.Implements(enumValuesType) {
		return nil
	}
	defer func() {
		if recover() != nil {
			vals = nil
		}
	}()
	return reflect.Zero(t).Interface().(pipeline.EnumValues).Values()
}

// completePaths lists the files and directories (with a trailing "/")
// whose paths start with word, resolved against the shell's location.
// Hidden files are listed only when the typed name starts with ".".
func completePaths(sh *shell.Shell, word string) []string {
	dirPart, base := "", word
	if i := strings.LastIndexAny(word, `/\`); i >= 0 {
		dirPart, base = word[:i+1], word[i+1:]
	}
	dir := sh.Dir()
	if dirPart != "" {
		dir = sh.ResolvePath(dirPart)
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range ents {
		name := e.Name()
		if !strings.HasPrefix(name, base) || (strings.HasPrefix(name, ".") && !strings.HasPrefix(base, ".")) {
			continue
		}
		if isDir(dir, e) {
			name += "/"
		}
		out = append(out, dirPart+name)
	}
	return out
}

// isDir reports whether a directory entry is a directory or a link to one.
func isDir(dir string, e os.DirEntry) bool {
	if e.IsDir() {
		return true
	}
	if e.Type()&os.ModeSymlink == 0 {
		return false
	}
	fi, err := os.Stat(dir + string(os.PathSeparator) + e.Name())
	return err == nil && fi.IsDir()
}
