package statics

import (
	"io"
	"os"
	"path/filepath"

	"github.com/psh-project/psh/pipeline"
)

// fileStatic implements [System.IO.File]: Exists, ReadAllText,
// ReadAllLines, WriteAllText, WriteAllLines, AppendAllText,
// AppendAllLines, Delete, Copy and Move.
func fileStatic(s pipeline.Session, name, l string, args []any) (any, error) {
	n := len(args)
	if l == "exists" {
		if err := ioArgs(name, args, 1, 1); err != nil {
			return nil, err
		}
		if args[0] == nil || pipeline.ToString(args[0]) == "" {
			return false, nil
		}
		p, err := ioPath(s, name, args, 0)
		if err != nil {
			return false, nil
		}
		st, err := os.Stat(p)
		return err == nil && !st.IsDir(), nil
	}
	switch l {
	case "readalltext", "readalllines", "delete":
		if err := ioArgs(name, args, 1, 2); err != nil {
			return nil, err
		}
	case "writealltext", "writealllines", "appendalltext", "appendalllines", "copy", "move":
		if err := ioArgs(name, args, 2, 3); err != nil {
			return nil, err
		}
	default:
		return nil, pipeline.NoStaticMember("System.IO.File", name)
	}
	p, err := ioPath(s, name, args, 0)
	if err != nil {
		return nil, err
	}
	switch l {
	case "readalltext", "readalllines":
		text, err := readText(name, n, p)
		if err != nil || l == "readalltext" {
			return text, err
		}
		return splitTextLines(text), nil
	case "writealltext", "appendalltext":
		return nil, writeText(name, n, p, pipeline.ToString(args[1]), l == "appendalltext")
	case "writealllines", "appendalllines":
		return nil, writeText(name, n, p, joinLines(args[1]), l == "appendalllines")
	case "delete":
		return nil, deleteFile(name, n, p)
	}
	dst, err := ioPath(s, name, args, 1)
	if err != nil {
		return nil, err
	}
	overwrite := n == 3 && pipeline.ToBool(args[2])
	if l == "move" {
		return nil, moveFile(name, n, p, dst, overwrite)
	}
	return nil, copyFile(name, n, p, dst, overwrite)
}

func deleteFile(name string, n int, p string) error {
	st, err := os.Lstat(p)
	if err != nil {
		if os.IsNotExist(err) {
			if dst, derr := os.Stat(filepath.Dir(p)); derr != nil || !dst.IsDir() {
				return notFoundPart(name, n, p)
			}
			return nil // .NET's File.Delete ignores a missing file
		}
		return ioError(name, n, p, err)
	}
	if st.IsDir() {
		return pipeline.DotNetMethodError(name, n, "System.UnauthorizedAccessException", "Access to the path '"+p+"' is denied.")
	}
	if err := os.Remove(p); err != nil {
		return ioError(name, n, p, err)
	}
	return nil
}

// checkCopy verifies src is a file and dst may be written.
func checkCopy(name string, n int, src, dst string, overwrite bool) error {
	st, err := os.Stat(src)
	if err != nil {
		return ioError(name, n, src, err)
	}
	if st.IsDir() {
		return pipeline.DotNetMethodError(name, n, "System.UnauthorizedAccessException", "Access to the path '"+src+"' is denied.")
	}
	if dt, err := os.Stat(dst); err == nil {
		if dt.IsDir() || !overwrite {
			return pipeline.DotNetMethodError(name, n, "System.IO.IOException", "The file '"+dst+"' already exists.")
		}
	}
	return nil
}

func copyFile(name string, n int, src, dst string, overwrite bool) error {
	if err := checkCopy(name, n, src, dst, overwrite); err != nil {
		return err
	}
	in, err := os.Open(src)
	if err != nil {
		return ioError(name, n, src, err)
	}
	defer in.Close()
	st, err := in.Stat()
	if err != nil {
		return ioError(name, n, src, err)
	}
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, st.Mode().Perm())
	if err != nil {
		return ioError(name, n, dst, err)
	}
	_, err = io.Copy(out, in)
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return ioError(name, n, dst, err)
	}
	return nil
}

func moveFile(name string, n int, src, dst string, overwrite bool) error {
	if err := checkCopy(name, n, src, dst, overwrite); err != nil {
		return err
	}
	if err := os.Rename(src, dst); err != nil {
		return ioError(name, n, dst, err)
	}
	return nil
}
