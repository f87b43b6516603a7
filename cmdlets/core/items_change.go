package core

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// NewItem is New-Item (ni).
type NewItem struct {
	Path     []string        `param:"Position=0,ValueFromPipelineByPropertyName" help:"The paths of the new items."`
	Name     string          `param:"" help:"The new item's name (joined to -Path)."`
	ItemType string          `param:"Alias=Type,ValidateSet=File|Directory" help:"File (default) or Directory."`
	Value    any             `param:"ValueFromPipeline" help:"A new file's content."`
	Force    pipeline.Switch `param:"" help:"Create missing parent directories and replace an existing file."`
}

// SupportsShouldProcess adds -WhatIf and -Confirm.
func (*NewItem) SupportsShouldProcess() bool { return true }

// Process creates each item.
func (n *NewItem) Process(c *pipeline.Context) error {
	paths := n.Path
	if len(paths) == 0 {
		paths = []string{"."}
	}
	for _, p := range paths {
		if dp, ok := parseDrivePath(p); ok {
			if err := n.newDriveItem(c, dp); err != nil {
				return err
			}
			continue
		}
		if n.Name != "" {
			p = filepath.Join(p, n.Name)
		}
		if err := needFiles(c); err != nil {
			return err
		}
		abs := c.Session().ResolvePath(p)
		dir := strings.EqualFold(n.ItemType, "Directory")
		kind := "Create File"
		if dir {
			kind = "Create Directory"
		}
		if !c.ShouldProcess("Destination: "+abs, kind) {
			continue
		}
		if _, err := os.Stat(abs); err == nil && !(bool(n.Force) && !dir) {
			if dir && bool(n.Force) {
				goto done
			}
			c.WriteError(pipeline.Errorf("NewItemIOError", pipeline.WriteError, abs, "An item with the specified name %s already exists.", abs))
			continue
		}
		if n.Force {
			_ = os.MkdirAll(filepath.Dir(abs), 0o755)
		}
		if dir {
			// Like PowerShell, a new directory's missing parents are made too.
			if err := os.MkdirAll(abs, 0o755); err != nil {
				c.WriteError(ioError(err, "NewItemIOError", abs))
				continue
			}
		} else {
			text := ""
			if n.Value != nil {
				text = pipeline.ToString(n.Value)
			}
			if err := os.WriteFile(abs, []byte(text), 0o644); err != nil {
				c.WriteError(ioError(err, "NewItemIOError", abs))
				continue
			}
		}
	done:
		st, err := os.Stat(abs)
		if err == nil {
			if err := c.Emit(newFileItem(abs, st)); err != nil {
				return err
			}
		}
	}
	return nil
}

// newDriveItem creates an environment variable, variable, function or
// alias and outputs it.
func (n *NewItem) newDriveItem(c *pipeline.Context, dp drivePath) error {
	if n.Name != "" {
		dp.name = strings.TrimSuffix(dp.name, "/") + n.Name
	}
	if dp.name == "" {
		c.WriteError(errModifyDriveRoot(dp))
		return nil
	}
	if n.Value == nil {
		c.WriteError(pipeline.Errorf("NewItemValueNotSpecified", pipeline.InvalidArgument, dp.name, "Value cannot be null. (Parameter 'value')"))
		return nil
	}
	if _, exists := dp.d.get(c.Session(), dp.name); exists && !bool(n.Force) {
		c.WriteError(errNewItemExists(dp.name))
		return nil
	}
	target := fmt.Sprintf("Item: %s Type: %s Value: %s", dp.name, n.ItemType, pipeline.ToString(n.Value))
	if !c.ShouldProcess(target, "New Item") {
		return nil
	}
	if err := dp.d.set(c.Session(), dp.name, n.Value); err != nil {
		c.WriteError(pipeline.AsErrorRecord(err))
		return nil
	}
	if it, ok := dp.d.get(c.Session(), dp.name); ok {
		return c.Emit(it.obj)
	}
	return nil
}

// RemoveItem is Remove-Item (ri, del, rm).
type RemoveItem struct {
	Path        []string        `param:"Position=0,Mandatory,ValueFromPipeline,ValueFromPipelineByPropertyName,Set=Path" help:"The items to delete (wildcards allowed)."`
	LiteralPath []string        `param:"Mandatory,ValueFromPipelineByPropertyName,Alias=PSPath|LP,Set=LiteralPath" help:"The items, taken literally: no wildcards (what a piped item binds to, by its PSPath)."`
	Recurse     pipeline.Switch `param:"" help:"Delete directories with their contents."`
	Force       pipeline.Switch `param:"" help:"Accepted for compatibility."`
}

// SupportsShouldProcess adds -WhatIf and -Confirm.
func (*RemoveItem) SupportsShouldProcess() bool { return true }

// Process deletes each item.
func (r *RemoveItem) Process(c *pipeline.Context) error {
	paths, literal := pathsOf(r.Path, r.LiteralPath)
	return forEachPath(c, paths, literal, func(dp drivePath) error { removeDriveItems(c, dp); return nil },
		func(it string, st fs.FileInfo) error {
			kind := "Remove File"
			if st.IsDir() {
				kind = "Remove Directory"
			}
			if !c.ShouldProcess(it, kind) {
				return nil
			}
			var err error
			if st.IsDir() && bool(r.Recurse) {
				err = os.RemoveAll(it)
			} else if err = os.Remove(it); err != nil && st.IsDir() {
				c.WriteError(pipeline.NewError(fmt.Errorf("The item at %s has children and the Recurse parameter was not specified.", it),
					"DirectoryNotEmpty", pipeline.WriteError, it))
				return nil
			}
			if err != nil {
				c.WriteError(ioError(err, "RemoveItemIOError", it))
			}
			return nil
		})
}

// removeDriveItems deletes the drive items a path names.
func removeDriveItems(c *pipeline.Context, dp drivePath) {
	forDriveItems(c, dp, errDriveRoot, "Remove Item", func(name string) error {
		return dp.d.remove(c.Session(), name)
	})
}

// SetItem is Set-Item (si): it changes the value of an item of the env:,
// variable:, function: or alias: drive, creating it when it is missing.
type SetItem struct {
	Path     []string        `param:"Position=0,Mandatory,ValueFromPipelineByPropertyName,Alias=PSPath" help:"The items to set (wildcards allowed), such as env:NAME."`
	Value    any             `param:"Position=1,ValueFromPipeline" help:"The new value."`
	Force    pipeline.Switch `param:"" help:"Accepted for compatibility."`
	PassThru pipeline.Switch `param:"" help:"Output the changed items."`
}

// SupportsShouldProcess adds -WhatIf and -Confirm.
func (*SetItem) SupportsShouldProcess() bool { return true }

// Process sets each item.
func (si *SetItem) Process(c *pipeline.Context) error {
	for _, p := range si.Path {
		dp, ok := parseDrivePath(p)
		if !ok {
			c.WriteError(pipeline.Errorf("NotSupported", pipeline.NotImplemented, p,
				"Provider operation stopped because the provider does not support this operation."))
			continue
		}
		for _, n := range dp.targets(c.Session(), false) {
			if n == "" {
				c.WriteError(errModifyDriveRoot(dp))
				continue
			}
			if !c.ShouldProcess(fmt.Sprintf("Item: %s Value: %s", n, pipeline.ToString(si.Value)), "Set Item") {
				continue
			}
			if err := dp.d.set(c.Session(), n, si.Value); err != nil {
				c.WriteError(pipeline.AsErrorRecord(err))
				continue
			}
			if si.PassThru {
				if it, ok := dp.d.get(c.Session(), n); ok {
					if err := c.Emit(it.obj); err != nil {
						return err
					}
				}
			}
		}
	}
	return nil
}

// setItemHelp is Set-Item's help text.
var setItemHelp = &pipeline.Help{
	Synopsis: "Changes the value of an item to the value specified in the command.",
	Description: "Set-Item sets environment variables (env:), variables (variable:), functions (function:) and aliases " +
		"(alias:), creating them when they do not exist. The file system does not support it.",
	Examples: []pipeline.Example{
		{Code: "Set-Item env:GREETING 'hello'", Remarks: "Sets $env:GREETING."},
		{Code: "Set-Item function:hi { 'hi' }", Remarks: "Defines the function hi."},
	},
}

// CopyItem is Copy-Item (cpi, copy, cp).
type CopyItem struct {
	Path        []string        `param:"Position=0,Mandatory,ValueFromPipeline,ValueFromPipelineByPropertyName,Set=Path" help:"The items to copy (wildcards allowed)."`
	LiteralPath []string        `param:"Mandatory,ValueFromPipelineByPropertyName,Alias=PSPath|LP,Set=LiteralPath" help:"The items, taken literally: no wildcards (what a piped item binds to, by its PSPath)."`
	Destination string          `param:"Position=1" help:"Where to copy them."`
	Recurse     pipeline.Switch `param:"" help:"Copy directories with their contents."`
	Force       pipeline.Switch `param:"" help:"Accepted for compatibility."`
	PassThru    pipeline.Switch `param:"" help:"Output the copies."`

	move bool
}

// SupportsShouldProcess adds -WhatIf and -Confirm.
func (*CopyItem) SupportsShouldProcess() bool { return true }

// Process copies (or moves) each item.
func (ci *CopyItem) Process(c *pipeline.Context) error {
	dest := c.Session().ResolvePath(ci.Destination)
	paths, literal := pathsOf(ci.Path, ci.LiteralPath)
	for _, p := range paths {
		items, err := resolvePaths(c, p, literal, true)
		if err != nil {
			c.WriteError(err)
			continue
		}
		for _, it := range items {
			target := dest
			if st, err := os.Stat(dest); err == nil && st.IsDir() {
				target = filepath.Join(dest, filepath.Base(it))
			}
			action := "Copy File"
			if ci.move {
				action = "Move File"
			}
			if !c.ShouldProcess(fmt.Sprintf("Item: %s Destination: %s", it, target), action) {
				continue
			}
			if ci.move {
				err = os.Rename(it, target)
			} else {
				err = copyTree(it, target, bool(ci.Recurse))
			}
			if err != nil {
				c.WriteError(ioError(err, "CopyItemIOError", it))
				continue
			}
			if ci.PassThru {
				if st, err := os.Stat(target); err == nil {
					if err := c.Emit(newFileItem(target, st)); err != nil {
						return err
					}
				}
			}
		}
	}
	return nil
}

func copyTree(src, dst string, recurse bool) error {
	st, err := os.Stat(src)
	if err != nil {
		return err
	}
	if !st.IsDir() {
		in, err := os.Open(src)
		if err != nil {
			return err
		}
		defer in.Close()
		out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, st.Mode().Perm())
		if err != nil {
			return err
		}
		if _, err := io.Copy(out, in); err != nil {
			out.Close()
			return err
		}
		return out.Close()
	}
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return err
	}
	if !recurse {
		return nil
	}
	entries, err := os.ReadDir(src)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if err := copyTree(filepath.Join(src, e.Name()), filepath.Join(dst, e.Name()), true); err != nil {
			return err
		}
	}
	return nil
}

// MoveItem is Move-Item (mi, move, mv).
type MoveItem struct{ CopyItem }

// Process moves each item.
func (m *MoveItem) Process(c *pipeline.Context) error { m.move = true; return m.CopyItem.Process(c) }

// RenameItem is Rename-Item (rni, ren).
type RenameItem struct {
	Path     string          `param:"Position=0,Mandatory,ValueFromPipelineByPropertyName,Alias=FullName" help:"The item to rename."`
	NewName  string          `param:"Position=1,Mandatory" help:"Its new name (in the same directory)."`
	PassThru pipeline.Switch `param:"" help:"Output the renamed item."`
}

// SupportsShouldProcess adds -WhatIf and -Confirm.
func (*RenameItem) SupportsShouldProcess() bool { return true }

// Process renames the item.
func (r *RenameItem) Process(c *pipeline.Context) error {
	if err := needFiles(c); err != nil {
		return err
	}
	src := c.Session().ResolvePath(r.Path)
	if _, err := os.Stat(src); err != nil {
		c.WriteError(errPathNotFound(src))
		return nil
	}
	dst := filepath.Join(filepath.Dir(src), r.NewName)
	if !c.ShouldProcess(fmt.Sprintf("Item: %s Destination: %s", src, dst), "Rename Item") {
		return nil
	}
	if err := os.Rename(src, dst); err != nil {
		c.WriteError(ioError(err, "RenameItemIOError", src))
		return nil
	}
	if r.PassThru {
		if st, err := os.Stat(dst); err == nil {
			return c.Emit(newFileItem(dst, st))
		}
	}
	return nil
}
