package core

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/psh-project/psh/pipeline"
)

// FileItem is what Get-ChildItem and Get-Item output: a file or directory
// with FileInfo-like properties.
type FileItem struct {
	Name          string
	FullName      string
	Length        any
	LastWriteTime time.Time
	Mode          string
	Extension     string
	BaseName      string
	PSIsContainer bool
	DirectoryName string
}

// PSTypeNames names the type for views.
func (f *FileItem) PSTypeNames() []string {
	if f.PSIsContainer {
		return []string{"System.IO.DirectoryInfo", "System.IO.FileSystemInfo", "System.Object"}
	}
	return []string{"System.IO.FileInfo", "System.IO.FileSystemInfo", "System.Object"}
}

// String returns the full path, as FileInfo.ToString does in PowerShell 7.
func (f *FileItem) String() string { return f.FullName }

func newFileItem(path string, st fs.FileInfo) *FileItem {
	fi := &FileItem{Name: st.Name(), FullName: path, LastWriteTime: st.ModTime(), PSIsContainer: st.IsDir(),
		DirectoryName: filepath.Dir(path)}
	mode := []byte("-----")
	if st.IsDir() {
		mode[0] = 'd'
		fi.BaseName = fi.Name
	} else {
		fi.Length = st.Size()
		fi.Extension = filepath.Ext(fi.Name)
		fi.BaseName = strings.TrimSuffix(fi.Name, fi.Extension)
		mode[1] = 'a'
	}
	if st.Mode()&0o200 == 0 {
		mode[2] = 'r'
	}
	if strings.HasPrefix(fi.Name, ".") {
		mode[3] = 'h'
	}
	if st.Mode()&fs.ModeSymlink != 0 {
		mode[4] = 'l'
	}
	fi.Mode = string(mode)
	return fi
}

func fileViews() []pipeline.View {
	cols := []pipeline.Column{
		{Label: "Mode", Property: "Mode", Width: 13, Align: pipeline.AlignLeft},
		{Label: "LastWriteTime", Width: 20, Align: pipeline.AlignRight, Value: func(o any) any {
			if f, ok := o.(*FileItem); ok {
				return f.LastWriteTime.Format("1/2/2006") + " " + f.LastWriteTime.Format("15:04")
			}
			return nil
		}},
		{Label: "Length", Property: "Length", Width: 14, Align: pipeline.AlignRight},
		{Label: "Name", Property: "Name", Align: pipeline.AlignLeft},
	}
	return []pipeline.View{
		{TypeName: "System.IO.FileSystemInfo", Kind: pipeline.TableView, Columns: cols},
		{TypeName: "System.IO.FileSystemInfo", Kind: pipeline.WideView, Columns: []pipeline.Column{{Property: "Name"}}},
	}
}

// GetChildItem is Get-ChildItem (gci, dir, ls).
type GetChildItem struct {
	Path      []string        `param:"Position=0,ValueFromPipeline,ValueFromPipelineByPropertyName,Alias=FullName" help:"The directories (or files) to list; wildcards allowed. Default the current location."`
	Filter    string          `param:"Position=1" help:"A wildcard the names must match."`
	Include   []string        `param:"" help:"Wildcards of names to include."`
	Exclude   []string        `param:"" help:"Wildcards of names to leave out."`
	Recurse   pipeline.Switch `param:"Alias=s" help:"Also list subdirectories, recursively."`
	Depth     int             `param:"" help:"With -Recurse, how many levels deep to go."`
	File      pipeline.Switch `param:"" help:"Only files."`
	Directory pipeline.Switch `param:"Alias=ad|d" help:"Only directories."`
	Force     pipeline.Switch `param:"" help:"Include hidden (dot) files."`
	Name      pipeline.Switch `param:"" help:"Output only the names (relative paths)."`
}

// Process lists each path.
func (g *GetChildItem) Process(c *pipeline.Context) error {
	paths := g.Path
	if len(paths) == 0 {
		paths = []string{"."}
	}
	maxDepth := -1
	if c.IsBound("Depth") {
		maxDepth = g.Depth
	}
	for _, p := range paths {
		items, err := resolvePaths(c, p, false, true)
		if err != nil {
			c.WriteError(err)
			continue
		}
		for _, it := range items {
			st, err := os.Stat(it)
			if err != nil {
				c.WriteError(ioError(err, "ItemNotFound", it))
				continue
			}
			if !st.IsDir() {
				if err := g.emit(c, it, st, filepath.Base(it)); err != nil {
					return err
				}
				continue
			}
			if err := g.walk(c, it, it, 0, maxDepth); err != nil {
				return err
			}
		}
	}
	return nil
}

func (g *GetChildItem) walk(c *pipeline.Context, root, dir string, depth, maxDepth int) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		c.WriteError(ioError(err, "DirIOError", dir))
		return nil
	}
	for _, e := range entries {
		if !bool(g.Force) && strings.HasPrefix(e.Name(), ".") {
			continue
		}
		full := filepath.Join(dir, e.Name())
		st, err := e.Info()
		if err != nil {
			continue
		}
		rel, _ := filepath.Rel(root, full)
		if err := g.emit(c, full, st, rel); err != nil {
			return err
		}
		if bool(g.Recurse) && e.IsDir() && (maxDepth < 0 || depth < maxDepth) {
			if err := g.walk(c, root, full, depth+1, maxDepth); err != nil {
				return err
			}
		}
	}
	return nil
}

func (g *GetChildItem) emit(c *pipeline.Context, full string, st fs.FileInfo, rel string) error {
	name := st.Name()
	if bool(g.File) && st.IsDir() || bool(g.Directory) && !st.IsDir() {
		return nil
	}
	if g.Filter != "" && !pipeline.CompileWildcard(g.Filter, false).Match(name) {
		return nil
	}
	if len(g.Include) > 0 && !anyMatch(g.Include, name) {
		return nil
	}
	if len(g.Exclude) > 0 && anyMatch(g.Exclude, name) {
		return nil
	}
	if g.Name {
		return c.Emit(rel)
	}
	return c.Emit(newFileItem(full, st))
}

// GetItem is Get-Item (gi).
type GetItem struct {
	Path  []string        `param:"Position=0,Mandatory,ValueFromPipeline,ValueFromPipelineByPropertyName,Alias=FullName" help:"The items (wildcards allowed)."`
	Force pipeline.Switch `param:"" help:"Accepted for compatibility."`
}

// Process outputs each item.
func (g *GetItem) Process(c *pipeline.Context) error {
	for _, p := range g.Path {
		items, err := resolvePaths(c, p, false, true)
		if err != nil {
			c.WriteError(err)
			continue
		}
		for _, it := range items {
			st, err := os.Stat(it)
			if err != nil {
				c.WriteError(ioError(err, "ItemNotFound", it))
				continue
			}
			if err := c.Emit(newFileItem(it, st)); err != nil {
				return err
			}
		}
	}
	return nil
}

// TestPath is Test-Path.
type TestPath struct {
	Path     []string        `param:"Position=0,Mandatory,ValueFromPipeline,ValueFromPipelineByPropertyName,Alias=FullName" help:"The paths to test (wildcards allowed)."`
	PathType string          `param:"Alias=Type,ValidateSet=Any|Container|Leaf" help:"Any (default), Container (a directory) or Leaf (a file)."`
	IsValid  pipeline.Switch `param:"" help:"Test only whether the path is well-formed."`
}

// Process outputs True or False per path.
func (t *TestPath) Process(c *pipeline.Context) error {
	for _, p := range t.Path {
		if t.IsValid {
			if err := c.Emit(!strings.ContainsRune(p, 0)); err != nil {
				return err
			}
			continue
		}
		ok := false
		if p != "" {
			items, _ := resolvePaths(c, p, false, false)
			for _, it := range items {
				st, err := os.Stat(it)
				if err != nil {
					continue
				}
				switch strings.ToLower(t.PathType) {
				case "container":
					ok = ok || st.IsDir()
				case "leaf":
					ok = ok || !st.IsDir()
				default:
					ok = true
				}
			}
		}
		if err := c.Emit(ok); err != nil {
			return err
		}
	}
	return nil
}

// JoinPath is Join-Path.
type JoinPath struct {
	Path                []string        `param:"Position=0,Mandatory,ValueFromPipeline,ValueFromPipelineByPropertyName" help:"The parent paths."`
	ChildPath           string          `param:"Position=1" help:"The child path."`
	AdditionalChildPath []string        `param:"Position=2,ValueFromRemainingArguments" help:"Further path parts."`
	Resolve             pipeline.Switch `param:"" help:"Resolve the joined path (it must exist)."`
}

// Process joins each parent with the children.
func (j *JoinPath) Process(c *pipeline.Context) error {
	for _, p := range j.Path {
		parts := append([]string{p, j.ChildPath}, j.AdditionalChildPath...)
		out := strings.TrimSuffix(parts[0], "/")
		for _, part := range parts[1:] {
			if part == "" {
				continue
			}
			out = strings.TrimSuffix(out, "/") + "/" + strings.TrimPrefix(part, "/")
		}
		if j.Resolve {
			items, err := resolvePaths(c, out, false, true)
			if err != nil {
				c.WriteError(err)
				continue
			}
			for _, it := range items {
				if err := c.Emit(it); err != nil {
					return err
				}
			}
			continue
		}
		if err := c.Emit(out); err != nil {
			return err
		}
	}
	return nil
}

// SplitPath is Split-Path.
type SplitPath struct {
	Path        []string        `param:"Position=0,Mandatory,ValueFromPipeline,ValueFromPipelineByPropertyName" help:"The paths to split."`
	Parent      pipeline.Switch `param:"" help:"The parent directory (the default)."`
	Leaf        pipeline.Switch `param:"" help:"The last element."`
	LeafBase    pipeline.Switch `param:"" help:"The last element without its extension."`
	Extension   pipeline.Switch `param:"" help:"The last element's extension."`
	Qualifier   pipeline.Switch `param:"" help:"The drive (empty on Unix)."`
	NoQualifier pipeline.Switch `param:"" help:"The path without its drive."`
	IsAbsolute  pipeline.Switch `param:"" help:"Whether the path is absolute."`
}

// Process splits each path.
func (s *SplitPath) Process(c *pipeline.Context) error {
	for _, p := range s.Path {
		trimmed := p
		if len(trimmed) > 1 {
			trimmed = strings.TrimRight(trimmed, "/")
		}
		leaf := trimmed[strings.LastIndexByte(trimmed, '/')+1:]
		var v any
		switch {
		case bool(s.IsAbsolute):
			v = strings.HasPrefix(p, "/") || strings.HasPrefix(p, "~")
		case bool(s.Leaf):
			v = leaf
		case bool(s.LeafBase):
			v = strings.TrimSuffix(leaf, filepath.Ext(leaf))
		case bool(s.Extension):
			v = filepath.Ext(leaf)
		case bool(s.Qualifier):
			v = ""
		case bool(s.NoQualifier):
			v = p
		default:
			i := strings.LastIndexByte(trimmed, '/')
			switch {
			case i < 0:
				v = ""
			case i == 0:
				if trimmed == "/" {
					v = ""
				} else {
					v = "/"
				}
			default:
				v = trimmed[:i]
			}
		}
		if err := c.Emit(v); err != nil {
			return err
		}
	}
	return nil
}

// PathInfo is what Resolve-Path and Get-Location output.
type PathInfo struct {
	Path string
}

// String returns the path.
func (p *PathInfo) String() string { return p.Path }

// PSTypeNames names the type.
func (p *PathInfo) PSTypeNames() []string {
	return []string{"System.Management.Automation.PathInfo", "System.Object"}
}

// ResolvePath is Resolve-Path (rvpa).
type ResolvePath struct {
	Path     []string        `param:"Position=0,Mandatory,ValueFromPipeline,ValueFromPipelineByPropertyName" help:"The paths (wildcards allowed)."`
	Relative pipeline.Switch `param:"" help:"Output paths relative to the current location."`
}

// Process resolves each path.
func (r *ResolvePath) Process(c *pipeline.Context) error {
	for _, p := range r.Path {
		items, err := resolvePaths(c, p, false, true)
		if err != nil {
			c.WriteError(err)
			continue
		}
		for _, it := range items {
			var v any = &PathInfo{Path: it}
			if r.Relative {
				rel, _ := filepath.Rel(c.Session().Dir(), it)
				if !strings.HasPrefix(rel, "..") {
					rel = "./" + rel
				}
				v = rel
			}
			if err := c.Emit(v); err != nil {
				return err
			}
		}
	}
	return nil
}

// GetLocation is Get-Location (gl, pwd).
type GetLocation struct{}

// Process outputs the current location.
func (*GetLocation) Process(c *pipeline.Context) error {
	return c.Emit(&PathInfo{Path: c.Session().Dir()})
}

// SetLocation is Set-Location (sl, cd).
type SetLocation struct {
	Path     string          `param:"Position=0,ValueFromPipeline,ValueFromPipelineByPropertyName,Alias=FullName" help:"The new location (default the home directory)."`
	PassThru pipeline.Switch `param:"" help:"Output the new location."`
}

// Process changes the location.
func (s *SetLocation) Process(c *pipeline.Context) error {
	p := s.Path
	if p == "" {
		p = "~"
	}
	abs := c.Session().ResolvePath(p)
	st, err := os.Stat(abs)
	if err != nil {
		return errPathNotFound(abs)
	}
	if !st.IsDir() {
		return pipeline.Errorf("PathNotFound", pipeline.ObjectNotFound, abs, "Cannot find path '%s' because it does not exist.", abs)
	}
	if err := c.Session().SetDir(abs); err != nil {
		return err
	}
	if s.PassThru {
		return c.Emit(&PathInfo{Path: abs})
	}
	return nil
}

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
		if n.Name != "" {
			p = filepath.Join(p, n.Name)
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
			if err := os.Mkdir(abs, 0o755); err != nil {
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

// RemoveItem is Remove-Item (ri, del, rm).
type RemoveItem struct {
	Path    []string        `param:"Position=0,Mandatory,ValueFromPipeline,ValueFromPipelineByPropertyName,Alias=FullName" help:"The items to delete (wildcards allowed)."`
	Recurse pipeline.Switch `param:"" help:"Delete directories with their contents."`
	Force   pipeline.Switch `param:"" help:"Accepted for compatibility."`
}

// SupportsShouldProcess adds -WhatIf and -Confirm.
func (*RemoveItem) SupportsShouldProcess() bool { return true }

// Process deletes each item.
func (r *RemoveItem) Process(c *pipeline.Context) error {
	for _, p := range r.Path {
		items, err := resolvePaths(c, p, false, true)
		if err != nil {
			c.WriteError(err)
			continue
		}
		for _, it := range items {
			st, err := os.Stat(it)
			if err != nil {
				continue
			}
			kind := "Remove File"
			if st.IsDir() {
				kind = "Remove Directory"
			}
			if !c.ShouldProcess(it, kind) {
				continue
			}
			if st.IsDir() && bool(r.Recurse) {
				err = os.RemoveAll(it)
			} else {
				err = os.Remove(it)
				if err != nil && st.IsDir() {
					err = fmt.Errorf("The item at %s has children and the Recurse parameter was not specified.", it)
					c.WriteError(pipeline.NewError(err, "DirectoryNotEmpty", pipeline.WriteError, it))
					continue
				}
			}
			if err != nil {
				c.WriteError(ioError(err, "RemoveItemIOError", it))
			}
		}
	}
	return nil
}

// CopyItem is Copy-Item (cpi, copy, cp).
type CopyItem struct {
	Path        []string        `param:"Position=0,Mandatory,ValueFromPipeline,ValueFromPipelineByPropertyName,Alias=FullName" help:"The items to copy (wildcards allowed)."`
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
	for _, p := range ci.Path {
		items, err := resolvePaths(c, p, false, true)
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
