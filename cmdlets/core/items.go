package core

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
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

// fileSystemPrefix starts the provider-qualified path of a file.
const fileSystemPrefix = `Microsoft.PowerShell.Core\FileSystem::`

// GetProperty adds the provider's PSPath, PSParentPath, PSChildName,
// PSDrive, PSProvider to the fields. PSPath is what a piped item binds to
// (-LiteralPath), so its name is never taken as a wildcard pattern.
func (f *FileItem) GetProperty(name string) (any, bool) {
	switch strings.ToLower(name) {
	case "pspath":
		return fileSystemPrefix + f.FullName, true
	case "psparentpath":
		return fileSystemPrefix + filepath.Dir(f.FullName), true
	case "pschildname":
		return f.Name, true
	case "psdrive":
		return "/", true
	case "psprovider":
		return `Microsoft.PowerShell.Core\FileSystem`, true
	}
	return nil, false
}

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
	return append([]pipeline.View{
		{TypeName: "System.IO.FileSystemInfo", Kind: pipeline.TableView, Columns: cols},
		{TypeName: "System.IO.FileSystemInfo", Kind: pipeline.WideView, Columns: []pipeline.Column{{Property: "Name"}}},
	}, dictionaryEntryViews()...)
}

// GetChildItem is Get-ChildItem (gci, dir, ls).
type GetChildItem struct {
	Path        []string        `param:"Position=0,ValueFromPipeline,ValueFromPipelineByPropertyName,Set=Items" help:"The directories (or files) to list; wildcards allowed. Default the current location."`
	LiteralPath []string        `param:"Mandatory,ValueFromPipelineByPropertyName,Alias=PSPath|LP,Set=LiteralItems" help:"The directories (or files) to list, taken literally (what a piped item binds to, by its PSPath)."`
	Filter      string          `param:"Position=1" help:"A wildcard the names must match."`
	Include     []string        `param:"" help:"Wildcards of names to include."`
	Exclude     []string        `param:"" help:"Wildcards of names to leave out."`
	Recurse     pipeline.Switch `param:"Alias=s" help:"Also list subdirectories, recursively."`
	Depth       int             `param:"" help:"With -Recurse, how many levels deep to go."`
	File        pipeline.Switch `param:"" help:"Only files."`
	Directory   pipeline.Switch `param:"Alias=ad|d" help:"Only directories."`
	Force       pipeline.Switch `param:"" help:"Include hidden (dot) files."`
	Name        pipeline.Switch `param:"" help:"Output only the names (relative paths)."`
}

// Process lists each path.
func (g *GetChildItem) Process(c *pipeline.Context) error {
	paths, literal := pathsOf(g.Path, g.LiteralPath)
	if len(paths) == 0 {
		paths = []string{"."}
	}
	maxDepth := -1
	if c.IsBound("Depth") {
		maxDepth = g.Depth
	}
	return forEachPath(c, paths, literal, func(dp drivePath) error { return g.driveItems(c, dp) },
		func(it string, st fs.FileInfo) error {
			if !st.IsDir() {
				return g.emit(c, it, st, filepath.Base(it))
			}
			return g.walk(c, it, it, 0, maxDepth)
		})
}

func (g *GetChildItem) walk(c *pipeline.Context, root, dir string, depth, maxDepth int) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		c.WriteError(ioError(err, "DirIOError", dir))
		return nil
	}
	// As PowerShell's file system provider: a directory's subdirectories,
	// then its files; with -Recurse, all of a directory's items before
	// those of its subdirectories.
	sort.SliceStable(entries, func(i, j int) bool { return entries[i].IsDir() && !entries[j].IsDir() })
	var subdirs []string
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
			subdirs = append(subdirs, full)
		}
	}
	for _, sub := range subdirs {
		if err := g.walk(c, root, sub, depth+1, maxDepth); err != nil {
			return err
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

// driveItems lists the items of a session-state drive (all of them for
// the root); a missing item is reported by its bare name, as PowerShell's
// Get-ChildItem does.
func (g *GetChildItem) driveItems(c *pipeline.Context, dp drivePath) error {
	items, found := dp.resolve(c.Session(), false)
	if !found {
		c.WriteError(errPathNotFound(dp.name))
		return nil
	}
	for _, it := range items {
		if g.Filter != "" && !pipeline.CompileWildcard(g.Filter, false).Match(it.name) ||
			len(g.Include) > 0 && !anyMatch(g.Include, it.name) ||
			len(g.Exclude) > 0 && anyMatch(g.Exclude, it.name) || bool(g.Directory) {
			continue
		}
		var v any = it.obj
		if g.Name {
			v = it.name
		}
		if err := c.Emit(v); err != nil {
			return err
		}
	}
	return nil
}

// GetItem is Get-Item (gi).
type GetItem struct {
	Path        []string        `param:"Position=0,Mandatory,ValueFromPipeline,ValueFromPipelineByPropertyName,Set=Path" help:"The items (wildcards allowed)."`
	LiteralPath []string        `param:"Mandatory,ValueFromPipelineByPropertyName,Alias=PSPath|LP,Set=LiteralPath" help:"The items, taken literally: no wildcards (what a piped item binds to, by its PSPath)."`
	Force       pipeline.Switch `param:"" help:"Accepted for compatibility."`
}

// Process outputs each item.
func (g *GetItem) Process(c *pipeline.Context) error {
	paths, literal := pathsOf(g.Path, g.LiteralPath)
	return forEachPath(c, paths, literal, func(dp drivePath) error { return emitDriveItems(c, dp) },
		func(it string, st fs.FileInfo) error { return c.Emit(newFileItem(it, st)) })
}

// emitDriveItems is Get-Item on a drive: the items a path names (every
// item for the root); a missing item is a PathNotFound error naming the
// drive-qualified path ("Env:/NOPE").
func emitDriveItems(c *pipeline.Context, dp drivePath) error {
	items, found := dp.resolve(c.Session(), false)
	if !found {
		c.WriteError(errPathNotFound(dp.qualified()))
		return nil
	}
	for _, it := range items {
		if err := c.Emit(it.obj); err != nil {
			return err
		}
	}
	return nil
}
