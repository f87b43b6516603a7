package core

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// csvReader parses CSV text into PSObjects, as Import-Csv and
// ConvertFrom-Csv do: the first record (or -Header) names the properties,
// "#TYPE" lines are skipped, missing fields are $null.
type csvReader struct {
	header []string
	delim  rune
}

func (cr *csvReader) read(c *pipeline.Context, r io.Reader, source string) error {
	br := bufio.NewReaderSize(r, 64*1024)
	// Skip a leading #TYPE line.
	if b, err := br.Peek(5); err == nil && string(b) == "#TYPE" {
		if _, err := br.ReadString('\n'); err != nil && err != io.EOF {
			return err
		}
	}
	rd := csv.NewReader(br)
	rd.Comma = cr.delim
	rd.FieldsPerRecord = -1
	rd.LazyQuotes = true
	rd.ReuseRecord = true
	header := cr.header
	for {
		rec, err := rd.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			var pe *csv.ParseError
			msg := err.Error()
			if errors.As(err, &pe) {
				msg = fmt.Sprintf("%s line %d, column %d: %v", source, pe.Line, pe.Column, pe.Err)
			}
			c.WriteError(pipeline.NewError(errors.New(msg), "CsvParseError", pipeline.InvalidData, source))
			return nil
		}
		if header == nil {
			header = make([]string, len(rec))
			seen := map[string]bool{}
			for i, h := range rec {
				if h == "" {
					h = fmt.Sprintf("H%d", i+1)
				}
				if seen[strings.ToLower(h)] {
					return pipeline.NewError(fmt.Errorf("The member \"%s\" is already present.", h), "AlreadyPresentPSMemberInfoInternalCollectionAdd", pipeline.InvalidData, source)
				}
				seen[strings.ToLower(h)] = true
				header[i] = h
			}
			cr.header = header
			continue
		}
		o := pipeline.NewPSObject()
		for i, h := range header {
			var v any
			if i < len(rec) {
				v = strings.Clone(rec[i])
			}
			o.Add(h, v)
		}
		if err := c.Emit(o); err != nil {
			return err
		}
	}
}

func delimiterOf(s string) (rune, error) {
	if s == "" {
		return ',', nil
	}
	r := []rune(s)
	if len(r) != 1 {
		return 0, fmt.Errorf("Cannot process argument transformation on parameter 'Delimiter'. Cannot convert value \"%s\" to type \"System.Char\". Error: \"String must be exactly one character long.\"", s)
	}
	return r[0], nil
}

// ImportCsv is Import-Csv (ipcsv): objects from a CSV file.
type ImportCsv struct {
	Path        []string        `param:"Position=0,ValueFromPipeline,ValueFromPipelineByPropertyName,Alias=FullName" help:"The CSV files to read."`
	LiteralPath []string        `param:"Alias=PSPath|LP" help:"The CSV files, taken literally."`
	Delimiter   string          `param:"Position=1" help:"The field separator (default a comma)."`
	Header      []string        `param:"" help:"Property names to use instead of the file's first line (which is then read as data)."`
	Encoding    string          `param:"" help:"The file's text encoding."`
	UseCulture  pipeline.Switch `param:"" help:"Accepted for compatibility; the separator stays a comma."`
}

// Process reads each file.
func (im *ImportCsv) Process(c *pipeline.Context) error {
	d, err := delimiterOf(im.Delimiter)
	if err != nil {
		return err
	}
	paths, literal := im.Path, false
	if len(im.LiteralPath) > 0 {
		paths, literal = im.LiteralPath, true
	}
	for _, p := range paths {
		files, err := resolvePaths(c, p, literal, true)
		if err != nil {
			c.WriteError(err)
			continue
		}
		for _, f := range files {
			var r io.Reader
			if im.Encoding != "" && !strings.EqualFold(im.Encoding, "utf8") {
				b, err := os.ReadFile(f)
				if err != nil {
					c.WriteError(ioError(err, "ImportCsvIOError", f))
					continue
				}
				r = strings.NewReader(decodeText(b, im.Encoding))
			} else {
				fh, err := os.Open(f)
				if err != nil {
					c.WriteError(ioError(err, "ImportCsvIOError", f))
					continue
				}
				defer fh.Close()
				br := bufio.NewReader(fh)
				if b, _ := br.Peek(3); len(b) == 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
					_, _ = br.Discard(3)
				}
				r = br
			}
			cr := &csvReader{header: im.Header, delim: d}
			if err := cr.read(c, r, f); err != nil {
				return err
			}
		}
	}
	return nil
}

// ConvertFromCsv is ConvertFrom-Csv: objects from CSV strings.
type ConvertFromCsv struct {
	InputObject any      `param:"Position=0,Mandatory,ValueFromPipeline" help:"The CSV lines."`
	Delimiter   string   `param:"Position=1" help:"The field separator (default a comma)."`
	Header      []string `param:"" help:"Property names to use instead of the first line."`

	b strings.Builder
}

// Process collects the text.
func (cf *ConvertFromCsv) Process(c *pipeline.Context) error {
	return pipeline.Enumerate(cf.InputObject, func(v any) error {
		cf.b.WriteString(pipeline.ToString(v))
		cf.b.WriteByte('\n')
		return nil
	})
}

// End parses the collected text.
func (cf *ConvertFromCsv) End(c *pipeline.Context) error {
	d, err := delimiterOf(cf.Delimiter)
	if err != nil {
		return err
	}
	cr := &csvReader{header: cf.Header, delim: d}
	return cr.read(c, strings.NewReader(cf.b.String()), "InputObject")
}
