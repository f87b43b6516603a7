package core

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/psh-project/psh/pipeline"
)

// jsonReader builds psh values from JSON tokens: objects become
// [pscustomobject] (or ordered hashtables), arrays []any, integers Int64
// (Int32 is not used, as in PowerShell 7), other numbers Double, ISO 8601
// date strings DateTime.
type jsonReader struct {
	dec      *json.Decoder
	asHash   bool
	maxDepth int
}

var isoDate = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$`)
})

func (r *jsonReader) value(depth int) (any, error) {
	tok, err := r.dec.Token()
	if err != nil {
		return nil, err
	}
	return r.fromToken(tok, depth)
}

func (r *jsonReader) fromToken(tok json.Token, depth int) (any, error) {
	switch t := tok.(type) {
	case json.Delim:
		if depth >= r.maxDepth {
			return nil, fmt.Errorf("The reader's MaxDepth of %d has been exceeded", r.maxDepth)
		}
		switch t {
		case '[':
			out := []any{}
			for r.dec.More() {
				v, err := r.value(depth + 1)
				if err != nil {
					return nil, err
				}
				out = append(out, v)
			}
			_, err := r.dec.Token()
			return out, err
		case '{':
			var h *pipeline.Hashtable
			var o *pipeline.PSObject
			if r.asHash {
				h = pipeline.NewOrderedHashtable()
			} else {
				o = pipeline.NewPSObject()
			}
			for r.dec.More() {
				kt, err := r.dec.Token()
				if err != nil {
					return nil, err
				}
				k, _ := kt.(string)
				v, err := r.value(depth + 1)
				if err != nil {
					return nil, err
				}
				if h != nil {
					h.Set(k, v)
				} else {
					if _, dup := o.Get(k); dup {
						return nil, fmt.Errorf("Cannot convert the JSON string because it contains keys with different casing. Please use the -AsHashTable switch instead. The key that was attempted to be added to the existing key '%s' was '%s'.", k, k)
					}
					o.Add(k, v)
				}
			}
			if _, err := r.dec.Token(); err != nil {
				return nil, err
			}
			if h != nil {
				return h, nil
			}
			return o, nil
		}
	case json.Number:
		s := string(t)
		if !strings.ContainsAny(s, ".eE") {
			if i, err := strconv.ParseInt(s, 10, 64); err == nil {
				return i, nil
			}
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return nil, err
		}
		return f, nil
	case string:
		if len(t) >= 19 && isoDate().MatchString(t) {
			if d, err := time.Parse(time.RFC3339Nano, t); err == nil {
				return d, nil
			}
			if d, err := time.ParseInLocation("2006-01-02T15:04:05.9999999", t, time.Local); err == nil {
				return d, nil
			}
		}
		return t, nil
	}
	return tok, nil
}

// parseJSON parses one JSON text.
func parseJSON(text string, asHash bool, maxDepth int) (any, error) {
	dec := json.NewDecoder(strings.NewReader(text))
	dec.UseNumber()
	r := &jsonReader{dec: dec, asHash: asHash, maxDepth: maxDepth}
	v, err := r.value(0)
	if err == nil {
		if _, err2 := dec.Token(); err2 != io.EOF {
			off := dec.InputOffset()
			return nil, jsonError(text, off, "Additional text encountered after finished reading JSON content")
		}
		return v, nil
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return nil, jsonError(text, se.Offset, se.Error())
	}
	if err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, jsonError(text, int64(len(text)), "Unexpected end when reading JSON")
	}
	return nil, jsonError(text, dec.InputOffset(), err.Error())
}

func jsonError(text string, off int64, msg string) error {
	if off > int64(len(text)) {
		off = int64(len(text))
	}
	before := text[:off]
	line := strings.Count(before, "\n") + 1
	col := int(off) - strings.LastIndexByte(before, '\n')
	return fmt.Errorf("Conversion from JSON failed with error: %s. Path '', line %d, position %d.", msg, line, col)
}

// ConvertFromJson is ConvertFrom-Json: JSON text to objects.
type ConvertFromJson struct {
	InputObject any             `param:"Position=0,Mandatory,ValueFromPipeline" help:"The JSON text (several strings are joined with line breaks)."`
	AsHashtable pipeline.Switch `param:"" help:"Make ordered hashtables instead of objects."`
	Depth       int             `param:"" help:"The deepest nesting allowed (default 1024)."`
	NoEnumerate pipeline.Switch `param:"" help:"Output a top-level JSON array as one object."`

	parts []string
}

// Process collects the text.
func (cf *ConvertFromJson) Process(c *pipeline.Context) error {
	return pipeline.Enumerate(cf.InputObject, func(v any) error {
		cf.parts = append(cf.parts, pipeline.ToString(v))
		return nil
	})
}

// End parses and outputs.
func (cf *ConvertFromJson) End(c *pipeline.Context) error {
	text := strings.Join(cf.parts, "\n")
	if strings.TrimSpace(text) == "" {
		return nil
	}
	depth := 1024
	if c.IsBound("Depth") {
		depth = cf.Depth
	}
	v, err := parseJSON(text, bool(cf.AsHashtable), depth)
	if err != nil {
		return pipeline.NewError(err, "System.ArgumentException", pipeline.ParserError, text)
	}
	if cf.NoEnumerate {
		return c.Emit(v)
	}
	return c.EmitAll(v)
}

var convertFromJsonHelp = &pipeline.Help{
	Synopsis: "Converts a JSON-formatted string to a custom object or a hash table.",
	Description: "ConvertFrom-Json parses JSON text into [pscustomobject] values (ordered hashtables with -AsHashtable), arrays, " +
		"Int64 or Double numbers, strings and DateTime values (for ISO 8601 strings). A top-level array is unrolled unless -NoEnumerate.",
	Examples: []pipeline.Example{
		{Code: "'{\"a\":1,\"b\":[1,2]}' | ConvertFrom-Json", Remarks: "An object with a=1 and b=1,2."},
		{Code: "Get-Content settings.json -Raw | ConvertFrom-Json -AsHashtable", Remarks: "Reads a JSON file into a hashtable."},
	},
}
