package core

import (
	"errors"
	"io/fs"
	"os"
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// GetContent is Get-Content (gc, cat, type): the lines of a file.
type GetContent struct {
	Path        []string        `param:"Position=0,ValueFromPipelineByPropertyName,Set=Path" help:"The files to read (wildcards allowed)."`
	LiteralPath []string        `param:"ValueFromPipelineByPropertyName,Alias=PSPath|LP,Set=LiteralPath" help:"The files to read, taken literally."`
	TotalCount  int             `param:"Alias=First|Head" help:"Read only the first N lines."`
	Tail        int             `param:"Alias=Last" help:"Read only the last N lines."`
	Raw         pipeline.Switch `param:"" help:"Output the whole file as one string, line breaks kept."`
	Encoding    string          `param:"" help:"The text encoding (utf8, utf8BOM, ascii, unicode, bigendianunicode, utf32, latin1)."`
	Delimiter   string          `param:"" help:"Split the file at this string instead of at line breaks (the delimiter stays at the end of each part)."`
	ReadCount   int             `param:"" help:"Accepted for compatibility; lines are always sent one at a time."`
}

// Process reads each file.
func (g *GetContent) Process(c *pipeline.Context) error {
	if err := checkEncoding(g.Encoding); err != nil {
		return err
	}
	paths, literal := g.Path, false
	if len(g.LiteralPath) > 0 {
		paths, literal = g.LiteralPath, true
	}
	for _, p := range paths {
		if dp, ok := parseDrivePath(p); ok {
			if err := g.readDrive(c, dp, literal); err != nil {
				return err
			}
			continue
		}
		files, err := resolvePaths(c, p, literal, true)
		if err != nil {
			c.WriteError(err)
			continue
		}
		for _, f := range files {
			if err := g.read(c, f); err != nil {
				return err
			}
		}
	}
	return nil
}

// readDrive outputs the content of drive items: an environment
// variable's or a variable's value (an array one element at a time), a
// function's script block, an alias's definition.
func (g *GetContent) readDrive(c *pipeline.Context, dp drivePath, literal bool) error {
	if c.IsBound("Tail") {
		return pipeline.Errorf("TailNotSupported", pipeline.InvalidOperation, dp.qualified(),
			"The Tail parameter currently is supported only for the FileSystem provider.")
	}
	if dp.name == "" {
		return nil
	}
	items, found := dp.resolve(c.Session(), literal)
	if !found {
		c.WriteError(errPathNotFound(dp.qualified()))
		return nil
	}
	for _, it := range items {
		v := dp.d.content(c.Session(), it)
		vals, ok := v.([]any)
		if !ok {
			vals = []any{v}
		}
		if c.IsBound("TotalCount") && g.TotalCount >= 0 && g.TotalCount < len(vals) {
			vals = vals[:g.TotalCount]
		}
		for _, x := range vals {
			if err := c.Emit(x); err != nil {
				return err
			}
		}
	}
	return nil
}

func (g *GetContent) read(c *pipeline.Context, path string) error {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		c.WriteError(pipeline.Errorf("GetContentReaderUnauthorizedAccessError", pipeline.PermissionDenied, path,
			"Access to the path '%s' is denied.", path))
		return nil
	}
	if g.streams(c) {
		f, err := os.Open(path)
		if err != nil {
			c.WriteError(ioError(err, "GetContentReaderIOError", path))
			return nil
		}
		done, err := g.streamLines(c, f)
		f.Close()
		if done || err != nil {
			return err
		}
	}
	b, err := g.readBounded(c, path)
	if err != nil {
		if errors.Is(err, pipeline.ErrLimitExceeded) || pipeline.IsPipelineStopped(err) {
			return err
		}
		c.WriteError(ioError(err, "GetContentReaderIOError", path))
		return nil
	}
	text := decodeText(b, g.Encoding)
	if g.Raw {
		if text == "" {
			return nil
		}
		return c.Emit(text)
	}
	var parts []string
	if g.Delimiter != "" {
		parts = strings.SplitAfter(text, g.Delimiter)
		if len(parts) > 0 && parts[len(parts)-1] == "" {
			parts = parts[:len(parts)-1]
		}
	} else {
		parts = splitLines(text)
	}
	if c.IsBound("TotalCount") && g.TotalCount >= 0 && g.TotalCount < len(parts) {
		parts = parts[:g.TotalCount]
	}
	if c.IsBound("Tail") && g.Tail >= 0 && g.Tail < len(parts) {
		parts = parts[len(parts)-g.Tail:]
	}
	for _, l := range parts {
		if err := c.Emit(l); err != nil {
			return err
		}
	}
	return nil
}

// splitLines splits text at \n, \r\n or \r; a final line break does not
// start another line.
func splitLines(text string) []string {
	if text == "" {
		return nil
	}
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			out = append(out, text[start:i])
			start = i + 1
		case '\r':
			out = append(out, text[start:i])
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			start = i + 1
		}
	}
	if start < len(text) {
		out = append(out, text[start:])
	}
	return out
}

// SetContent is Set-Content: it replaces a file's content with the values
// given, one line each.
type SetContent struct {
	Path        []string        `param:"Position=0,ValueFromPipelineByPropertyName,Set=Path" help:"The files to write."`
	LiteralPath []string        `param:"ValueFromPipelineByPropertyName,Alias=PSPath|LP,Set=LiteralPath" help:"The files to write, taken literally."`
	Value       any             `param:"Position=1,ValueFromPipeline" help:"The content: each value becomes a line."`
	NoNewline   pipeline.Switch `param:"" help:"Write the values without line breaks."`
	Encoding    string          `param:"" help:"The text encoding (default UTF-8 without a byte-order mark)."`
	Force       pipeline.Switch `param:"" help:"Accepted for compatibility."`
	PassThru    pipeline.Switch `param:"" help:"Output the written values."`

	appendMode bool
	values     []any
	any_       bool
}

// SupportsShouldProcess adds -WhatIf and -Confirm.
func (*SetContent) SupportsShouldProcess() bool { return true }

// Process collects the values.
func (s *SetContent) Process(c *pipeline.Context) error {
	if err := checkEncoding(s.Encoding); err != nil {
		return err
	}
	if s.Value != nil || c.IsBound("Value") {
		s.any_ = true
		_ = pipeline.Enumerate(s.Value, func(v any) error { s.values = append(s.values, v); return nil })
	}
	return nil
}

// End writes the files.
func (s *SetContent) End(c *pipeline.Context) error {
	var b strings.Builder
	for _, v := range s.values {
		b.WriteString(pipeline.ToString(v))
		if !s.NoNewline {
			b.WriteByte('\n')
		}
	}
	paths, literal := s.Path, false
	if len(s.LiteralPath) > 0 {
		paths, literal = s.LiteralPath, true
	}
	action := "Set Content"
	if s.appendMode {
		action = "Add Content"
	}
	for _, p := range paths {
		if dp, ok := parseDrivePath(p); ok {
			s.writeDrive(c, dp, literal, action)
			continue
		}
		files, err := resolvePaths(c, p, literal, false)
		if err != nil {
			c.WriteError(err)
			continue
		}
		for _, f := range files {
			if !c.ShouldProcess("Path: "+f, action) {
				continue
			}
			if err := writeText(f, b.String(), s.Encoding, s.appendMode); err != nil {
				c.WriteError(ioError(err, "SetContentWriterIOError", f))
			}
		}
	}
	if s.PassThru {
		for _, v := range s.values {
			if err := c.Emit(v); err != nil {
				return err
			}
		}
	}
	return nil
}

// writeDrive sets drive items to the values (one value as itself, several
// as an array). Like PowerShell's session-state providers, Add-Content
// replaces the value too.
func (s *SetContent) writeDrive(c *pipeline.Context, dp drivePath, literal bool, action string) {
	var value any = s.values
	if len(s.values) == 1 {
		value = s.values[0]
	}
	for _, n := range dp.targets(c.Session(), literal) {
		if n == "" {
			c.WriteError(errModifyDriveRoot(dp))
			continue
		}
		if !c.ShouldProcess("Path: "+dp.d.name+":/"+n, action) {
			continue
		}
		if err := dp.d.set(c.Session(), n, value); err != nil {
			c.WriteError(pipeline.AsErrorRecord(err))
		}
	}
}

// writeText writes or appends text to path.
func writeText(path, text, enc string, appendMode bool) error {
	flags := os.O_CREATE | os.O_WRONLY | os.O_TRUNC
	bom := true
	if appendMode {
		flags = os.O_CREATE | os.O_WRONLY | os.O_APPEND
		if st, err := os.Stat(path); err == nil && st.Size() > 0 {
			bom = false
		}
	}
	f, err := os.OpenFile(path, flags, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(encodeText(text, enc, bom)); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// AddContent is Add-Content: it appends the values to a file.
type AddContent struct {
	SetContent
}

// Process collects the values.
func (a *AddContent) Process(c *pipeline.Context) error {
	a.appendMode = true
	return a.SetContent.Process(c)
}

// ClearContent is Clear-Content: it empties files, keeping them.
type ClearContent struct {
	Path        []string `param:"Position=0,Mandatory,ValueFromPipelineByPropertyName,Set=Path" help:"The files to empty."`
	LiteralPath []string `param:"Mandatory,ValueFromPipelineByPropertyName,Alias=PSPath|LP,Set=LiteralPath" help:"The items, taken literally: no wildcards (what a piped item binds to, by its PSPath)."`
}

// SupportsShouldProcess adds -WhatIf and -Confirm.
func (*ClearContent) SupportsShouldProcess() bool { return true }

// Process empties each file.
func (cc *ClearContent) Process(c *pipeline.Context) error {
	paths, literal := pathsOf(cc.Path, cc.LiteralPath)
	return forEachPath(c, paths, literal, func(dp drivePath) error { clearDrive(c, dp); return nil },
		func(f string, _ fs.FileInfo) error {
			if c.ShouldProcess("Item: "+f, "Clear Content") {
				if err := os.Truncate(f, 0); err != nil {
					c.WriteError(ioError(err, "ClearContentIOError", f))
				}
			}
			return nil
		})
}

// clearDrive is Clear-Content on drive items: their value becomes $null
// (which removes an environment variable).
func clearDrive(c *pipeline.Context, dp drivePath) {
	forDriveItems(c, dp, errModifyDriveRoot, "Clear Content", func(name string) error {
		return dp.d.set(c.Session(), name, nil)
	})
}

var getContentHelp = &pipeline.Help{
	Synopsis: "Gets the content of the item at the specified location.",
	Description: "Get-Content outputs the lines of a text file, one string per line, without line terminators. -Raw outputs the " +
		"whole file as one string; -TotalCount and -Tail read the first or last lines; -Delimiter splits at another string.",
	Examples: []pipeline.Example{
		{Code: "Get-Content notes.txt -TotalCount 5", Remarks: "The first five lines of notes.txt."},
		{Code: "Get-Content data.json -Raw | ConvertFrom-Json", Remarks: "Reads a JSON file into objects."},
	},
}

var setContentHelp = &pipeline.Help{
	Synopsis:    "Writes new content or replaces existing content in a file.",
	Description: "Set-Content writes each value as a line (UTF-8, no byte-order mark, \\n line ends), replacing the file's content.",
	Examples: []pipeline.Example{
		{Code: "Set-Content notes.txt 'first line'", Remarks: "notes.txt holds one line."},
		{Code: "1..3 | Set-Content numbers.txt", Remarks: "Three lines: 1, 2, 3."},
	},
}

var addContentHelp = &pipeline.Help{
	Synopsis:    "Adds content to the specified items, such as adding words to a file.",
	Description: "Add-Content appends each value as a line to the file, creating it when it does not exist.",
	Examples:    []pipeline.Example{{Code: "Add-Content log.txt 'done'", Remarks: "Appends a line."}},
}

var clearContentHelp = &pipeline.Help{
	Synopsis:    "Deletes the contents of an item, but does not delete the item.",
	Description: "Clear-Content empties the files, which stay in place.",
	Examples:    []pipeline.Example{{Code: "Clear-Content log.txt", Remarks: "log.txt is now empty."}},
}
