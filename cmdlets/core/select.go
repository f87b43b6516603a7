package core

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// SelectObject is Select-Object (select): it picks properties of objects,
// builds calculated properties, expands one property, or picks objects by
// position (-First, -Last, -Skip, -Index) and uniqueness.
type SelectObject struct {
	InputObject     any             `param:"ValueFromPipeline" help:"The objects to select from."`
	Property        []any           `param:"Position=0" help:"The properties to keep: names, wildcards, or calculated properties @{Name=...; Expression={...}}."`
	ExcludeProperty []string        `param:"" help:"Properties to leave out (wildcards allowed)."`
	ExpandProperty  string          `param:"" help:"A property whose value is output instead of the object; a collection is unrolled."`
	First           int             `param:"" help:"Output only the first N objects."`
	Last            int             `param:"" help:"Output only the last N objects."`
	Skip            int             `param:"" help:"Skip the first N objects (with -Last: skip from the end)."`
	SkipLast        int             `param:"" help:"Skip the last N objects."`
	Index           []int           `param:"" help:"Output only the objects at these (0-based) positions."`
	Unique          pipeline.Switch `param:"" help:"Output each distinct object once (compared case-sensitively)."`
	Wait            pipeline.Switch `param:"" help:"Accepted for compatibility; psh always streams."`

	ready                 bool
	specs                 []propSpec
	exclude               []*pipeline.Wildcard
	seen                  int
	emitted               int
	buf                   []any
	uniq                  map[string]bool
	indexSet              map[int]bool
	maxIndex              int
	lastBound, firstBound bool
	lastType              reflect.Type // the type lastSpecs were expanded for
	lastSpecs             []propSpec
}

func (s *SelectObject) setup() error {
	if s.ready {
		return nil
	}
	s.ready = true
	specs, err := parseProps(s.Property)
	if err != nil {
		return pipeline.NewError(err, "DictionaryKeyIllegal", pipeline.InvalidArgument, nil)
	}
	s.specs = specs
	s.exclude = wildcards(s.ExcludeProperty)
	if len(s.exclude) > 0 && len(s.specs) == 0 {
		s.specs, _ = parseProps([]any{"*"})
	}
	if s.Unique {
		s.uniq = map[string]bool{}
	}
	if len(s.Index) > 0 {
		s.indexSet = map[int]bool{}
		for _, i := range s.Index {
			s.indexSet[i] = true
			if i > s.maxIndex {
				s.maxIndex = i
			}
		}
	}
	return nil
}

// ConsumedProperties implements pipeline.PropertyConsumer: with only plain
// property names (no wildcard, calculated property, -ExpandProperty or
// -ExcludeProperty), those are all Select-Object reads of its input, and
// it passes on new objects, never the input ones.
func (s *SelectObject) ConsumedProperties() ([]string, bool) {
	if len(s.Property) == 0 || s.ExpandProperty != "" || len(s.ExcludeProperty) > 0 {
		return nil, false
	}
	names := make([]string, 0, len(s.Property))
	for _, p := range s.Property {
		n, ok := p.(string)
		if !ok || pipeline.HasWildcard(n) {
			return nil, false
		}
		names = append(names, n)
	}
	return names, true
}

func (s *SelectObject) buffering() bool {
	return s.IsLast() || s.SkipLast > 0 || s.indexSet != nil && hasNegative(s.Index)
}

// IsLast reports whether -Last was given.
func (s *SelectObject) IsLast() bool { return s.Last > 0 || s.lastBound }

func hasNegative(xs []int) bool {
	for _, x := range xs {
		if x < 0 {
			return true
		}
	}
	return false
}

// Process selects from one input object.
func (s *SelectObject) Process(c *pipeline.Context) error {
	if err := s.setup(); err != nil {
		return err
	}
	s.lastBound = c.IsBound("Last")
	s.firstBound = c.IsBound("First")
	in, ok := inputOf(c, s.InputObject)
	if !ok {
		return nil
	}
	i := s.seen
	s.seen++
	if s.buffering() {
		s.buf = append(s.buf, in)
		return nil
	}
	if s.indexSet != nil {
		if !s.indexSet[i] {
			if i > s.maxIndex {
				return pipeline.StopUpstream
			}
			return nil
		}
	} else if i < s.Skip {
		return nil
	}
	if s.firstBound && s.emitted >= s.First {
		return pipeline.StopUpstream
	}
	if err := s.output(c, in); err != nil {
		return err
	}
	if s.firstBound && s.emitted >= s.First && s.uniq == nil {
		return pipeline.StopUpstream
	}
	if s.indexSet != nil && i >= s.maxIndex {
		return pipeline.StopUpstream
	}
	return nil
}

// End outputs what -Last, -SkipLast or negative -Index held back.
func (s *SelectObject) End(c *pipeline.Context) error {
	if !s.buffering() {
		return nil
	}
	items := s.buf
	if s.indexSet != nil {
		var picked []any
		for _, ix := range s.Index {
			if ix < 0 {
				ix += len(items)
			}
			if ix >= 0 && ix < len(items) {
				picked = append(picked, items[ix])
			}
		}
		items = picked
	}
	if s.SkipLast > 0 {
		items = items[:max(0, len(items)-s.SkipLast)]
	}
	if s.IsLast() {
		end := len(items)
		if s.Skip > 0 {
			end = max(0, end-s.Skip)
		}
		items = items[max(0, end-s.Last):end]
		if s.firstBound {
			head := s.buf[:min(s.First, len(s.buf))]
			items = append(append(make([]any, 0, len(head)+len(items)), head...), items...)
		}
	} else if s.Skip > 0 {
		items = items[min(s.Skip, len(items)):]
	}
	for _, v := range items {
		if err := s.output(c, v); err != nil {
			return err
		}
	}
	return nil
}

func (s *SelectObject) output(c *pipeline.Context, in any) error {
	var out []any
	if s.ExpandProperty != "" {
		v, ok := pipeline.GetProperty(in, s.ExpandProperty)
		if !ok {
			c.WriteError(pipeline.NewError(fmt.Errorf("Property \"%s\" cannot be found.", s.ExpandProperty),
				"ExpandPropertyNotFound", pipeline.InvalidArgument, in))
			return nil
		}
		var extra *pipeline.PSObject
		if len(s.specs) > 0 {
			extra = s.project(c, in)
		}
		_ = pipeline.Enumerate(v, func(e any) error {
			if extra != nil {
				e = addNotes(e, extra)
			}
			out = append(out, e)
			return nil
		})
	} else if len(s.specs) > 0 {
		out = []any{s.project(c, in)}
	} else {
		out = []any{in}
	}
	for _, o := range out {
		if s.uniq != nil {
			k := uniqueKey(o)
			if s.uniq[k] {
				continue
			}
			s.uniq[k] = true
		}
		if s.firstBound && !s.buffering() && s.emitted >= s.First {
			return pipeline.StopUpstream
		}
		s.emitted++
		if err := c.Emit(o); err != nil {
			return err
		}
	}
	return nil
}

// project builds the selected object with the chosen properties.
func (s *SelectObject) project(c *pipeline.Context, in any) *pipeline.PSObject {
	o := pipeline.NewPSObject()
	for _, p := range s.expanded(in) {
		if s.ExpandProperty != "" && strings.EqualFold(p.name, s.ExpandProperty) {
			continue
		}
		v, _, err := p.value(c, in)
		if err != nil {
			c.WriteError(pipeline.NewError(err, "CalculatedPropertyFailed", pipeline.InvalidOperation, in))
		}
		o.Add(p.name, v)
	}
	tn := pipeline.TypeNames(in)
	if len(tn) > 0 {
		o.SetTypeNames(append([]string{"Selected." + tn[0]}, pipeline.TypeNames(o)...))
	}
	return o
}

// expanded returns the specs expanded for in's properties. A Go value's
// properties are those of its type, so the expansion is kept for the next
// object of the same type (a Get- cmdlet's thousands of objects).
func (s *SelectObject) expanded(in any) []propSpec {
	switch in.(type) {
	case nil, *pipeline.PSObject, *pipeline.Hashtable, pipeline.PropertyLister:
		return expandSpecs(s.specs, in, s.exclude)
	}
	t := reflect.TypeOf(in)
	if t != s.lastType || s.lastSpecs == nil {
		s.lastType, s.lastSpecs = t, expandSpecs(s.specs, in, s.exclude)
	}
	return s.lastSpecs
}

// addNotes returns e with extra's properties added (a copy for PSObjects,
// a new PSObject wrapping the value's properties otherwise).
func addNotes(e any, extra *pipeline.PSObject) any {
	var o *pipeline.PSObject
	if p, ok := e.(*pipeline.PSObject); ok {
		o = p.Copy()
	} else {
		names := pipeline.PropertyNames(e)
		if len(names) == 0 {
			return e
		}
		o = pipeline.NewPSObject()
		for _, n := range names {
			v, _ := pipeline.GetProperty(e, n)
			o.Add(n, v)
		}
	}
	for _, n := range extra.Names() {
		v, _ := extra.Get(n)
		o.Add(n, v)
	}
	return o
}

// uniqueKey is the identity Select-Object -Unique and Get-Unique compare.
func uniqueKey(v any) string {
	if o, ok := v.(*pipeline.PSObject); ok {
		var b strings.Builder
		for _, n := range o.Names() {
			x, _ := o.Get(n)
			b.WriteString(n)
			b.WriteByte(0)
			b.WriteString(pipeline.TypeName(x))
			b.WriteByte(0)
			b.WriteString(pipeline.ToString(x))
			b.WriteByte(1)
		}
		return b.String()
	}
	return pipeline.TypeName(v) + "\x00" + pipeline.ToString(v)
}

var selectHelp = &pipeline.Help{
	Synopsis: "Selects objects or object properties.",
	Description: "Select-Object creates new objects holding only the chosen properties (wildcards and calculated properties allowed), " +
		"outputs the value of one property with -ExpandProperty, or picks objects by position with -First, -Last, -Skip and -Index. " +
		"-First stops the commands before it as soon as it has enough objects.",
	Examples: []pipeline.Example{
		{Code: "1..10 | Select-Object -First 3", Remarks: "Outputs 1, 2 and 3."},
		{Code: "[pscustomobject]@{a=1;b=2} | Select-Object a, @{n='c'; e={$_.b * 10}}", Remarks: "An object with properties a and c."},
		{Code: "[pscustomobject]@{Name='x'} | Select-Object -ExpandProperty Name", Remarks: "Outputs the string x."},
	},
}
