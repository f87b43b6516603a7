package lua

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// ImportModule is the Import-Module cmdlet: it loads .lua module files
// and registers the cmdlets they declare in the session.
type ImportModule struct {
	Name     []string        `param:"Position=0,Mandatory,ValueFromPipeline,ValueFromPipelineByPropertyName,Alias=Path|FullName" help:"The path of the .lua module file to import."`
	Force    pipeline.Switch `param:"" help:"Compiles and runs the file again even when it is unchanged since the last import."`
	PassThru pipeline.Switch `param:"" help:"Writes a ModuleInfo object for each imported module."`

	loader *loader
}

// ModuleInfo describes an imported Lua module (Import-Module -PassThru).
type ModuleInfo struct {
	Name             string
	ModuleType       string
	Path             string
	ExportedCommands []string
}

var importHelp = &pipeline.Help{
	Synopsis: "Imports a module of cmdlets written in Lua.",
	Description: "Import-Module compiles a .lua file once, runs it to collect the cmdlets it declares " +
		"with psh.cmdlet{...}, and adds them to the session. PowerShell modules (.psm1, .psd1, .ps1) " +
		"are not supported yet.",
	Examples: []pipeline.Example{{Code: "Import-Module ./greet.lua; 'a','b' | Get-Greeting",
		Remarks: "Imports greet.lua and runs the Get-Greeting cmdlet it declares."}},
}

// Process imports each named file.
func (im *ImportModule) Process(c *pipeline.Context) error {
	for _, name := range im.Name {
		if err := im.importOne(c, name); err != nil {
			return err
		}
	}
	return nil
}

func (im *ImportModule) importOne(c *pipeline.Context, name string) error {
	path := c.Session().ResolvePath(name)
	switch ext := strings.ToLower(filepath.Ext(path)); ext {
	case ".lua":
	case ".psm1", ".psd1", ".ps1", ".dll":
		c.WriteError(pipeline.Errorf("Modules_UnsupportedModuleType", pipeline.NotImplemented, name,
			"The module '%s' was not loaded: %s modules are not supported yet; psh imports .lua modules only.", name, ext))
		return nil
	default:
		if ext == "" {
			name, path = name+".lua", path+".lua"
			break
		}
		c.WriteError(pipeline.Errorf("Modules_UnsupportedModuleType", pipeline.NotImplemented, name,
			"The module '%s' was not loaded: psh imports .lua modules only.", name))
		return nil
	}
	mod, err := im.loader.load(c, filepath.ToSlash(filepath.Clean(name)), path, bool(im.Force))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			c.WriteError(pipeline.Errorf("Modules_ModuleNotFound", pipeline.ResourceUnavailable, name,
				"The specified module '%s' was not loaded because no valid module file was found.", name))
			return nil
		}
		var le *Error
		if errors.As(err, &le) {
			return err
		}
		if _, ok := err.(*pipeline.ErrorRecord); ok {
			return err
		}
		return fmt.Errorf("Import-Module: %s: %w", name, err)
	}
	info := &ModuleInfo{Name: mod.name, ModuleType: "Lua", Path: path}
	// A cmdlet an earlier import of this file registered and the file no
	// longer declares goes away.
	if rm, ok := c.Session().(pipeline.CommandRemover); ok {
		for _, ci := range c.Session().Commands() {
			if ci.Type == pipeline.CmdletCommand && ci.Module == mod.name && ci.Definition == mod.path && !mod.declares(ci.Name) {
				rm.RemoveCommand(ci.Name)
			}
		}
	}
	for _, spec := range mod.specs {
		spec := spec
		c.Session().AddCommand(&pipeline.CommandInfo{Name: spec.name, Type: pipeline.CmdletCommand,
			Help: spec.help, Module: mod.name, Definition: mod.path,
			New: func() pipeline.Cmdlet { return mod.newCmdlet(spec) }})
		info.ExportedCommands = append(info.ExportedCommands, spec.name)
	}
	if im.PassThru {
		return c.Emit(info)
	}
	return nil
}
