package statics

import (
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// directoryStatic implements [System.IO.Directory]: Exists,
// CreateDirectory, GetFiles, GetDirectories, Delete and
// GetCurrentDirectory (the session's location).
func directoryStatic(s pipeline.Session, name, l string, args []any) (any, error) {
	n := len(args)
	switch l {
	case "exists":
		if err := ioArgs(name, args, 1, 1); err != nil {
			return nil, err
		}
		p, err := ioPath(s, name, args, 0)
		if err != nil {
			return false, nil
		}
		st, err := os.Stat(p)
		return err == nil && st.IsDir(), nil
	case "getcurrentdirectory":
		if s == nil {
			return nil, errNoSession(name)
		}
		return s.Dir(), nil
	case "createdirectory", "delete":
		if err := ioArgs(name, args, 1, 2); err != nil {
			return nil, err
		}
	case "getfiles", "getdirectories":
		if err := ioArgs(name, args, 1, 3); err != nil {
			return nil, err
		}
	default:
		return nil, pipeline.NoStaticMember("System.IO.Directory", name)
	}
	p, err := ioPath(s, name, args, 0)
	if err != nil {
		return nil, err
	}
	switch l {
	case "createdirectory":
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return nil, pipeline.DotNetMethodError(name, n, "System.IO.IOException", "The file '"+p+"' already exists.")
		}
		if err := os.MkdirAll(p, 0o777); err != nil {
			return nil, ioError(name, n, p, err)
		}
		return pipeline.NewDirectoryInfo(p), nil
	case "delete":
		return nil, deleteDirectory(name, n, p, n == 2 && pipeline.ToBool(args[1]))
	}
	pattern, all := "*", false
	if n >= 2 {
		pattern = pipeline.ToString(args[1])
	}
	if n == 3 {
		opt := strings.ToLower(pipeline.ToString(args[2]))
		all = opt == "alldirectories" || opt == "1"
	}
	return listDirectory(name, n, p, pipeline.ToString(args[0]), pattern, all, l == "getdirectories")
}

// listDirectory lists the files (or directories) of dir whose names match
// pattern (* and ?), as the path given joined with each name, sorted by
// name; with all, subdirectories follow breadth first, as .NET enumerates.
func listDirectory(name string, n int, dir, given, pattern string, all, dirs bool) ([]any, error) {
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return nil, notFoundPart(name, n, dir)
	}
	type todo struct{ full, shown string }
	queue := []todo{{dir, given}}
	out := []any{}
	for len(queue) > 0 {
		d := queue[0]
		queue = queue[1:]
		entries, err := os.ReadDir(d.full)
		if err != nil {
			return nil, ioError(name, n, d.full, err)
		}
		slices.SortFunc(entries, func(a, b os.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
		for _, e := range entries {
			full, shown := filepath.Join(d.full, e.Name()), joinShown(d.shown, e.Name())
			isDir := e.IsDir()
			if e.Type()&os.ModeSymlink != 0 {
				st, err := os.Stat(full)
				isDir = err == nil && st.IsDir()
			}
			if isDir == dirs && matchSearchPattern(pattern, e.Name()) {
				out = append(out, shown)
			}
			if isDir && all {
				queue = append(queue, todo{full, shown})
			}
		}
	}
	return out, nil
}

func joinShown(dir, name string) string {
	if strings.HasSuffix(dir, "/") {
		return dir + name
	}
	return dir + "/" + name
}

// matchSearchPattern matches .NET's search patterns: * and ? wildcards,
// everything else literal (case-sensitive, as on Linux).
func matchSearchPattern(pattern, name string) bool {
	if pattern == "*" || pattern == "*.*" || pattern == "" {
		return pattern != "" || name == ""
	}
	esc := strings.NewReplacer(`\`, `\\`, `[`, `\[`, `]`, `\]`).Replace(pattern)
	ok, err := path.Match(esc, name)
	return err == nil && ok
}

func deleteDirectory(name string, n int, p string, recursive bool) error {
	st, err := os.Lstat(p)
	if err != nil {
		return notFoundPart(name, n, p)
	}
	if !st.IsDir() {
		return pipeline.DotNetMethodError(name, n, "System.IO.IOException", "The directory name is invalid. : '"+p+"'")
	}
	if recursive {
		err = os.RemoveAll(p)
	} else {
		err = os.Remove(p)
	}
	if err != nil {
		return ioError(name, n, p, err)
	}
	return nil
}

func errNoSession(name string) error {
	return &pipeline.ValueError{ID: "MethodInvocationException", Message: "psh: " + name + " needs a session."}
}
