package core

import (
	"reflect"

	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/pipeline/format"
)

// FormatTable is Format-Table (ft): it lays its input out as a table and
// emits the formatted text as a *format.FormatOutput.
type FormatTable struct {
	InputObject      any             `param:"ValueFromPipeline" help:"The objects to format."`
	Property         []any           `param:"Position=0" help:"The properties to show, as names, wildcards (Imap*), script blocks or @{Name=;Expression=;Width=;Alignment=;FormatString=} hashtables."`
	AutoSize         pipeline.Switch `param:"" help:"Size the columns from all the objects."`
	Wrap             pipeline.Switch `param:"" help:"Wrap long values onto further lines instead of cutting them."`
	HideTableHeaders pipeline.Switch `param:"" help:"Leave out the header and the dash line."`
	GroupBy          any             `param:"" help:"Start a new table, under a group header, each time this property's value changes."`

	objs []any
}

// Process collects one object.
func (f *FormatTable) Process(c *pipeline.Context) error {
	if in, ok := inputOf(c, f.InputObject); ok && in != nil {
		return pipeline.Enumerate(in, func(v any) error { f.objs = append(f.objs, v); return nil })
	}
	return nil
}

// End lays out the table.
func (f *FormatTable) End(c *pipeline.Context) error {
	if len(f.objs) == 0 {
		return nil
	}
	cols, err := formatColumns(c, f.objs[0], f.Property, pipeline.TableView)
	if err != nil {
		return err
	}
	if cols == nil && isScalar(f.objs[0]) {
		// Scalars have no columns: PowerShell shows each as its text.
		lines := []string{""}
		for _, o := range f.objs {
			lines = append(lines, format.FormatScalar(o))
		}
		return c.Emit(&format.FormatOutput{Lines: append(lines, "")})
	}
	// The command that prints the table lays it out at its width and warns
	// about the columns that do not fit there (Out-String -Width 300).
	opts := format.TableOptions{Columns: cols, AutoSize: bool(f.AutoSize), Wrap: bool(f.Wrap),
		HideTableHeaders: bool(f.HideTableHeaders), Width: c.Session().Width()}
	if f.GroupBy != nil {
		g, err := formatColumns(c, f.objs[0], []any{f.GroupBy}, pipeline.TableView)
		if err != nil {
			return err
		}
		if len(g) > 0 {
			opts.GroupBy = &g[0]
		}
	}
	return c.Emit(format.NewTableOutput(f.objs, opts))
}

// formatColumns picks the columns for obj: the -Property list when given,
// else the type's registered view of that kind, else nil (the renderer's
// default: all properties).
func formatColumns(c *pipeline.Context, obj any, props []any, kind pipeline.ViewKind) ([]pipeline.Column, error) {
	if len(props) == 0 {
		if v, ok := c.Session().Views().Lookup(pipeline.TypeNames(obj), kind); ok {
			return v.Columns, nil
		}
		return nil, nil
	}
	specs, err := parseProps(props, "width", "alignment", "formatstring")
	if err != nil {
		return nil, pipeline.NewError(err, "IllegalKey", pipeline.InvalidArgument, nil)
	}
	return toColumns(c, expandSpecs(specs, obj, nil)), nil
}

// FormatList is Format-List (fl): each object as "Name : Value" lines.
type FormatList struct {
	InputObject any   `param:"ValueFromPipeline" help:"The objects to format."`
	Property    []any `param:"Position=0" help:"The properties to show (wildcards, * for all, calculated properties)."`
	GroupBy     any   `param:"" help:"Accepted for compatibility."`

	objs []any
}

// Process collects one object.
func (f *FormatList) Process(c *pipeline.Context) error {
	if in, ok := inputOf(c, f.InputObject); ok && in != nil {
		return pipeline.Enumerate(in, func(v any) error { f.objs = append(f.objs, v); return nil })
	}
	return nil
}

// End lays out the list.
func (f *FormatList) End(c *pipeline.Context) error {
	if len(f.objs) == 0 {
		return nil
	}
	opts := format.ListOptions{Width: c.Session().Width()}
	if len(f.Property) > 0 {
		// Properties are resolved per object (wildcards expand against
		// each); named properties an object lacks are left out.
		var lines []string
		for i, o := range f.objs {
			cols, err := formatColumns(c, o, f.Property, pipeline.ListView)
			if err != nil {
				return err
			}
			ls := []string{"", ""} // no property matched: an empty entry
			if len(cols) > 0 {
				ls = format.NewListOutput([]any{o}, format.ListOptions{Columns: cols, Width: opts.Width, OmitMissing: true}).Lines
			}
			if i > 0 && len(ls) > 0 && ls[0] == "" {
				ls = ls[1:]
			}
			lines = append(lines, ls...)
		}
		return c.Emit(&format.FormatOutput{Lines: lines})
	}
	if v, ok := c.Session().Views().Lookup(pipeline.TypeNames(f.objs[0]), pipeline.ListView); ok {
		opts.Columns = v.Columns
	}
	return c.Emit(format.NewListOutput(f.objs, opts))
}

// FormatWide is Format-Wide (fw): one property of each object, several
// objects per line.
type FormatWide struct {
	InputObject any             `param:"ValueFromPipeline" help:"The objects to format."`
	Property    any             `param:"Position=0" help:"The property to show (default the name-like property)."`
	Column      int             `param:"" help:"The number of columns."`
	AutoSize    pipeline.Switch `param:"" help:"Fit as many columns as the widest value allows."`

	objs []any
}

// Process collects one object.
func (f *FormatWide) Process(c *pipeline.Context) error {
	if in, ok := inputOf(c, f.InputObject); ok && in != nil {
		return pipeline.Enumerate(in, func(v any) error { f.objs = append(f.objs, v); return nil })
	}
	return nil
}

// End lays out the values.
func (f *FormatWide) End(c *pipeline.Context) error {
	if len(f.objs) == 0 {
		return nil
	}
	var col pipeline.Column
	if f.Property != nil {
		cols, err := formatColumns(c, f.objs[0], []any{f.Property}, pipeline.WideView)
		if err != nil {
			return err
		}
		if len(cols) > 0 {
			col = cols[0]
		}
	} else if v, ok := c.Session().Views().Lookup(pipeline.TypeNames(f.objs[0]), pipeline.WideView); ok && len(v.Columns) > 0 {
		col = v.Columns[0]
	} else {
		col = format.DisplayNameColumn(f.objs[0])
	}
	n := f.Column
	if f.AutoSize {
		n = 0
	} else if n <= 0 {
		n = 2
	}
	return c.Emit(format.NewWideOutput(f.objs, col, n, c.Session().Width()))
}

var formatTableHelp = &pipeline.Help{
	Synopsis: "Formats the output as a table.",
	Description: "Format-Table lays out its input as a table: the properties given by -Property (wildcards and calculated properties " +
		"allowed), else the type's table view, else every property of the first object. Numbers align right, text left; values wider " +
		"than their column are cut with an ellipsis unless -Wrap. The output is formatted text for Out-Default, Out-String or Out-File.",
	Examples: []pipeline.Example{
		{Code: "[pscustomobject]@{Name='a'; Size=1} | Format-Table", Remarks: "A table with the columns Name and Size."},
		{Code: "Get-ChildItem | Format-Table Name, Length -AutoSize", Remarks: "File names and sizes."},
	},
}

var formatListHelp = &pipeline.Help{
	Synopsis: "Formats the output as a list of properties in which each property appears on a new line.",
	Description: "Format-List shows each object as lines of \"Name : Value\", names padded to the longest. -Property picks the " +
		"properties (wildcards and * allowed).",
	Examples: []pipeline.Example{
		{Code: "[pscustomobject]@{Name='a'; Size=1} | Format-List", Remarks: "Two lines: Name : a and Size : 1."},
		{Code: "Get-Item . | Format-List *", Remarks: "Every property of the current directory."},
	},
}

var formatWideHelp = &pipeline.Help{
	Synopsis:    "Formats objects as a wide table that displays only one property of each object.",
	Description: "Format-Wide shows one property of each object (by default its name), in -Column columns (2 by default).",
	Examples: []pipeline.Example{
		{Code: "Get-ChildItem | Format-Wide -Column 4", Remarks: "File names in four columns."},
	},
}

// isScalar reports whether v is a number, string or Boolean, which
// Format-Table shows as its text.
func isScalar(v any) bool {
	switch reflect.ValueOf(v).Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64, reflect.String:
		return true
	}
	return false
}
