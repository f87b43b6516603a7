package pipeline

import (
	"regexp"
	"strings"
)

// Regex is a compiled .NET-style regular expression ([regex] values).
type Regex struct {
	re      *regexp.Regexp
	pattern string
}

// String returns the pattern, as [regex]'a+' prints it.
func (r *Regex) String() string { return r.pattern }

// Regexp returns the compiled Go expression.
func (r *Regex) Regexp() *regexp.Regexp { return r.re }

// NewRegex compiles a .NET pattern (case-insensitive unless caseSensitive).
func NewRegex(pattern string, caseSensitive bool) (*Regex, error) {
	re, err := CompileRegex(pattern, caseSensitive)
	if err != nil {
		return nil, err
	}
	return &Regex{re: re, pattern: pattern}, nil
}

// regexCache holds recently compiled regular expressions.
var regexCache patternCache[*regexp.Regexp]

// CompileRegex compiles a .NET regular expression for Go's RE2, translating
// the syntax that differs ((?<name>...) and (?'name'...) named groups, \Z),
// case-insensitive unless caseSensitive. Results are cached. Constructs RE2
// lacks (look-around, back-references) give an error.
func CompileRegex(pattern string, caseSensitive bool) (*regexp.Regexp, error) {
	return regexCache.get(pattern, caseSensitive, compileRegex)
}

// compileRegex is CompileRegex without the cache.
func compileRegex(pattern string, caseSensitive bool) (*regexp.Regexp, error) {
	src := translateRegex(pattern)
	if !caseSensitive {
		src = "(?i)" + src
	}
	re, err := regexp.Compile(src)
	if err != nil {
		return nil, &ValueError{ID: "InvalidRegularExpression", Message: "Invalid regular expression pattern: " +
			pattern + ". " + strings.TrimPrefix(err.Error(), "error parsing regexp: "), Err: err}
	}
	return re, nil
}

// translateRegex rewrites .NET-only syntax into RE2 syntax.
func translateRegex(p string) string {
	if !strings.Contains(p, "(?<") && !strings.Contains(p, "(?'") && !strings.Contains(p, `\Z`) {
		return p
	}
	var b strings.Builder
	inClass := false
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c == '\\' && i+1 < len(p):
			if p[i+1] == 'Z' && !inClass {
				b.WriteString(`(?:\n?\z)`)
			} else {
				b.WriteByte(c)
				b.WriteByte(p[i+1])
			}
			i++
			continue
		case c == '[' && !inClass:
			inClass = true
		case c == ']' && inClass:
			inClass = false
		case c == '(' && !inClass && strings.HasPrefix(p[i:], "(?<") && i+3 < len(p) && p[i+3] != '=' && p[i+3] != '!':
			b.WriteString("(?P<")
			i += 2
			continue
		case c == '(' && !inClass && strings.HasPrefix(p[i:], "(?'"):
			if j := strings.IndexByte(p[i+3:], '\''); j >= 0 {
				b.WriteString("(?P<" + p[i+3:i+3+j] + ">")
				i += 3 + j
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// EscapeRegex is [regex]::Escape.
func EscapeRegex(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\', '*', '+', '?', '|', '{', '[', '(', ')', '^', '$', '.', '#', ' ':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\t':
			b.WriteString(`\t`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\f':
			b.WriteString(`\f`)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// expandReplacement builds the replacement text for one match with .NET's
// substitutions: $N, ${N}, ${name}, $$, $&, $`, $', $_ ; anything else is
// literal.
func expandReplacement(b *strings.Builder, re *regexp.Regexp, repl, input string, m []int) {
	for i := 0; i < len(repl); i++ {
		c := repl[i]
		if c != '$' || i+1 >= len(repl) {
			b.WriteByte(c)
			continue
		}
		n := repl[i+1]
		switch {
		case n == '$':
			b.WriteByte('$')
			i++
		case n == '&':
			b.WriteString(input[m[0]:m[1]])
			i++
		case n == '`':
			b.WriteString(input[:m[0]])
			i++
		case n == '\'':
			b.WriteString(input[m[1]:])
			i++
		case n == '_':
			b.WriteString(input)
			i++
		case n >= '0' && n <= '9':
			j := i + 1
			g := 0
			for j < len(repl) && repl[j] >= '0' && repl[j] <= '9' && g*10+int(repl[j]-'0') < re.NumSubexp()+1 {
				g = g*10 + int(repl[j]-'0')
				j++
			}
			if j == i+1 {
				b.WriteByte(c)
				continue
			}
			writeGroup(b, input, m, g)
			i = j - 1
		case n == '{':
			end := strings.IndexByte(repl[i+2:], '}')
			if end < 0 {
				b.WriteByte(c)
				continue
			}
			name := repl[i+2 : i+2+end]
			g := groupIndex(re, name)
			if g < 0 {
				b.WriteByte(c)
				continue
			}
			writeGroup(b, input, m, g)
			i += 2 + end
		default:
			b.WriteByte(c)
		}
	}
}

func writeGroup(b *strings.Builder, input string, m []int, g int) {
	if 2*g+1 < len(m) && m[2*g] >= 0 {
		b.WriteString(input[m[2*g]:m[2*g+1]])
	}
}

// groupIndex resolves a group name or number; -1 if there is none.
func groupIndex(re *regexp.Regexp, name string) int {
	if isDigits(name) {
		n := 0
		for i := 0; i < len(name); i++ {
			n = n*10 + int(name[i]-'0')
			if n > re.NumSubexp() {
				return -1
			}
		}
		return n
	}
	return re.SubexpIndex(name)
}

// ReplaceRegex replaces every match of re in input by repl with .NET
// substitutions ($1, ${name}, $$, $0).
func ReplaceRegex(re *regexp.Regexp, input, repl string) string {
	ms := re.FindAllStringSubmatchIndex(input, -1)
	if ms == nil {
		return input
	}
	var b strings.Builder
	last := 0
	for _, m := range ms {
		b.WriteString(input[last:m[0]])
		expandReplacement(&b, re, repl, input, m)
		last = m[1]
	}
	b.WriteString(input[last:])
	return b.String()
}
