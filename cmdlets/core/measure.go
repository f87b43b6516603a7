package core

import (
	"fmt"
	"math"
	"strings"
	"unicode"

	"github.com/psh-project/psh/pipeline"
)

// GenericMeasureInfo is Measure-Object's numeric result. Statistics that
// were not asked for are nil.
type GenericMeasureInfo struct {
	Count             int32
	Average           any
	Sum               any
	Maximum           any
	Minimum           any
	StandardDeviation any
	Property          any
}

// PSTypeNames names the type for views.
func (m *GenericMeasureInfo) PSTypeNames() []string {
	return []string{"Microsoft.PowerShell.Commands.GenericMeasureInfo", "Microsoft.PowerShell.Commands.MeasureInfo", "System.Object"}
}

// TextMeasureInfo is Measure-Object's text result (-Line, -Word, -Character).
type TextMeasureInfo struct {
	Lines      any
	Words      any
	Characters any
	Property   any
}

// PSTypeNames names the type for views.
func (m *TextMeasureInfo) PSTypeNames() []string {
	return []string{"Microsoft.PowerShell.Commands.TextMeasureInfo", "Microsoft.PowerShell.Commands.MeasureInfo", "System.Object"}
}

// MeasureObject is Measure-Object (measure): count, sum, average, minimum,
// maximum and standard deviation of objects or their properties, or line,
// word and character counts of text.
type MeasureObject struct {
	InputObject       any             `param:"ValueFromPipeline" help:"The objects to measure."`
	Property          []string        `param:"Position=0" help:"The properties to measure (wildcards allowed); default the objects themselves."`
	Sum               pipeline.Switch `param:"" help:"Compute the sum."`
	Average           pipeline.Switch `param:"" help:"Compute the average."`
	Minimum           pipeline.Switch `param:"" help:"Find the minimum."`
	Maximum           pipeline.Switch `param:"" help:"Find the maximum."`
	StandardDeviation pipeline.Switch `param:"" help:"Compute the sample standard deviation."`
	AllStats          pipeline.Switch `param:"" help:"Compute all the statistics."`
	Line              pipeline.Switch `param:"" help:"Count lines of text."`
	Word              pipeline.Switch `param:"" help:"Count words of text."`
	Character         pipeline.Switch `param:"" help:"Count characters of text."`
	IgnoreWhiteSpace  pipeline.Switch `param:"" help:"With -Character, do not count white space."`

	stats []*measureStat
	byKey map[string]*measureStat
}

type measureStat struct {
	name         string
	count        int
	sum, sumSq   float64
	numeric      bool
	min, max     any
	lines, words int
	chars        int
}

// Process adds one object to the statistics.
func (m *MeasureObject) Process(c *pipeline.Context) error {
	in, ok := inputOf(c, m.InputObject)
	if !ok {
		return nil
	}
	if m.byKey == nil {
		m.byKey = map[string]*measureStat{}
	}
	if len(m.Property) == 0 {
		if in == nil {
			return nil
		}
		m.add(c, m.stat(""), in)
		return nil
	}
	names := pipeline.PropertyNames(in)
	for _, p := range m.Property {
		if pipeline.HasWildcard(p) {
			wc := pipeline.CompileWildcard(p, false)
			for _, n := range names {
				if wc.Match(n) {
					v, _ := pipeline.GetProperty(in, n)
					m.add(c, m.stat(n), v)
				}
			}
			continue
		}
		st := m.stat(p)
		if v, ok := pipeline.GetProperty(in, p); ok {
			m.add(c, st, v)
		}
	}
	return nil
}

func (m *MeasureObject) stat(name string) *measureStat {
	k := strings.ToLower(name)
	if st, ok := m.byKey[k]; ok {
		return st
	}
	st := &measureStat{name: name, numeric: true}
	m.byKey[k] = st
	m.stats = append(m.stats, st)
	return st
}

func (m *MeasureObject) text() bool { return bool(m.Line || m.Word || m.Character) }

func (m *MeasureObject) add(c *pipeline.Context, st *measureStat, v any) {
	if m.text() {
		s := pipeline.ToString(v)
		st.count++
		if m.Line {
			st.lines += strings.Count(s, "\n") + 1
			if strings.HasSuffix(s, "\n") {
				st.lines--
			}
		}
		st.words += len(strings.FieldsFunc(s, unicode.IsSpace))
		for _, r := range s {
			if bool(m.IgnoreWhiteSpace) && unicode.IsSpace(r) {
				continue
			}
			st.chars++
		}
		return
	}
	st.count++
	needNum := bool(m.Sum || m.Average || m.StandardDeviation || m.AllStats)
	f, isNum := toFloat(v)
	if needNum && !isNum {
		c.WriteError(pipeline.NewError(fmt.Errorf("Input object \"%s\" is not numeric.", pipeline.ToString(v)),
			"NonNumericInputObject", pipeline.InvalidType, v))
		st.count--
		return
	}
	if isNum {
		st.sum += f
		st.sumSq += f * f
	} else {
		st.numeric = false
	}
	if m.Minimum || m.Maximum || m.AllStats {
		if st.min == nil || compareKeys(v, st.min, false) < 0 {
			st.min = v
		}
		if st.max == nil || compareKeys(v, st.max, false) > 0 {
			st.max = v
		}
	}
}

func toFloat(v any) (float64, bool) {
	switch x := v.(type) {
	case int32:
		return float64(x), true
	case int64:
		return float64(x), true
	case float64:
		return x, true
	case int:
		return float64(x), true
	case nil:
		return 0, false
	}
	r, err := pipeline.Convert(v, floatType)
	if err != nil {
		return 0, false
	}
	return r.(float64), true
}

// End outputs one result per measured property.
func (m *MeasureObject) End(c *pipeline.Context) error {
	if len(m.stats) == 0 {
		if len(m.Property) > 0 {
			for _, p := range m.Property {
				c.WriteError(pipeline.NewError(fmt.Errorf("The property \"%s\" cannot be found in the input for any objects.", p),
					"GenericMeasurePropertyNotFound", pipeline.InvalidArgument, p))
			}
			return nil
		}
		m.stats = []*measureStat{{numeric: true}}
	}
	for _, st := range m.stats {
		if st.count == 0 && st.name != "" && !m.text() {
			c.WriteError(pipeline.NewError(fmt.Errorf("The property \"%s\" cannot be found in the input for any objects.", st.name),
				"GenericMeasurePropertyNotFound", pipeline.InvalidArgument, st.name))
			continue
		}
		var prop any
		if st.name != "" {
			prop = st.name
		}
		if m.text() {
			r := &TextMeasureInfo{Property: prop}
			if m.Line {
				r.Lines = int32(st.lines)
			}
			if m.Word {
				r.Words = int32(st.words)
			}
			if m.Character {
				r.Characters = int32(st.chars)
			}
			if err := c.Emit(r); err != nil {
				return err
			}
			continue
		}
		r := &GenericMeasureInfo{Count: int32(st.count), Property: prop}
		all := m.AllStats
		n := float64(st.count)
		if m.Sum || all {
			r.Sum = st.sum
		}
		if (m.Average || all) && st.count > 0 {
			r.Average = st.sum / n
		}
		if (m.StandardDeviation || all) && st.count > 0 {
			sd := 0.0
			if st.count > 1 {
				sd = math.Sqrt(math.Max(0, (st.sumSq-st.sum*st.sum/n)/(n-1)))
			}
			r.StandardDeviation = sd
		}
		if m.Minimum || all {
			r.Minimum = minMax(st.min, st.numeric)
		}
		if m.Maximum || all {
			r.Maximum = minMax(st.max, st.numeric)
		}
		if err := c.Emit(r); err != nil {
			return err
		}
	}
	return nil
}

func minMax(v any, numeric bool) any {
	if numeric {
		if f, ok := toFloat(v); ok {
			return f
		}
	}
	return v
}

func measureViews() []pipeline.View {
	l := func(n string) pipeline.Column { return pipeline.Column{Label: n, Property: n} }
	return []pipeline.View{
		{TypeName: "Microsoft.PowerShell.Commands.GenericMeasureInfo", Kind: pipeline.ListView, Columns: []pipeline.Column{
			l("Count"), l("Average"), l("Sum"), l("Maximum"), l("Minimum"), l("StandardDeviation"), l("Property")}},
		{TypeName: "Microsoft.PowerShell.Commands.TextMeasureInfo", Kind: pipeline.TableView, Columns: []pipeline.Column{
			{Label: "Lines", Property: "Lines", Align: pipeline.AlignRight},
			{Label: "Words", Property: "Words", Align: pipeline.AlignRight},
			{Label: "Characters", Property: "Characters", Align: pipeline.AlignRight},
			{Label: "Property", Property: "Property", Align: pipeline.AlignLeft}}},
	}
}

var measureHelp = &pipeline.Help{
	Synopsis: "Calculates numeric properties of objects, and the characters, words, and lines in string objects.",
	Description: "Measure-Object counts its input objects and, when asked, computes the sum, average, minimum, maximum and " +
		"standard deviation of the objects or of their properties. With -Line, -Word or -Character it counts text.",
	Examples: []pipeline.Example{
		{Code: "1..3 | Measure-Object -Sum | Select-Object -ExpandProperty Sum", Remarks: "Outputs 6."},
		{Code: "Get-Content notes.txt | Measure-Object -Line -Word", Remarks: "Counts the lines and words of a file."},
	},
}
