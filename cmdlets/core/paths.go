package core

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// errPathNotFound is PowerShell's error for a missing path.
func errPathNotFound(path string) *pipeline.ErrorRecord {
	return pipeline.NewError(fmt.Errorf("Cannot find path '%s' because it does not exist.", path),
		"PathNotFound", pipeline.ObjectNotFound, path)
}

// needFiles is nil when the session may use the file system, else the
// error that says the running command needs it (pipeline.FileSystem).
func needFiles(c *pipeline.Context) error {
	return pipeline.Require(c.Session(), pipeline.FileSystem, "This command")
}

// resolvePaths expands one -Path value into absolute paths: wildcards are
// globbed (sorted), literal paths are resolved against the current location.
// mustExist reports a missing literal path (and a wildcard without a match)
// as a PathNotFound error. Without the FileSystem capability every path is
// an error.
func resolvePaths(c *pipeline.Context, p string, literal, mustExist bool) ([]string, error) {
	if err := needFiles(c); err != nil {
		return nil, err
	}
	if literal {
		p = strings.TrimPrefix(strings.TrimPrefix(p, `Microsoft.PowerShell.Core\`), `FileSystem::`)
	}
	abs := c.Session().ResolvePath(p)
	if !literal && pipeline.HasWildcard(p) {
		// A wildcard that matches nothing is not an error in PowerShell.
		matches, err := filepath.Glob(abs)
		if err != nil || len(matches) == 0 {
			return nil, nil
		}
		sort.Strings(matches)
		return matches, nil
	}
	if mustExist {
		if _, err := os.Stat(abs); err != nil {
			return nil, errPathNotFound(abs)
		}
	}
	return []string{abs}, nil
}

// ioError turns an OS error into a record with PowerShell-like text.
func ioError(err error, id string, path string) *pipeline.ErrorRecord {
	switch {
	case os.IsNotExist(err):
		return errPathNotFound(path)
	case os.IsPermission(err):
		return pipeline.NewError(fmt.Errorf("Access to the path '%s' is denied.", path), id, pipeline.PermissionDenied, path)
	}
	if pe, ok := err.(*os.PathError); ok {
		err = pe.Err
	}
	return pipeline.NewError(fmt.Errorf("%s: %v", path, err), id, pipeline.WriteError, path)
}

// pathsOf returns the paths a cmdlet works on: -LiteralPath's, taken
// literally, when it is bound (a piped item binds there by its PSPath),
// else -Path's, where wildcards expand.
func pathsOf(path, literalPath []string) ([]string, bool) {
	if len(literalPath) > 0 {
		return literalPath, true
	}
	return path, false
}

// forEachPath works through a cmdlet's paths: a drive path (env:X) goes to
// onDrive when there is one; a file-system path expands its wildcards
// (unless literal) and each item found goes to onFile with its file info.
// A path that names nothing is an error written for that path; an error
// from a callback ends the loop and is returned.
func forEachPath(c *pipeline.Context, paths []string, literal bool, onDrive func(drivePath) error, onFile func(path string, st fs.FileInfo) error) error {
	for _, p := range paths {
		if onDrive != nil {
			if dp, ok := parseDrivePath(p); ok {
				if err := onDrive(dp); err != nil {
					return err
				}
				continue
			}
		}
		items, err := resolvePaths(c, p, literal, true)
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
			if err := onFile(it, st); err != nil {
				return err
			}
		}
	}
	return nil
}
