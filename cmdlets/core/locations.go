package core

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// TestPath is Test-Path.
type TestPath struct {
	Path        []string        `param:"Position=0,Mandatory,ValueFromPipeline,ValueFromPipelineByPropertyName,Set=Path" help:"The paths to test (wildcards allowed)."`
	LiteralPath []string        `param:"Mandatory,ValueFromPipelineByPropertyName,Alias=PSPath|LP,Set=LiteralPath" help:"The items, taken literally: no wildcards (what a piped item binds to, by its PSPath)."`
	PathType    string          `param:"Alias=Type,ValidateSet=Any|Container|Leaf" help:"Any (default), Container (a directory) or Leaf (a file)."`
	IsValid     pipeline.Switch `param:"" help:"Test only whether the path is well-formed."`
}

// Process outputs True or False per path.
func (t *TestPath) Process(c *pipeline.Context) error {
	paths, literal := pathsOf(t.Path, t.LiteralPath)
	for _, p := range paths {
		if t.IsValid {
			if err := c.Emit(!strings.ContainsRune(p, 0)); err != nil {
				return err
			}
			continue
		}
		ok := false
		if dp, isDrive := parseDrivePath(p); isDrive {
			ok = dp.exists(c.Session(), t.PathType)
		} else if p != "" {
			items, err := resolvePaths(c, p, literal, false)
			if err != nil {
				return err
			}
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

// exists answers Test-Path for a drive path: the root is the one
// container, every item a leaf.
func (dp drivePath) exists(s pipeline.Session, pathType string) bool {
	switch strings.ToLower(pathType) {
	case "container":
		return dp.name == ""
	case "leaf":
		if dp.name == "" {
			return false
		}
	}
	items, found := dp.resolve(s, false)
	return found && (dp.name == "" || len(items) > 0)
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
			if _, ok := parseDrivePath(p); ok {
				v = p[:strings.IndexByte(p, ':')+1]
			}
		case bool(s.NoQualifier):
			v = p
			if _, ok := parseDrivePath(p); ok {
				v = p[strings.IndexByte(p, ':')+1:]
			}
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
		if dp, ok := parseDrivePath(p); ok {
			if err := resolveDrivePath(c, dp); err != nil {
				return err
			}
			continue
		}
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

// resolveDrivePath is Resolve-Path on a drive: "Env:/HOME" for each item
// (the root resolves to "Env:/").
func resolveDrivePath(c *pipeline.Context, dp drivePath) error {
	if dp.name == "" {
		return c.Emit(&PathInfo{Path: dp.qualified()})
	}
	items, found := dp.resolve(c.Session(), false)
	if !found {
		c.WriteError(errPathNotFound(dp.qualified()))
		return nil
	}
	for _, it := range items {
		if err := c.Emit(&PathInfo{Path: dp.d.name + ":/" + it.name}); err != nil {
			return err
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
	if err := needFiles(c); err != nil {
		return err
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
