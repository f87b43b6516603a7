package core

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/psh-project/psh/pipeline"
)

// MatchInfo is one Select-String match.
type MatchInfo struct {
	Path       string
	Filename   string
	LineNumber int32
	Line       string
	Pattern    string
	Matches    []any
	Context    *MatchContext

	dir string // the location when it was found, for relative display paths
}

// MatchContext holds the lines around a match (-Context).
type MatchContext struct {
	PreContext  []string
	PostContext []string
}

// PSTypeNames names the type.
func (m *MatchInfo) PSTypeNames() []string {
	return []string{"Microsoft.PowerShell.Commands.MatchInfo", "System.Object"}
}

// String is PowerShell's display: "file:line:text" for files, the line for
// piped strings, with context lines marked.
func (m *MatchInfo) String() string {
	prefix := ""
	if m.Path != "InputStream" {
		prefix = relativeTo(m.dir, m.Path) + ":"
	}
	line := func(n int32, s, mark string) string {
		if prefix == "" {
			return mark + s
		}
		return mark + prefix + itoa32(n) + ":" + s
	}
	if m.Context == nil {
		if prefix == "" {
			return m.Line
		}
		return prefix + itoa32(m.LineNumber) + ":" + m.Line
	}
	var parts []string
	n := m.LineNumber - int32(len(m.Context.PreContext))
	for _, l := range m.Context.PreContext {
		parts = append(parts, line(n, l, "  "))
		n++
	}
	parts = append(parts, line(m.LineNumber, m.Line, "> "))
	n = m.LineNumber + 1
	for _, l := range m.Context.PostContext {
		parts = append(parts, line(n, l, "  "))
		n++
	}
	return strings.Join(parts, "\n")
}

func itoa32(n int32) string { return pipeline.ToString(n) }

// SelectString is Select-String (sls): lines matching a pattern.
type SelectString struct {
	InputObject   any             `param:"ValueFromPipeline" help:"Text to search."`
	Pattern       []string        `param:"Position=0,Mandatory" help:"Regular expressions (or, with -SimpleMatch, plain text) to find."`
	Path          []string        `param:"Position=1,ValueFromPipelineByPropertyName,Alias=FullName" help:"Files to search (wildcards allowed)."`
	SimpleMatch   pipeline.Switch `param:"" help:"Treat the patterns as plain text."`
	CaseSensitive pipeline.Switch `param:"" help:"Match case-sensitively."`
	NotMatch      pipeline.Switch `param:"" help:"Output the lines that do not match."`
	AllMatches    pipeline.Switch `param:"" help:"Find every match on a line, not just the first."`
	Context       []int           `param:"" help:"Lines of context before and after each match (one number for both)."`
	Quiet         pipeline.Switch `param:"" help:"Output only True or False."`
	List          pipeline.Switch `param:"" help:"Only the first match per file."`
	Raw           pipeline.Switch `param:"" help:"Output the matching lines as strings."`

	res     []*regexp.Regexp
	found   bool
	records int32 // piped strings seen: their LineNumber
	// For piped strings with -Context.
	lines []string
}

func (s *SelectString) setup() error {
	if s.res != nil {
		return nil
	}
	for _, p := range s.Pattern {
		if s.SimpleMatch {
			p = regexp.QuoteMeta(p)
		}
		re, err := pipeline.CompileRegex(p, bool(s.CaseSensitive))
		if err != nil {
			return pipeline.NewError(err, "InvalidRegex", pipeline.InvalidArgument, p)
		}
		s.res = append(s.res, re)
	}
	return nil
}

// Process searches piped text or files.
func (s *SelectString) Process(c *pipeline.Context) error {
	if err := s.setup(); err != nil {
		return err
	}
	if len(s.Path) > 0 && !(c.IsBound("InputObject") && !isFileInput(s.InputObject)) {
		for _, p := range s.Path {
			files, err := resolvePaths(c, p, false, true)
			if err != nil {
				c.WriteError(err)
				continue
			}
			for _, f := range files {
				b, err := os.ReadFile(f)
				if err != nil {
					c.WriteError(ioError(err, "FileReadError", f))
					continue
				}
				if err := s.search(c, splitLines(decodeText(b, "")), f); err != nil {
					return err
				}
			}
		}
		return nil
	}
	in, ok := inputOf(c, s.InputObject)
	if !ok || in == nil {
		return nil
	}
	s.lines = append(s.lines, pipeline.ToString(in))
	s.records++
	if len(s.Context) == 0 {
		lines := s.lines
		s.lines = nil
		return s.searchFrom(c, lines, "InputStream", s.records-1)
	}
	return nil
}

func isFileInput(v any) bool { _, ok := v.(*FileItem); return ok }

// End searches text collected for -Context and answers -Quiet.
func (s *SelectString) End(c *pipeline.Context) error {
	if len(s.lines) > 0 {
		if err := s.search(c, s.lines, "InputStream"); err != nil {
			return err
		}
	}
	if s.Quiet {
		return c.Emit(s.found)
	}
	return nil
}

func (s *SelectString) search(c *pipeline.Context, lines []string, path string) error {
	return s.searchFrom(c, lines, path, 0)
}

func (s *SelectString) searchFrom(c *pipeline.Context, lines []string, path string, base int32) error {
	pre, post := 0, 0
	if len(s.Context) > 0 {
		pre, post = s.Context[0], s.Context[0]
		if len(s.Context) > 1 {
			post = s.Context[1]
		}
	}
	for i, l := range lines {
		var matches []any
		var pat string
		for k, re := range s.res {
			locs := re.FindAllStringSubmatchIndex(l, map[bool]int{true: -1, false: 1}[bool(s.AllMatches)])
			if len(locs) > 0 {
				pat = s.Pattern[k]
				for _, m := range locs {
					matches = append(matches, regexMatch(re, l, m))
				}
				break
			}
		}
		hit := len(matches) > 0
		if bool(s.NotMatch) == hit {
			continue
		}
		s.found = true
		if s.Quiet {
			continue
		}
		if s.Raw {
			if err := c.Emit(l); err != nil {
				return err
			}
			continue
		}
		if pat == "" && len(s.Pattern) > 0 {
			pat = s.Pattern[0]
		}
		mi := &MatchInfo{Path: path, dir: c.Session().Dir(), Filename: path, LineNumber: base + int32(i) + 1, Line: l, Pattern: pat, Matches: matches}
		if path != "InputStream" {
			mi.Filename = path[strings.LastIndexByte(path, '/')+1:]
		}
		if len(s.Context) > 0 {
			mi.Context = &MatchContext{PreContext: lines[max(0, i-pre):i], PostContext: lines[i+1 : min(len(lines), i+1+post)]}
		}
		if err := c.Emit(mi); err != nil {
			return err
		}
		if s.List {
			return nil
		}
	}
	return nil
}

// regexMatch builds the Match object for one submatch index list.
func regexMatch(re *regexp.Regexp, line string, m []int) *pipeline.RegexMatch {
	out := &pipeline.RegexMatch{Success: true, Name: "0"}
	names := re.SubexpNames()
	for g := 0; 2*g+1 < len(m); g++ {
		grp := &pipeline.RegexGroup{Name: names[g]}
		if grp.Name == "" {
			grp.Name = itoa32(int32(g))
		}
		if m[2*g] >= 0 {
			grp.Success = true
			grp.Value = line[m[2*g]:m[2*g+1]]
			grp.Index = int32(utf8.RuneCountInString(line[:m[2*g]]))
			grp.Length = int32(utf8.RuneCountInString(grp.Value))
		}
		out.Groups = append(out.Groups, grp)
	}
	g0 := out.Groups[0].(*pipeline.RegexGroup)
	out.Value, out.Index, out.Length = g0.Value, g0.Index, g0.Length
	return out
}

// relativeTo returns path relative to dir when it lies below dir, as
// PowerShell shows MatchInfo paths; otherwise path itself.
func relativeTo(dir, path string) string {
	if dir == "" {
		return path
	}
	rel, err := filepath.Rel(dir, path)
	if err != nil || strings.HasPrefix(rel, "..") {
		return path
	}
	return rel
}

// displayValue is what the core output cmdlets hand the formatter for v: a
// MatchInfo shows as its string ("file:line:text", or the line), as
// PowerShell's MatchInfo view does; anything else is itself.
func displayValue(v any) any {
	if m, ok := v.(*MatchInfo); ok {
		return m.String()
	}
	return v
}

// DisplayText makes Out-Default show a match as PowerShell's MatchInfo view
// does: "file:line:text", or the line for piped strings.
func (m *MatchInfo) DisplayText() string { return m.String() }
