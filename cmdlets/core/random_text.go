package core

import (
	"math/rand/v2"
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// hlp builds a Help value with one example.

// GetRandom is Get-Random.
type GetRandom struct {
	InputObject []any           `param:"Position=0,ValueFromPipeline" help:"Pick from these objects instead of making a number."`
	Minimum     any             `param:"" help:"The smallest number (default 0)."`
	Maximum     any             `param:"" help:"The number above the largest (default Int32.MaxValue)."`
	Count       int             `param:"" help:"How many objects to pick (without repeats)."`
	SetSeed     int64           `param:"" help:"Seed the generator, for repeatable results."`
	Shuffle     pipeline.Switch `param:"" help:"Output all the input objects in random order."`

	items []any
	rng   *rand.Rand
}

func (g *GetRandom) gen(c *pipeline.Context) *rand.Rand {
	if g.rng == nil {
		if c.IsBound("SetSeed") {
			g.rng = rand.New(rand.NewPCG(uint64(g.SetSeed), 0))
		} else {
			g.rng = rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64()))
		}
	}
	return g.rng
}

// Process collects input objects.
func (g *GetRandom) Process(c *pipeline.Context) error {
	if _, ok := c.Input(); ok || c.IsBound("InputObject") {
		g.items = append(g.items, g.InputObject...)
	}
	return nil
}

// End picks.
func (g *GetRandom) End(c *pipeline.Context) error {
	r := g.gen(c)
	if g.items != nil {
		n := 1
		if g.Count > 0 {
			n = g.Count
		}
		if g.Shuffle {
			n = len(g.items)
		}
		perm := r.Perm(len(g.items))
		for i := 0; i < n && i < len(perm); i++ {
			if err := c.Emit(g.items[perm[i]]); err != nil {
				return err
			}
		}
		return nil
	}
	_, isFloat := g.Maximum.(float64)
	if _, f := g.Minimum.(float64); f {
		isFloat = true
	}
	if isFloat {
		lo, _ := toFloat(g.Minimum)
		hi := 1.0
		if g.Maximum != nil {
			hi, _ = toFloat(g.Maximum)
		}
		return c.Emit(lo + r.Float64()*(hi-lo))
	}
	lo, hi := int64(0), int64(2147483647)
	if g.Minimum != nil {
		f, _ := toFloat(g.Minimum)
		lo = int64(f)
	}
	if g.Maximum != nil {
		f, _ := toFloat(g.Maximum)
		hi = int64(f)
	}
	if hi <= lo {
		return pipeline.Errorf("MinGreaterThanOrEqualMax", pipeline.InvalidArgument, nil,
			"The Minimum value (%d) cannot be greater than or equal to the Maximum value (%d).", lo, hi)
	}
	n := max(1, g.Count)
	for i := 0; i < n; i++ {
		v := lo + r.Int64N(hi-lo)
		var out any = v
		if v >= -2147483648 && v <= 2147483647 {
			out = int32(v)
		}
		if err := c.Emit(out); err != nil {
			return err
		}
	}
	return nil
}

// GetUnique is Get-Unique: drops adjacent duplicates of sorted input.
type GetUnique struct {
	InputObject any             `param:"ValueFromPipeline" help:"The (sorted) objects."`
	AsString    pipeline.Switch `param:"" help:"Compare the objects as strings."`
	OnType      pipeline.Switch `param:"" help:"Compare only the objects' types."`

	last    string
	started bool
}

// Process emits the object unless it equals the previous one.
func (g *GetUnique) Process(c *pipeline.Context) error {
	in, ok := inputOf(c, g.InputObject)
	if !ok {
		return nil
	}
	k := uniqueKey(in)
	if g.AsString {
		k = pipeline.ToString(in)
	} else if g.OnType {
		k = pipeline.TypeName(in)
	}
	if g.started && k == g.last {
		return nil
	}
	g.started, g.last = true, k
	return c.Emit(in)
}

// JoinString is Join-String: joins input objects into one string.
type JoinString struct {
	InputObject  any             `param:"ValueFromPipeline" help:"The objects to join."`
	Property     any             `param:"Position=0" help:"A property (or script block) of each object to join instead of the object."`
	Separator    string          `param:"Position=1" help:"The text between items."`
	OutputPrefix string          `param:"Alias=op" help:"Text before the result."`
	OutputSuffix string          `param:"Alias=os" help:"Text after the result."`
	SingleQuote  pipeline.Switch `param:"" help:"Wrap each item in single quotes."`
	DoubleQuote  pipeline.Switch `param:"" help:"Wrap each item in double quotes."`
	FormatString string          `param:"" help:"A .NET format string applied to each item ({0})."`

	parts []string
}

// Process adds one item.
func (j *JoinString) Process(c *pipeline.Context) error {
	in, ok := inputOf(c, j.InputObject)
	if !ok {
		return nil
	}
	return pipeline.Enumerate(in, func(v any) error {
		if j.Property != nil {
			specs, err := parseProps([]any{j.Property})
			if err != nil {
				return err
			}
			v, _, _ = specs[0].value(c, v)
		}
		s := pipeline.ToString(v)
		if j.FormatString != "" {
			if f, err := pipeline.FormatComposite(j.FormatString, []any{v}); err == nil {
				s = f
			}
		}
		switch {
		case bool(j.SingleQuote):
			s = "'" + s + "'"
		case bool(j.DoubleQuote):
			s = "\"" + s + "\""
		}
		j.parts = append(j.parts, s)
		return nil
	})
}

// End outputs the joined string.
func (j *JoinString) End(c *pipeline.Context) error {
	return c.Emit(j.OutputPrefix + strings.Join(j.parts, j.Separator) + j.OutputSuffix)
}
