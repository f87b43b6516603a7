package core

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/psh-project/psh/pipeline"
)

// jsonWriter serializes values as PowerShell 7's ConvertTo-Json does
// (Newtonsoft.Json, two-space indentation).
type jsonWriter struct {
	b         []byte
	compress  bool
	maxDepth  int
	enumsStr  bool
	truncated bool
}

func (w *jsonWriter) newline(indent int) {
	if w.compress {
		return
	}
	w.b = append(w.b, '\n')
	for i := 0; i < indent; i++ {
		w.b = append(w.b, ' ', ' ')
	}
}

func (w *jsonWriter) value(v any, depth, indent int) {
	switch x := v.(type) {
	case nil:
		w.b = append(w.b, "null"...)
		return
	case string:
		w.str(x)
		return
	case bool:
		w.b = strconv.AppendBool(w.b, x)
		return
	case int32:
		w.b = strconv.AppendInt(w.b, int64(x), 10)
		return
	case int64:
		w.b = strconv.AppendInt(w.b, x, 10)
		return
	case int:
		w.b = strconv.AppendInt(w.b, int64(x), 10)
		return
	case float64:
		w.float(x)
		return
	case pipeline.Char:
		w.str(string(rune(x)))
		return
	case time.Time:
		w.str(jsonDate(x))
		return
	case pipeline.Guid:
		w.str(x.String())
		return
	case time.Duration:
		if !w.tooDeep(v, depth) {
			w.object(timeSpanMembers(x), depth, indent)
		}
		return
	case *pipeline.Hashtable:
		if w.tooDeep(v, depth) {
			return
		}
		keys := x.Keys()
		w.open('{', len(keys))
		for i, k := range keys {
			val, _ := x.Get(k)
			w.member(i, pipeline.ToString(k), val, depth, indent)
		}
		w.close('}', len(keys), indent)
		return
	case *pipeline.ErrorRecord:
		w.str(x.Message())
		return
	case pipeline.ScriptBlock:
		w.str(x.String())
		return
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Int,
		reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uint:
		if _, ok := v.(fmt.Stringer); ok && w.enumsStr {
			w.str(pipeline.ToString(v))
			return
		}
		if rv.CanInt() {
			w.b = strconv.AppendInt(w.b, rv.Int(), 10)
		} else {
			w.b = strconv.AppendUint(w.b, rv.Uint(), 10)
		}
		return
	case reflect.Float32:
		w.float(rv.Float())
		return
	case reflect.String:
		if n, ok := enumNumber(rv); ok && !w.enumsStr {
			w.b = strconv.AppendInt(w.b, n, 10)
			return
		}
		w.str(rv.String())
		return
	}
	if pipeline.IsEnumerable(v) {
		if w.tooDeep(v, depth) {
			return
		}
		items := pipeline.ToSlice(v)
		w.open('[', len(items))
		for i, e := range items {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			w.newline(indent + 1)
			w.value(e, depth+1, indent+1)
		}
		w.close(']', len(items), indent)
		return
	}
	names := pipeline.PropertyNames(v)
	if _, bag := v.(*pipeline.PSObject); len(names) == 0 && !bag {
		w.str(pipeline.ToString(v))
		return
	}
	if w.tooDeep(v, depth) {
		return
	}
	members := make([]jsonMember, len(names))
	for i, n := range names {
		val, _ := pipeline.GetProperty(v, n)
		members[i] = jsonMember{n, val}
	}
	w.object(members, depth, indent)
}

// object writes members as a JSON object; no members is {}.
func (w *jsonWriter) object(members []jsonMember, depth, indent int) {
	w.open('{', len(members))
	for i, m := range members {
		w.member(i, m.name, m.value, depth, indent)
	}
	w.close('}', len(members), indent)
}

func (w *jsonWriter) tooDeep(v any, depth int) bool {
	if depth <= w.maxDepth {
		return false
	}
	w.truncated = true
	s := pipeline.ToString(v)
	if _, ok := v.(*pipeline.Hashtable); ok {
		s = "System.Collections.Hashtable"
	}
	w.str(s)
	return true
}

func (w *jsonWriter) open(c byte, n int) {
	w.b = append(w.b, c)
}

func (w *jsonWriter) close(c byte, n, indent int) {
	if n > 0 {
		w.newline(indent)
	}
	w.b = append(w.b, c)
}

func (w *jsonWriter) member(i int, name string, v any, depth, indent int) {
	if i > 0 {
		w.b = append(w.b, ',')
	}
	w.newline(indent + 1)
	w.str(name)
	w.b = append(w.b, ':')
	if !w.compress {
		w.b = append(w.b, ' ')
	}
	w.value(v, depth+1, indent+1)
}

func (w *jsonWriter) float(f float64) {
	switch {
	case math.IsNaN(f):
		w.b = append(w.b, `"NaN"`...)
		return
	case math.IsInf(f, 1):
		w.b = append(w.b, `"Infinity"`...)
		return
	case math.IsInf(f, -1):
		w.b = append(w.b, `"-Infinity"`...)
		return
	}
	if f == math.Trunc(f) && math.Abs(f) < 1e15 {
		w.b = strconv.AppendFloat(w.b, f, 'f', -1, 64)
		w.b = append(w.b, ".0"...)
		return
	}
	s := strconv.FormatFloat(f, 'G', -1, 64)
	if math.Abs(f) >= 1e-4 && math.Abs(f) < 1e15 { // .NET's "R": scientific below 1E-05 and from 1E+15
		s = strconv.FormatFloat(f, 'f', -1, 64)
	}
	w.b = append(w.b, s...)
}

const hexDigits = "0123456789abcdef"

func (w *jsonWriter) str(s string) {
	w.b = append(w.b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			if c < utf8.RuneSelf {
				i++
				continue
			}
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			continue
		}
		w.b = append(w.b, s[start:i]...)
		switch c {
		case '"':
			w.b = append(w.b, '\\', '"')
		case '\\':
			w.b = append(w.b, '\\', '\\')
		case '\n':
			w.b = append(w.b, '\\', 'n')
		case '\r':
			w.b = append(w.b, '\\', 'r')
		case '\t':
			w.b = append(w.b, '\\', 't')
		case '\b':
			w.b = append(w.b, '\\', 'b')
		case '\f':
			w.b = append(w.b, '\\', 'f')
		default:
			w.b = append(w.b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
		}
		i++
		start = i
	}
	w.b = append(w.b, s[start:]...)
	w.b = append(w.b, '"')
}

// jsonDate is Newtonsoft's ISO 8601 form of a DateTime.
func jsonDate(t time.Time) string {
	layout := "2006-01-02T15:04:05.9999999"
	if t.Location() == time.UTC {
		return t.Format(layout) + "Z"
	}
	return t.Format(layout + "-07:00")
}

// ConvertToJson is ConvertTo-Json: objects to JSON text.
type ConvertToJson struct {
	InputObject    any             `param:"Position=0,Mandatory,ValueFromPipeline,AllowNull" help:"The objects to convert."`
	Depth          int             `param:"" help:"How many levels of contained objects are written (default 2); deeper objects become their string form."`
	Compress       pipeline.Switch `param:"" help:"Leave out white space and indentation."`
	AsArray        pipeline.Switch `param:"" help:"Always output a JSON array, even for one object."`
	EnumsAsStrings pipeline.Switch `param:"" help:"Write enumeration values as their names instead of numbers."`
	EscapeHandling string          `param:"ValidateSet=Default|EscapeNonAscii|EscapeHtml" help:"Accepted for compatibility."`

	objs []any
}

// Process collects one object.
func (cj *ConvertToJson) Process(c *pipeline.Context) error {
	cj.objs = append(cj.objs, cj.InputObject)
	return nil
}

// End writes the JSON.
func (cj *ConvertToJson) End(c *pipeline.Context) error {
	if len(cj.objs) == 0 {
		return nil
	}
	depth := 2
	if c.IsBound("Depth") {
		depth = cj.Depth
		if depth < 0 || depth > 100 {
			return pipeline.NewError(fmt.Errorf("Cannot validate argument on parameter 'Depth'. The %d argument is %s than the %s allowed range of %s. Supply an argument that is %s and then try the command again.",
				depth, map[bool]string{true: "less", false: "greater"}[depth < 0], map[bool]string{true: "minimum", false: "maximum"}[depth < 0],
				map[bool]string{true: "0", false: "100"}[depth < 0], map[bool]string{true: "greater than or equal to 0", false: "less than or equal to 100"}[depth < 0]),
				"ParameterArgumentValidationError", pipeline.InvalidData, depth)
		}
	}
	w := &jsonWriter{compress: bool(cj.Compress), maxDepth: depth, enumsStr: bool(cj.EnumsAsStrings), b: make([]byte, 0, 256)}
	var v any = cj.objs
	if len(cj.objs) == 1 {
		v = cj.objs[0]
		if bool(cj.AsArray) && !pipeline.IsEnumerable(v) {
			v = []any{v}
		}
	}
	w.value(v, 0, 0)
	if w.truncated {
		c.WriteWarning(fmt.Sprintf("Resulting JSON is truncated as serialization has exceeded the set depth of %d.", depth))
	}
	return c.Emit(string(w.b))
}

var convertToJsonHelp = &pipeline.Help{
	Synopsis: "Converts an object to a JSON-formatted string.",
	Description: "ConvertTo-Json writes its input as JSON: one object as itself, several as an array (-AsArray: always an array). " +
		"Objects nested deeper than -Depth (default 2) are written as their string form, with a warning. Enumerations are numbers " +
		"unless -EnumsAsStrings.",
	Examples: []pipeline.Example{
		{Code: "@{a=1; b=@(1,2)} | ConvertTo-Json -Compress", Remarks: "Outputs {\"a\":1,\"b\":[1,2]}."},
		{Code: "[pscustomobject]@{Name='x'} | ConvertTo-Json", Remarks: "A two-space indented JSON object."},
	},
}
