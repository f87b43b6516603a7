package statics

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/psh-project/psh/pipeline"
)

// ioPath resolves a path argument of [IO.File] and [IO.Directory]. .NET
// resolves relative paths against the process's working directory; psh is
// embeddable and never reads it, so they resolve against the session's
// location, and without a session only absolute paths are allowed.
func ioPath(s pipeline.Session, name string, args []any, i int) (string, error) {
	if args[i] == nil {
		return "", pipeline.DotNetMethodError(name, len(args), "System.ArgumentNullException", "Value cannot be null. (Parameter 'path')")
	}
	p := pipeline.ToString(args[i])
	if p == "" {
		return "", pipeline.DotNetMethodError(name, len(args), "System.ArgumentException", "The value cannot be an empty string. (Parameter 'path')")
	}
	if filepath.IsAbs(p) {
		return filepath.Clean(p), nil
	}
	if s == nil {
		return "", pipeline.DotNetMethodError(name, len(args), "System.InvalidOperationException",
			"psh: the relative path '"+p+"' needs a session location.")
	}
	return filepath.Join(s.Dir(), p), nil
}

// ioError turns a Go file-system error on path into .NET's exception and
// message for it.
func ioError(name string, nargs int, path string, err error) error {
	var errno syscall.Errno
	errors.As(err, &errno)
	switch {
	case errno == syscall.EISDIR || errors.Is(err, fs.ErrPermission):
		return pipeline.DotNetMethodError(name, nargs, "System.UnauthorizedAccessException", "Access to the path '"+path+"' is denied.")
	case errno == syscall.ENOTDIR:
		return notFoundPart(name, nargs, path)
	case errors.Is(err, fs.ErrNotExist):
		if st, e := os.Stat(filepath.Dir(path)); e != nil || !st.IsDir() {
			return notFoundPart(name, nargs, path)
		}
		return pipeline.DotNetMethodError(name, nargs, "System.IO.FileNotFoundException", "Could not find file '"+path+"'.")
	case errors.Is(err, fs.ErrExist):
		return pipeline.DotNetMethodError(name, nargs, "System.IO.IOException", "The file '"+path+"' already exists.")
	case errno == syscall.ENOTEMPTY:
		return pipeline.DotNetMethodError(name, nargs, "System.IO.IOException", "Directory not empty : '"+path+"'")
	}
	msg := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		msg = pe.Err.Error() + " : '" + path + "'"
	}
	return pipeline.DotNetMethodError(name, nargs, "System.IO.IOException", msg)
}

func notFoundPart(name string, nargs int, path string) error {
	return pipeline.DotNetMethodError(name, nargs, "System.IO.DirectoryNotFoundException", "Could not find a part of the path '"+path+"'.")
}

// readText reads a file as .NET's File.ReadAllText does: a UTF-8
// byte-order mark is dropped.
func readText(name string, nargs int, path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", ioError(name, nargs, path, err)
	}
	return strings.TrimPrefix(string(data), "\uFEFF"), nil
}

// splitTextLines splits text at \r\n, \n or \r; a final line break ends the
// last line instead of starting an empty one.
func splitTextLines(text string) []any {
	out := []any{}
	for text != "" {
		i := strings.IndexAny(text, "\r\n")
		if i < 0 {
			out = append(out, text)
			break
		}
		out = append(out, text[:i])
		if text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n' {
			i++
		}
		text = text[i+1:]
	}
	return out
}

// writeText writes (or appends) text, creating the file; missing
// directories are an error, as in .NET.
func writeText(name string, nargs int, path, text string, appendTo bool) error {
	flag := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if appendTo {
		flag = os.O_WRONLY | os.O_CREATE | os.O_APPEND
	}
	f, err := os.OpenFile(path, flag, 0o666)
	if err != nil {
		return ioError(name, nargs, path, err)
	}
	_, err = f.WriteString(text)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return ioError(name, nargs, path, err)
	}
	return nil
}

// joinLines is WriteAllLines' text: each line followed by a newline.
func joinLines(v any) string {
	var b strings.Builder
	_ = pipeline.Enumerate(v, func(x any) error {
		b.WriteString(pipeline.ToString(x))
		b.WriteByte('\n')
		return nil
	})
	return b.String()
}

// ioArgs checks the argument count of an [IO.File]/[IO.Directory] method.
func ioArgs(name string, args []any, lo, hi int) error {
	if len(args) < lo || len(args) > hi {
		return pipeline.NoOverload(name, len(args))
	}
	return nil
}
