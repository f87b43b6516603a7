package statics

import (
	"path"
	"strings"
	"time"

	"github.com/psh-project/psh/pipeline"
)

// DotNet returns the set of pure .NET statics moved out of pipeline:
// [datetime], [guid] and [IO.Path]. They touch neither the host nor the
// session, so a shell registers them whatever its capabilities.
func DotNet() pipeline.Statics { return dotNet{} }

type dotNet struct{}

// GetStatic answers [datetime]::Now, [guid]::Empty and
// [IO.Path]::DirectorySeparatorChar.
func (dotNet) GetStatic(_ pipeline.Session, t *pipeline.TypeInfo, name string) (any, bool, error) {
	var m map[string]any
	switch t.Name {
	case "System.DateTime":
		now := time.Now()
		y, mo, d := now.Date()
		m = map[string]any{"now": now, "utcnow": now.UTC(), "today": time.Date(y, mo, d, 0, 0, 0, 0, time.Local),
			"minvalue": time.Date(1, 1, 1, 0, 0, 0, 0, time.Local), "maxvalue": time.Date(9999, 12, 31, 23, 59, 59, 999999900, time.Local)}
	case "System.Guid":
		m = map[string]any{"empty": pipeline.Guid{}}
	case "System.IO.Path":
		m = map[string]any{"directoryseparatorchar": pipeline.Char('/'), "pathseparator": pipeline.Char(':')}
	default:
		return nil, false, nil
	}
	if v, ok := m[strings.ToLower(name)]; ok {
		return v, true, nil
	}
	return nil, true, pipeline.NoStaticProperty(t, name)
}

// CallStatic answers [datetime]::M(...), [guid]::M(...) and
// [IO.Path]::M(...).
func (dotNet) CallStatic(_ pipeline.Session, t *pipeline.TypeInfo, name string, args []any) (any, bool, error) {
	l := strings.ToLower(name)
	var v any
	var err error
	switch t.Name {
	case "System.DateTime":
		v, err = dateStatic(name, l, args)
	case "System.Guid":
		v, err = guidStatic(name, l, args)
	case "System.IO.Path":
		v, err = pathStatic(name, l, args)
	default:
		return nil, false, nil
	}
	return v, true, err
}

func dateStatic(name, l string, args []any) (any, error) {
	switch l {
	case "parse":
		if len(args) >= 1 {
			t, err := pipeline.ParseDateTime(pipeline.ToString(args[0]))
			if err != nil {
				return nil, pipeline.MethodException(name, len(args), err.Error())
			}
			return t, nil
		}
	case "parseexact":
		if len(args) >= 2 {
			t, err := ParseExact(pipeline.ToString(args[0]), pipeline.ToString(args[1]))
			if err != nil {
				return nil, pipeline.MethodException(name, len(args), err.Error())
			}
			return t, nil
		}
	case "daysinmonth":
		if len(args) == 2 {
			y, err := pipeline.ArgInt(args, 0)
			if err != nil {
				return nil, err
			}
			m, err := pipeline.ArgInt(args, 1)
			if err != nil {
				return nil, err
			}
			return int32(time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()), nil
		}
	case "isleapyear":
		if len(args) == 1 {
			y, err := pipeline.ArgInt(args, 0)
			if err != nil {
				return nil, err
			}
			return y%4 == 0 && (y%100 != 0 || y%400 == 0), nil
		}
	case "new":
		t, _ := pipeline.LookupType("datetime")
		return t.New(args)
	}
	return nil, pipeline.NoStaticMember("System.DateTime", name)
}

// ParseExact parses s with a .NET custom date format (yyyy MM dd HH mm ss
// fff tt and literals).
func ParseExact(s, format string) (time.Time, error) {
	repl := []struct{ net, goes string }{
		{"yyyy", "2006"}, {"yy", "06"}, {"MMMM", "January"}, {"MMM", "Jan"}, {"MM", "01"}, {"M", "1"},
		{"dddd", "Monday"}, {"ddd", "Mon"}, {"dd", "02"}, {"d", "2"}, {"HH", "15"}, {"hh", "03"}, {"h", "3"},
		{"mm", "04"}, {"m", "4"}, {"ss", "05"}, {"s", "5"}, {"fffffff", "0000000"}, {"ffffff", "000000"},
		{"fffff", "00000"}, {"ffff", "0000"}, {"fff", "000"}, {"ff", "00"}, {"f", "0"}, {"tt", "PM"},
		{"zzz", "-07:00"}, {"K", "Z07:00"},
	}
	var b strings.Builder
	for i := 0; i < len(format); {
		if format[i] == '\'' {
			end := strings.IndexByte(format[i+1:], '\'')
			if end < 0 {
				end = len(format) - i - 1
			}
			b.WriteString(format[i+1 : i+1+end])
			i += end + 2
			continue
		}
		matched := false
		for _, r := range repl {
			if strings.HasPrefix(format[i:], r.net) {
				b.WriteString(r.goes)
				i += len(r.net)
				matched = true
				break
			}
		}
		if !matched {
			b.WriteByte(format[i])
			i++
		}
	}
	t, err := time.ParseInLocation(b.String(), s, time.Local)
	if err != nil {
		return t, errString("String '" + s + "' was not recognized as a valid DateTime.")
	}
	return t, nil
}

type errString string

func (e errString) Error() string { return string(e) }

func guidStatic(name, l string, args []any) (any, error) {
	switch l {
	case "newguid":
		return pipeline.NewGuid(), nil
	case "parse", "new":
		if len(args) == 1 {
			g, err := pipeline.ParseGuid(pipeline.ToString(args[0]))
			if err != nil {
				return nil, pipeline.MethodException(name, 1, err.Error())
			}
			return g, nil
		}
		if len(args) == 0 {
			return pipeline.Guid{}, nil
		}
	}
	return nil, pipeline.NoStaticMember("System.Guid", name)
}

func pathStatic(name, l string, args []any) (any, error) {
	if len(args) == 0 {
		return nil, pipeline.NoOverload(name, 0)
	}
	p := pipeline.ToString(args[0])
	base := p[strings.LastIndexAny(p, `/\`)+1:]
	switch l {
	case "getfilename":
		return base, nil
	case "getextension":
		if i := strings.LastIndexByte(base, '.'); i >= 0 {
			return base[i:], nil
		}
		return "", nil
	case "getfilenamewithoutextension":
		if i := strings.LastIndexByte(base, '.'); i >= 0 {
			return base[:i], nil
		}
		return base, nil
	case "getdirectoryname":
		i := strings.LastIndexAny(p, `/\`)
		if i < 0 {
			return "", nil
		}
		if i == 0 {
			return p[:1], nil
		}
		return p[:i], nil
	case "combine", "join":
		parts := make([]string, 0, len(args))
		for _, a := range args {
			s := pipeline.ToString(a)
			if l == "combine" && (strings.HasPrefix(s, "/") || strings.HasPrefix(s, `\`)) {
				parts = parts[:0]
			}
			parts = append(parts, s)
		}
		out := parts[0]
		for _, s := range parts[1:] {
			if out != "" && !strings.HasSuffix(out, "/") && !strings.HasSuffix(out, `\`) {
				out += "/"
			}
			out += s
		}
		return out, nil
	case "ispathrooted":
		return strings.HasPrefix(p, "/") || strings.HasPrefix(p, `\`) || len(p) > 1 && p[1] == ':', nil
	case "changeextension":
		if len(args) == 2 {
			ext := pipeline.ToString(args[1])
			if ext != "" && !strings.HasPrefix(ext, ".") {
				ext = "." + ext
			}
			return strings.TrimSuffix(p, path.Ext(p)) + ext, nil
		}
	}
	return nil, pipeline.NoStaticMember("System.IO.Path", name)
}
