package pipeline

import (
	"errors"
	"strconv"
	"strings"
)

// Version is System.Version ([version]): two to four non-negative numbers;
// an absent Build or Revision is -1, as in .NET.
type Version struct {
	Major, Minor, Build, Revision int32
}

// Comparer is the optional capability of a value that orders itself
// against another value (.NET's IComparable), as Version does.
type Comparer interface {
	// CompareTo returns -1, 0 or 1 as the value sorts before, with or
	// after other, or an error when other cannot be converted.
	CompareTo(other any) (int, error)
}

// ParseVersion parses "1.2", "1.2.3" or "1.2.3.4" with .NET's
// Version.Parse rules and messages.
func ParseVersion(s string) (Version, error) {
	parts := strings.Split(s, ".")
	if len(parts) < 2 || len(parts) > 4 {
		return Version{}, errors.New("Version string portion was too short or too long. (Parameter 'input')")
	}
	n := [4]int32{-1, -1, -1, -1}
	for i, p := range parts {
		t := strings.TrimSpace(p)
		t = strings.TrimPrefix(t, "+")
		if t == "" || strings.Trim(t, "-0123456789") != "" || strings.LastIndexByte(t, '-') > 0 {
			return Version{}, errFormat(p)
		}
		v, err := strconv.ParseInt(t, 10, 32)
		if err != nil {
			return Version{}, errors.New("Value was either too large or too small for an Int32.")
		}
		if v < 0 {
			return Version{}, errors.New("Version's parameters must be greater than or equal to zero. (Parameter 'input')")
		}
		n[i] = int32(v)
	}
	return Version{Major: n[0], Minor: n[1], Build: n[2], Revision: n[3]}, nil
}

// String formats the defined components: "1.2", "1.2.3", "1.2.3.4".
func (v Version) String() string {
	return v.format(v.fieldCount())
}

func (v Version) fieldCount() int {
	switch {
	case v.Build < 0:
		return 2
	case v.Revision < 0:
		return 3
	}
	return 4
}

func (v Version) format(n int) string {
	parts := []int32{v.Major, v.Minor, v.Build, v.Revision}[:n]
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString(strconv.Itoa(int(p)))
	}
	return b.String()
}

// PSTypeNames names the .NET type.
func (Version) PSTypeNames() []string { return []string{"System.Version", "System.Object"} }

// ConvertFrom implements [version]x: a Version stays, anything else is
// parsed from its string form.
func (Version) ConvertFrom(x any) (any, error) {
	if a, ok := x.([]any); ok && len(a) == 1 {
		x = a[0]
	}
	switch y := x.(type) {
	case Version:
		return y, nil
	case nil:
		return nil, cannotConvert(x, "System.Version", nil)
	}
	v, err := ParseVersion(ToString(x))
	if err != nil {
		return nil, cannotConvert(x, "System.Version", err)
	}
	return v, nil
}

// CompareTo orders versions component by component (an absent component
// sorts first); other converts to a Version, $null sorts first.
func (v Version) CompareTo(other any) (int, error) {
	if other == nil {
		return 1, nil
	}
	o, err := Version{}.ConvertFrom(other)
	if err != nil {
		return 0, err
	}
	w := o.(Version)
	for _, d := range [][2]int32{{v.Major, w.Major}, {v.Minor, w.Minor}, {v.Build, w.Build}, {v.Revision, w.Revision}} {
		if d[0] != d[1] {
			if d[0] < d[1] {
				return -1, nil
			}
			return 1, nil
		}
	}
	return 0, nil
}

// CallMethod implements ToString([fieldCount]), CompareTo and Equals.
func (v Version) CallMethod(name string, args []any) (any, bool, error) {
	switch lower(name) {
	case "tostring":
		if len(args) == 0 {
			return v.String(), true, nil
		}
		if len(args) == 1 {
			n, err := argInt(args, 0)
			if err != nil {
				return nil, true, err
			}
			if n < 0 || n > v.fieldCount() {
				return nil, true, methodException(name, 1, "Argument must be between 0 and "+strconv.Itoa(v.fieldCount())+". (Parameter 'fieldCount')")
			}
			return v.format(n), true, nil
		}
	case "compareto":
		if len(args) == 1 {
			c, err := v.CompareTo(args[0])
			if err != nil {
				return nil, true, methodException(name, 1, unwrapMsg(err))
			}
			return int32(c), true, nil
		}
	case "equals":
		if len(args) == 1 {
			w, ok := args[0].(Version)
			return ok && w == v, true, nil
		}
	}
	return nil, false, nil
}

// ValueViews returns the views of the value types this package defines
// that PowerShell formats specially: [version] as a table of left-aligned
// Major, Minor, Build and Revision columns. A module (core) registers
// them.
func ValueViews() []View {
	col := func(p string, w int) Column { return Column{Property: p, Width: w, Align: AlignLeft} }
	return []View{{TypeName: "System.Version", Kind: TableView,
		Columns: []Column{col("Major", 6), col("Minor", 6), col("Build", 6), col("Revision", 8)}}}
}
