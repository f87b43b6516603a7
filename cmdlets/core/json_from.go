package core

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/psh-project/psh/pipeline"
)

var isoDate = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$`)
})

// jsonStringValue is a JSON string value: a DateTime when it is an ISO 8601
// date (as Newtonsoft reads it), else the string.
func jsonStringValue(t string) any {
	if len(t) >= 19 && isoDate().MatchString(t) {
		if d, err := time.Parse(time.RFC3339Nano, t); err == nil {
			return d
		}
		if d, err := time.ParseInLocation("2006-01-02T15:04:05.9999999", t, time.Local); err == nil {
			return d
		}
	}
	return t
}

// enter checks the nesting depth before a container that opens at off.
func (p *jsonParser) enter(off int) error {
	if len(p.path) >= p.max {
		return p.errAt(off, "The reader's MaxDepth of %d has been exceeded.", p.max)
	}
	return nil
}

// object reads {...} into a [pscustomobject] or an ordered hashtable.
func (p *jsonParser) object() (any, error) {
	if err := p.enter(p.pos); err != nil {
		return nil, err
	}
	p.pos++
	var h *pipeline.Hashtable
	var o *pipeline.PSObject
	if p.asHash {
		h = pipeline.NewOrderedHashtable()
	} else {
		o = pipeline.NewPSObject()
	}
	p.path = append(p.path, jsonStep{})
	top := len(p.path) - 1
	for {
		if err := p.skipMore(); err != nil {
			return nil, err
		}
		if p.src[p.pos] == '}' {
			p.pos++
			p.path = p.path[:top]
			if h != nil {
				return h, nil
			}
			return o, nil
		}
		k, err := p.propertyName()
		if err != nil {
			return nil, err
		}
		p.path[top].name = k
		if err := p.skipMore(); err != nil {
			return nil, err
		}
		if p.src[p.pos] != ':' {
			return nil, p.errHere("Invalid character after parsing property name. Expected ':' but got: %s.", p.char())
		}
		p.pos++
		if err := p.skipMore(); err != nil {
			return nil, err
		}
		v, err := p.value()
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
		if err := p.afterValue('}'); err != nil {
			return nil, err
		}
	}
}

// afterValue passes the comma after a member or element; the closing
// bracket is left for the caller.
func (p *jsonParser) afterValue(closer byte) error {
	if err := p.skipMore(); err != nil {
		return err
	}
	switch p.src[p.pos] {
	case ',':
		p.pos++
		return nil
	case closer:
		return nil
	}
	return p.errHere("After parsing a value an unexpected character was encountered: %s.", p.char())
}

// skipMore passes white space and comments; the text must go on.
func (p *jsonParser) skipMore() error {
	if err := p.skip(); err != nil {
		return err
	}
	if p.pos >= len(p.src) {
		return p.errEnd("")
	}
	return nil
}

// propertyName reads a quoted or unquoted (identifier) property name.
func (p *jsonParser) propertyName() (string, error) {
	if c := p.src[p.pos]; c == '"' || c == '\'' {
		return p.str()
	}
	start := p.pos
	for p.pos < len(p.src) && jsonIdentChar(p.src[p.pos]) {
		p.pos++
	}
	if p.pos == start {
		return "", p.errHere("Invalid property identifier character: %s.", p.char())
	}
	if p.pos < len(p.src) && !strings.ContainsRune(" \t\r\n:/", rune(p.src[p.pos])) {
		return "", p.errHere("Invalid JavaScript property identifier character: %s.", p.char())
	}
	return p.src[start:p.pos], nil
}

func jsonIdentChar(c byte) bool {
	return c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf
}

// array reads [...]; an empty slot between commas is null, a trailing
// comma is allowed.
func (p *jsonParser) array() (any, error) {
	if err := p.enter(p.pos); err != nil {
		return nil, err
	}
	p.pos++
	out := []any{}
	p.path = append(p.path, jsonStep{array: true, index: -1})
	top := len(p.path) - 1
	for {
		if err := p.skipMore(); err != nil {
			return nil, err
		}
		switch p.src[p.pos] {
		case ']':
			p.pos++
			p.path = p.path[:top]
			return out, nil
		case ',':
			p.path[top].index++
			out = append(out, nil)
			p.pos++
			continue
		}
		p.path[top].index++
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		out = append(out, v)
		if err := p.afterValue(']'); err != nil {
			return nil, err
		}
	}
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
		"Int64 or Double numbers, strings and DateTime values (for ISO 8601 strings). A top-level array is unrolled unless -NoEnumerate. " +
		"As in PowerShell, // and /* */ comments, trailing commas, single-quoted strings and unquoted property names are accepted.",
	Examples: []pipeline.Example{
		{Code: "'{\"a\":1,\"b\":[1,2]}' | ConvertFrom-Json", Remarks: "An object with a=1 and b=1,2."},
		{Code: "Get-Content settings.json -Raw | ConvertFrom-Json -AsHashtable", Remarks: "Reads a JSON file into a hashtable."},
	},
}
