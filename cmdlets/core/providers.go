package core

import (
	"fmt"
	"slices"
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// The session-state drives (env:, variable:, function:, alias:) are flat
// containers of named items, as PowerShell's SessionStateProviderBase
// presents them. The item cmdlets (Test-Path, Get-Item, Get-ChildItem,
// New-Item, Set-Item, Remove-Item) and the content cmdlets look a path up
// with parseDrivePath first and fall back to the file system.

// drive is one session-state drive: how to list, read, write and delete
// its items through the pipeline.Session.
type drive struct {
	name     string // the drive name as PowerShell spells it: Env
	provider string // the provider name: Environment
	list     func(s pipeline.Session) []driveItem
	get      func(s pipeline.Session, name string) (driveItem, bool)
	set      func(s pipeline.Session, name string, value any) error
	remove   func(s pipeline.Session, name string) error
	// content is what Get-Content reads from an item.
	content func(s pipeline.Session, it driveItem) any
}

// driveItem is one item of a drive: its name and the object Get-Item
// outputs for it.
type driveItem struct {
	name string
	obj  any
}

// drivePath is a path on a session-state drive.
type drivePath struct {
	d    *drive
	name string // the item name, "" for the drive root; may hold wildcards
}

// qualified is the drive-qualified path PowerShell shows in errors
// ("Env:/HOME" on Unix).
func (dp drivePath) qualified() string { return dp.d.name + ":/" + dp.name }

// parseDrivePath recognises "env:NAME", "env:/NAME", "env:\NAME", the bare
// drive "env:" and provider-qualified paths ("Environment::NAME",
// "Microsoft.PowerShell.Core\Environment::NAME"). Anything else, such as
// a file named "env" or "./a:b", is not a drive path.
func parseDrivePath(p string) (drivePath, bool) {
	if i := strings.Index(p, "::"); i > 0 {
		prov := strings.TrimPrefix(strings.ToLower(p[:i]), `microsoft.powershell.core\`)
		for _, d := range sessionDrives() {
			if strings.EqualFold(d.provider, prov) {
				return drivePath{d: d, name: strings.TrimLeft(p[i+2:], `/\`)}, true
			}
		}
		return drivePath{}, false
	}
	i := strings.IndexByte(p, ':')
	if i <= 0 {
		return drivePath{}, false
	}
	for _, d := range sessionDrives() {
		if strings.EqualFold(d.name, p[:i]) {
			return drivePath{d: d, name: strings.TrimLeft(p[i+1:], `/\`)}, true
		}
	}
	return drivePath{}, false
}

// resolve returns the items a path names: every item for the root, the
// matches of a wildcard (sorted by name), or the one named item. found is
// false only for a literal name that does not exist.
func (dp drivePath) resolve(s pipeline.Session, literal bool) (items []driveItem, found bool) {
	if dp.name == "" {
		return dp.d.list(s), true
	}
	if !literal && pipeline.HasWildcard(dp.name) {
		w := pipeline.CompileWildcard(dp.name, false)
		for _, it := range dp.d.list(s) {
			if w.Match(it.name) {
				items = append(items, it)
			}
		}
		return items, true
	}
	it, ok := dp.d.get(s, dp.name)
	if !ok {
		return nil, false
	}
	return []driveItem{it}, true
}

// targets returns the item names a write to the path touches: the
// matching names for a wildcard (none if nothing matches), else the one
// name, which need not exist yet ("" for the drive root).
func (dp drivePath) targets(s pipeline.Session, literal bool) []string {
	if literal || !pipeline.HasWildcard(dp.name) {
		return []string{dp.name}
	}
	items, _ := dp.resolve(s, false)
	names := make([]string, len(items))
	for i, it := range items {
		names[i] = it.name
	}
	return names
}

func sessionDrives() []*drive {
	return []*drive{&aliasDrive, &envDrive, &functionDrive, &variableDrive}
}

// sortItems sorts items by name as PowerShell does (current culture,
// ignoring case).
func sortItems(items []driveItem) []driveItem {
	slices.SortStableFunc(items, func(a, b driveItem) int { return pipeline.CompareStrings(a.name, b.name, false) })
	return items
}

// EnvironmentVariable is an item of the env: drive: PowerShell's
// DictionaryEntry with Name (and Key) and Value.
type EnvironmentVariable struct {
	Name  string
	Value string
}

// PSTypeNames names the type for views.
func (e *EnvironmentVariable) PSTypeNames() []string {
	return []string{"System.Collections.DictionaryEntry", "System.ValueType", "System.Object"}
}

// GetProperty adds Key and the provider's PSPath, PSDrive, PSProvider and
// PSIsContainer to the fields.
func (e *EnvironmentVariable) GetProperty(name string) (any, bool) {
	switch strings.ToLower(name) {
	case "key":
		return e.Name, true
	case "pspath":
		return `Microsoft.PowerShell.Core\Environment::` + e.Name, true
	case "psdrive":
		return "Env", true
	case "psprovider":
		return `Microsoft.PowerShell.Core\Environment`, true
	case "pschildname":
		return e.Name, true
	case "psiscontainer":
		return false, true
	}
	return nil, false
}

// PropertyNames lists Name, Key and Value.
func (e *EnvironmentVariable) PropertyNames() []string { return []string{"Name", "Key", "Value"} }

// String is what .NET's DictionaryEntry.ToString returns.
func (e *EnvironmentVariable) String() string { return "System.Collections.DictionaryEntry" }

func dictionaryEntryViews() []pipeline.View {
	return []pipeline.View{{TypeName: "System.Collections.DictionaryEntry", Kind: pipeline.TableView, Columns: []pipeline.Column{
		{Label: "Name", Property: "Name", Width: 30, Align: pipeline.AlignLeft},
		{Label: "Value", Property: "Value", Align: pipeline.AlignLeft},
	}}}
}

var envDrive = drive{
	name: "Env", provider: "Environment",
	list: func(s pipeline.Session) []driveItem {
		var out []driveItem
		for _, kv := range s.Environ() {
			k, v, _ := strings.Cut(kv, "=")
			out = append(out, driveItem{k, &EnvironmentVariable{Name: k, Value: v}})
		}
		return sortItems(out)
	},
	get: func(s pipeline.Session, name string) (driveItem, bool) {
		v, ok := s.LookupEnv(name)
		if !ok {
			return driveItem{}, false
		}
		for _, kv := range s.Environ() { // the stored spelling of the name
			if k, _, _ := strings.Cut(kv, "="); strings.EqualFold(k, name) {
				name = k
				break
			}
		}
		return driveItem{name, &EnvironmentVariable{Name: name, Value: v}}, true
	},
	set: func(s pipeline.Session, name string, value any) error {
		switch v := value.(type) {
		case nil:
			return s.Unsetenv(name)
		case *EnvironmentVariable:
			value = v.Value
		}
		return s.Setenv(name, pipeline.ToString(value))
	},
	remove:  func(s pipeline.Session, name string) error { return s.Unsetenv(name) },
	content: func(_ pipeline.Session, it driveItem) any { return it.obj.(*EnvironmentVariable).Value },
}

// variableItem is an item of the variable: drive: a PSVariable with the
// PSPath a piped item binds to (-LiteralPath).
func variableItem(name string, value any) *pipeline.PSObject {
	o := newPSVariable(name, value)
	o.Add("PSPath", `Microsoft.PowerShell.Core\Variable::`+name)
	return o
}

// newPSVariable is the PSVariable object Get-Variable and the variable:
// drive output.
func newPSVariable(name string, value any) *pipeline.PSObject {
	o := pipeline.NewPSObject()
	o.Add("Name", name)
	o.Add("Value", value)
	o.SetTypeNames([]string{"System.Management.Automation.PSVariable", "System.Object"})
	return o
}

var variableDrive = drive{
	name: "Variable", provider: "Variable",
	list: func(s pipeline.Session) []driveItem {
		var out []driveItem
		for _, v := range s.Variables() {
			out = append(out, driveItem{v.Name, variableItem(v.Name, v.Value)})
		}
		return sortItems(out)
	},
	get: func(s pipeline.Session, name string) (driveItem, bool) {
		if strings.ContainsRune(name, ':') {
			return driveItem{}, false // no scope qualifiers in item names
		}
		v, ok := s.GetVariable(name)
		if !ok {
			return driveItem{}, false
		}
		for _, sv := range s.Variables() {
			if strings.EqualFold(sv.Name, name) {
				name = sv.Name
				break
			}
		}
		return driveItem{name, variableItem(name, v)}, true
	},
	set: func(s pipeline.Session, name string, value any) error { return s.SetVariable(name, value) },
	remove: func(s pipeline.Session, name string) error {
		return s.RemoveVariable(name)
	},
	content: func(s pipeline.Session, it driveItem) any {
		v, _ := it.obj.(*pipeline.PSObject).Get("Value")
		return v
	},
}

var functionDrive = drive{
	name: "Function", provider: "Function",
	list: func(s pipeline.Session) []driveItem {
		var out []driveItem
		for _, ci := range s.Commands() {
			if ci.Type == pipeline.FunctionCommand || ci.Type == pipeline.FilterCommand {
				out = append(out, driveItem{ci.Name, ci})
			}
		}
		return sortItems(out)
	},
	get: func(s pipeline.Session, name string) (driveItem, bool) {
		for _, ci := range s.Commands() {
			if (ci.Type == pipeline.FunctionCommand || ci.Type == pipeline.FilterCommand) && strings.EqualFold(ci.Name, name) {
				return driveItem{ci.Name, ci}, true
			}
		}
		return driveItem{}, false
	},
	set: func(s pipeline.Session, name string, value any) error {
		switch v := value.(type) {
		case pipeline.ScriptBlock:
			return s.SetFunction(name, v)
		case *pipeline.CommandInfo:
			return s.SetFunction(name, v.Definition)
		case nil:
			return s.RemoveFunction(name)
		}
		return s.SetFunction(name, pipeline.ToString(value))
	},
	remove: func(s pipeline.Session, name string) error { return s.RemoveFunction(name) },
	content: func(s pipeline.Session, it driveItem) any {
		if sb, ok := s.GetVariable("function:" + it.name); ok {
			return sb
		}
		return it.obj.(*pipeline.CommandInfo).Definition
	},
}

var aliasDrive = drive{
	name: "Alias", provider: "Alias",
	list: func(s pipeline.Session) []driveItem {
		var out []driveItem
		for n, t := range s.Aliases() {
			out = append(out, driveItem{n, &AliasInfo{Name: n, Definition: t}})
		}
		return sortItems(out)
	},
	get: func(s pipeline.Session, name string) (driveItem, bool) {
		for n, t := range s.Aliases() {
			if strings.EqualFold(n, name) {
				return driveItem{n, &AliasInfo{Name: n, Definition: t}}, true
			}
		}
		return driveItem{}, false
	},
	set: func(s pipeline.Session, name string, value any) error {
		target := pipeline.ToString(value)
		switch v := value.(type) {
		case *AliasInfo:
			target = v.Definition
		case *pipeline.CommandInfo:
			target = v.Name
		case nil:
			return s.RemoveAlias(name)
		}
		return s.SetAlias(name, target)
	},
	remove:  func(s pipeline.Session, name string) error { return s.RemoveAlias(name) },
	content: func(_ pipeline.Session, it driveItem) any { return it.obj.(*AliasInfo).Definition },
}

// errNewItemExists is New-Item's error for an item that already exists.
func errNewItemExists(name string) *pipeline.ErrorRecord {
	return pipeline.NewError(fmt.Errorf("The item at path '%s' already exists.", name), "Argument", pipeline.InvalidArgument, name)
}

// errDriveRoot is the error for removing a drive's root.
func errDriveRoot(dp drivePath) *pipeline.ErrorRecord {
	return pipeline.Errorf("RemoveDriveRoot", pipeline.InvalidArgument, dp.qualified(),
		"Cannot remove the drive root in this way. Use \"Remove-PSDrive\" to remove this drive.")
}

// errModifyDriveRoot is the error for setting a drive's root.
func errModifyDriveRoot(dp drivePath) *pipeline.ErrorRecord {
	return pipeline.Errorf("NewItemCannotModifyDriveRoot", pipeline.InvalidArgument, dp.qualified(),
		"The root of the drive '%s' cannot be modified.", dp.d.name)
}

// forDriveItems applies change to each item a drive path names, after
// ShouldProcess(action); a root or a missing item is an error for it.
func forDriveItems(c *pipeline.Context, dp drivePath, rootErr func(drivePath) *pipeline.ErrorRecord, action string, change func(name string) error) {
	if dp.name == "" {
		c.WriteError(rootErr(dp))
		return
	}
	items, found := dp.resolve(c.Session(), false)
	if !found {
		c.WriteError(errPathNotFound(dp.qualified()))
		return
	}
	for _, it := range items {
		if !c.ShouldProcess("Item: "+it.name, action) {
			continue
		}
		if err := change(it.name); err != nil {
			c.WriteError(pipeline.AsErrorRecord(err))
		}
	}
}
