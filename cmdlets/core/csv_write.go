package core

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"os"
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// csvWriter turns objects into CSV lines: the first object's properties
// are the columns; PowerShell 7 quotes every field unless -UseQuotes says
// otherwise.
type csvWriter struct {
	delim     rune
	quotes    string // Always, AsNeeded, Never
	quoteCols map[string]bool
	typeInfo  bool
	cols      []string
	buf       []byte
}

func (w *csvWriter) field(b []byte, s, col string) []byte {
	quote := true
	switch strings.ToLower(w.quotes) {
	case "never":
		quote = false
	case "asneeded":
		quote = strings.ContainsRune(s, w.delim) || strings.ContainsAny(s, "\"\r\n")
	}
	if w.quoteCols != nil {
		quote = w.quoteCols[strings.ToLower(col)]
	}
	if !quote {
		return append(b, s...)
	}
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		if s[i] == '"' {
			b = append(b, '"')
		}
		b = append(b, s[i])
	}
	return append(b, '"')
}

// header returns the header lines for the first object.
func (w *csvWriter) header(first any) []string {
	var lines []string
	if w.cols == nil {
		w.cols = pipeline.PropertyNames(first)
		if h, ok := first.(*pipeline.Hashtable); ok {
			for _, k := range h.Keys() {
				w.cols = append(w.cols, pipeline.ToString(k))
			}
		}
	}
	if w.typeInfo {
		if tn := pipeline.TypeNames(first); len(tn) > 0 {
			lines = append(lines, "#TYPE "+tn[0])
		}
	}
	b := w.buf[:0]
	for i, c := range w.cols {
		if i > 0 {
			b = append(b, string(w.delim)...)
		}
		b = w.field(b, c, c)
	}
	w.buf = b
	return append(lines, string(b))
}

// row returns one object's line.
func (w *csvWriter) row(o any) string {
	b := w.buf[:0]
	for i, c := range w.cols {
		if i > 0 {
			b = append(b, string(w.delim)...)
		}
		v, _ := pipeline.GetProperty(o, c)
		s := ""
		if v != nil {
			if pipeline.IsEnumerable(v) {
				s = pipeline.TypeName(v)
			} else {
				s = pipeline.ToString(v)
			}
		}
		b = w.field(b, s, c)
	}
	w.buf = b
	return string(b)
}

func newCSVWriter(delim string, useQuotes string, quoteFields []string, typeInfo bool) (*csvWriter, error) {
	d, err := delimiterOf(delim)
	if err != nil {
		return nil, err
	}
	w := &csvWriter{delim: d, quotes: useQuotes, typeInfo: typeInfo}
	if len(quoteFields) > 0 {
		w.quoteCols = map[string]bool{}
		for _, f := range quoteFields {
			w.quoteCols[strings.ToLower(f)] = true
		}
	}
	return w, nil
}

// ConvertToCsv is ConvertTo-Csv: CSV lines from objects.
type ConvertToCsv struct {
	InputObject            any             `param:"Position=0,Mandatory,ValueFromPipeline" help:"The objects to convert."`
	Delimiter              string          `param:"Position=1" help:"The field separator (default a comma)."`
	NoTypeInformation      pipeline.Switch `param:"Alias=NTI" help:"Leave out the #TYPE line (the default)."`
	IncludeTypeInformation pipeline.Switch `param:"Alias=ITI" help:"Start with a #TYPE line naming the first object's type."`
	UseQuotes              string          `param:"ValidateSet=Always|AsNeeded|Never" help:"When to quote fields: Always (default), AsNeeded or Never."`
	QuoteFields            []string        `param:"Alias=QF" help:"Quote only these columns."`
	NoHeader               pipeline.Switch `param:"" help:"Leave out the header line."`

	w *csvWriter
}

// Process converts one object.
func (ct *ConvertToCsv) Process(c *pipeline.Context) error {
	if ct.w == nil {
		w, err := newCSVWriter(ct.Delimiter, ct.UseQuotes, ct.QuoteFields, bool(ct.IncludeTypeInformation))
		if err != nil {
			return err
		}
		ct.w = w
		if !ct.NoHeader {
			for _, l := range w.header(ct.InputObject) {
				if err := c.Emit(l); err != nil {
					return err
				}
			}
		} else {
			w.header(ct.InputObject)
		}
	}
	return c.Emit(ct.w.row(ct.InputObject))
}

// ExportCsv is Export-Csv (epcsv): objects to a CSV file.
type ExportCsv struct {
	InputObject            any             `param:"ValueFromPipeline,Mandatory" help:"The objects to export."`
	Path                   string          `param:"Position=0" help:"The file to write."`
	LiteralPath            string          `param:"Alias=PSPath|LP" help:"The file to write, taken literally."`
	Delimiter              string          `param:"Position=1" help:"The field separator (default a comma)."`
	NoTypeInformation      pipeline.Switch `param:"Alias=NTI" help:"Leave out the #TYPE line (the default)."`
	IncludeTypeInformation pipeline.Switch `param:"Alias=ITI" help:"Start with a #TYPE line naming the first object's type."`
	Append                 pipeline.Switch `param:"" help:"Add rows to the end of an existing file, using its columns."`
	Encoding               string          `param:"" help:"The file's text encoding (default UTF-8 without a byte-order mark)."`
	UseQuotes              string          `param:"ValidateSet=Always|AsNeeded|Never" help:"When to quote fields: Always (default), AsNeeded or Never."`
	QuoteFields            []string        `param:"Alias=QF" help:"Quote only these columns."`
	Force                  pipeline.Switch `param:"" help:"With -Append, write rows even when their properties differ from the file's columns."`
	NoClobber              pipeline.Switch `param:"Alias=NoOverwrite" help:"Do not overwrite an existing file."`
	UseCulture             pipeline.Switch `param:"" help:"Accepted for compatibility."`

	w    *csvWriter
	f    *os.File
	bw   *bufio.Writer
	path string
	skip bool
}

// SupportsShouldProcess adds -WhatIf and -Confirm.
func (*ExportCsv) SupportsShouldProcess() bool { return true }

func (ex *ExportCsv) open(c *pipeline.Context, first any) error {
	p := ex.Path
	if ex.LiteralPath != "" {
		p = ex.LiteralPath
	}
	if p == "" {
		return pipeline.NewError(fmt.Errorf("Cannot process command because of one or more missing mandatory parameters: Path."),
			"MissingMandatoryParameter", pipeline.InvalidArgument, nil)
	}
	if err := needFiles(c); err != nil {
		return err
	}
	ex.path = c.Session().ResolvePath(p)
	w, err := newCSVWriter(ex.Delimiter, ex.UseQuotes, ex.QuoteFields, bool(ex.IncludeTypeInformation))
	if err != nil {
		return err
	}
	ex.w = w
	if !c.ShouldProcess(ex.path, "Export-Csv") {
		ex.skip = true
		return nil
	}
	flags := os.O_CREATE | os.O_WRONLY | os.O_TRUNC
	writeHeader := true
	if ex.Append {
		if cols := existingColumns(ex.path, w.delim); cols != nil {
			w.cols = cols
			writeHeader = false
		}
		flags = os.O_CREATE | os.O_WRONLY | os.O_APPEND
	} else if ex.NoClobber {
		if _, err := os.Stat(ex.path); err == nil {
			return pipeline.NewError(fmt.Errorf("The file '%s' already exists.", ex.path), "NoClobber", pipeline.ResourceExists, ex.path)
		}
	}
	f, err := os.OpenFile(ex.path, flags, 0o644)
	if err != nil {
		return ioError(err, "FileOpenFailure", ex.path)
	}
	ex.f, ex.bw = f, bufio.NewWriterSize(f, 64*1024)
	hdr := w.header(first)
	if writeHeader {
		for _, l := range hdr {
			ex.writeLine(l)
		}
	}
	return nil
}

func (ex *ExportCsv) writeLine(l string) {
	if ex.Encoding != "" {
		_, _ = ex.bw.Write(encodeText(l+"\n", ex.Encoding, false))
		return
	}
	_, _ = ex.bw.WriteString(l)
	_ = ex.bw.WriteByte('\n')
}

// existingColumns reads the header of an existing CSV file.
func existingColumns(path string, delim rune) []string {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	br := bufio.NewReader(f)
	r := csv.NewReader(br)
	r.Comma = delim
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	for {
		rec, err := r.Read()
		if err != nil {
			return nil
		}
		if len(rec) > 0 && strings.HasPrefix(rec[0], "#TYPE") {
			continue
		}
		return rec
	}
}

// Process writes one row.
func (ex *ExportCsv) Process(c *pipeline.Context) error {
	if ex.w == nil {
		if err := ex.open(c, ex.InputObject); err != nil {
			return err
		}
	}
	if ex.skip {
		return nil
	}
	ex.writeLine(ex.w.row(ex.InputObject))
	return nil
}

// End flushes and closes the file.
func (ex *ExportCsv) End(c *pipeline.Context) error {
	if ex.f == nil {
		return nil
	}
	err := ex.bw.Flush()
	if cerr := ex.f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return ioError(err, "FileWriteFailure", ex.path)
	}
	return nil
}

var importCsvHelp = &pipeline.Help{
	Synopsis: "Creates table-like custom objects from the items in a character-separated value (CSV) file.",
	Description: "Import-Csv reads a CSV file and outputs one object per record, its properties named by the header line " +
		"(or -Header). All values are strings; a missing field is $null.",
	Examples: []pipeline.Example{
		{Code: "Import-Csv users.csv | Where-Object Dept -eq 'Eng'", Remarks: "The engineering rows of users.csv."},
		{Code: "Import-Csv data.tsv -Delimiter \"`t\"", Remarks: "Reads a tab-separated file."},
	},
}

var exportCsvHelp = &pipeline.Help{
	Synopsis: "Converts objects into a series of character-separated value (CSV) strings and saves the strings to a file.",
	Description: "Export-Csv writes one line per object, with a header line from the first object's properties. Fields are " +
		"quoted unless -UseQuotes AsNeeded or Never. -Append adds rows under the existing file's columns.",
	Examples: []pipeline.Example{
		{Code: "Get-ChildItem | Select-Object Name, Length | Export-Csv files.csv", Remarks: "Saves file names and sizes."},
	},
}

var convertToCsvHelp = &pipeline.Help{
	Synopsis:    "Converts .NET objects into a series of character-separated value (CSV) strings.",
	Description: "ConvertTo-Csv outputs the header line and then one CSV line per object, as strings.",
	Examples:    []pipeline.Example{{Code: "[pscustomobject]@{a=1;b='x'} | ConvertTo-Csv", Remarks: "Outputs \"a\",\"b\" and \"1\",\"x\"."}},
}

var convertFromCsvHelp = &pipeline.Help{
	Synopsis:    "Converts object properties in character-separated value (CSV) format into CSV versions of the original objects.",
	Description: "ConvertFrom-Csv parses CSV strings (header first, unless -Header) into objects.",
	Examples:    []pipeline.Example{{Code: "'a,b', '1,2' | ConvertFrom-Csv", Remarks: "One object with a=1 and b=2."}},
}
