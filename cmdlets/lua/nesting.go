package lua

import "fmt"

// maxLuaNesting is how deeply a Lua chunk may nest brackets, blocks and
// unary operators: Lua's own parser stops at 200 C levels
// (LUAI_MAXCCALLS); gopher-lua's recurses without a bound, so a chunk like
// "return " .. ("{"):rep(1e6) would overflow the Go stack, which kills the
// process. checkNesting refuses such a chunk before gopher-lua sees it.
const maxLuaNesting = 200

// nestingMsg is the error for a chunk nested too deeply.
var nestingMsg = fmt.Sprintf("chunk has too many syntax levels: psh allows at most %d levels of brackets, blocks and unary operators", maxLuaNesting)

// checkNesting scans Lua source (skipping strings and comments) and
// returns the line of the first place nested deeper than maxLuaNesting,
// or 0.
func checkNesting(src string) int {
	depth, run, line := 0, 0, 1
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '\n':
			line++
			continue
		case c == ' ' || c == '\t' || c == '\r':
			continue
		case c == '-' && i+1 < len(src) && src[i+1] == '-': // comment
			i += 2
			if n := longBracket(src, i); n >= 0 {
				i = skipLong(src, i, n, &line)
			} else {
				for i < len(src) && src[i] != '\n' {
					i++
				}
				i--
			}
			continue
		case c == '"' || c == '\'':
			for i++; i < len(src) && src[i] != c && src[i] != '\n'; i++ {
				if src[i] == '\\' {
					if i+1 < len(src) && src[i+1] == '\n' {
						line++
					}
					i++
				}
			}
			run = 0
			continue
		case c == '[' && longBracket(src, i) >= 0:
			i = skipLong(src, i, longBracket(src, i), &line)
			run = 0
			continue
		case c == '(' || c == '{' || c == '[':
			depth += run + 1
			run = 0
		case c == ')' || c == '}' || c == ']':
			depth--
			run = 0
			continue
		case c == '-' || c == '#':
			run++
		case isLuaIdentStart(c):
			j := i
			for j < len(src) && (isLuaIdentStart(src[j]) || src[j] >= '0' && src[j] <= '9') {
				j++
			}
			switch src[i:j] {
			case "function", "do", "if", "repeat":
				depth += run + 1
				run = 0
			case "end", "until":
				depth--
				run = 0
			case "not":
				run++
			default:
				run = 0
			}
			i = j - 1
		default:
			run = 0
			continue
		}
		if depth+run > maxLuaNesting {
			return line
		}
	}
	return 0
}

func isLuaIdentStart(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// longBracket returns the level of a long bracket ([[, [=[, ...) opening at
// i, or -1.
func longBracket(src string, i int) int {
	if i >= len(src) || src[i] != '[' {
		return -1
	}
	n := 0
	for j := i + 1; j < len(src); j++ {
		switch src[j] {
		case '=':
			n++
		case '[':
			return n
		default:
			return -1
		}
	}
	return -1
}

// skipLong returns the index of the last byte of the long string or
// comment of level n opening at i (the end of src if it is not closed).
func skipLong(src string, i, n int, line *int) int {
	for j := i + n + 2; j < len(src); j++ {
		switch src[j] {
		case '\n':
			*line++
		case ']':
			k := j + 1
			for k < len(src) && src[k] == '=' {
				k++
			}
			if k-j-1 == n && k < len(src) && src[k] == ']' {
				return k
			}
		}
	}
	return len(src) - 1
}
