package interp

import (
	"bufio"
	"os"
	"strings"

	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/shell/syntax"
)

type switchClause struct {
	isDefault bool
	cond      *scriptBlockCond
	pattern   evalFn
	body      *block
}

type scriptBlockCond struct{ cb *compiledBlock }

func (c *compiler) switchStmt(s *syntax.SwitchStmt) execFn {
	var regex, wildcard, cs, file bool
	for _, o := range s.Options {
		switch strings.ToLower(strings.TrimPrefix(o, "-")) {
		case "regex", "r", "re", "reg", "rege":
			regex = true
		case "wildcard", "w", "wi", "wil", "wild":
			wildcard = true
		case "casesensitive", "c", "ca", "cas", "case":
			cs = true
		case "file", "f", "fi", "fil":
			file = true
		case "exact", "e", "ex", "exa", "exac":
			regex, wildcard = false, false
		}
	}
	var input evalFn
	if s.Input != nil {
		input = c.value(s.Input)
	} else if s.File != nil {
		input = c.postfix(s.File)
		file = true
	}
	var clauses []switchClause
	for _, cl := range s.Clauses {
		sc := switchClause{isDefault: cl.Default, body: c.body(cl.Body)}
		switch {
		case cl.Default:
		case cl.Word != "":
			w := cl.Word
			sc.pattern = func(*Interp) (any, error) { return w, nil }
		case cl.Pattern != nil:
			if sbe, ok := cl.Pattern.Primary.(*syntax.ScriptBlockExpr); ok && len(cl.Pattern.Suffixes) == 0 {
				sc.cond = &scriptBlockCond{cb: c.scriptBlockLiteral(sbe)}
			} else {
				sc.pattern = c.postfix(cl.Pattern)
			}
		}
		clauses = append(clauses, sc)
	}
	label := s.Label
	pos := c.src.pos(s.Pos, s.EndPos)
	return func(in *Interp, out func(any) error) error {
		v, err := input(in)
		if err != nil {
			return err
		}
		var items []any
		if file {
			lines, err := in.readLines(pipeline.ToString(v))
			if err != nil {
				return rtError(pos, err)
			}
			items = lines
		} else if pipeline.IsEnumerable(v) {
			items = pipeline.ToSlice(v)
		} else {
			items = []any{v}
		}
		under := in.cur.underVar()
		old := under.value
		defer func() { under.value = old }()
		for _, item := range items {
			under.value = item
			matched := false
			stop := false
			for _, cl := range clauses {
				if cl.isDefault {
					continue
				}
				ok, err := in.switchMatch(cl, item, regex, wildcard, cs)
				if err != nil {
					return err
				}
				if !ok {
					continue
				}
				matched = true
				under.value = item
				if err := cl.body.run(in, out); err != nil {
					brk, cont, err := loopSignal(err, label)
					if err != nil {
						return err
					}
					if brk {
						return nil
					}
					if cont {
						stop = true
						break
					}
				}
			}
			if stop || matched {
				continue
			}
			for _, cl := range clauses {
				if !cl.isDefault {
					continue
				}
				if err := cl.body.run(in, out); err != nil {
					brk, _, err := loopSignal(err, label)
					if err != nil {
						return err
					}
					if brk {
						return nil
					}
				}
			}
		}
		return nil
	}
}

func (in *Interp) switchMatch(cl switchClause, item any, regex, wildcard, cs bool) (bool, error) {
	if cl.cond != nil {
		sb := cl.cond.cb.bind(in)
		var out []any
		err := sb.InvokeWith(in.ctx, pipeline.InvokeOptions{Input: item, HasInput: true, DotSource: true},
			func(v any) error { out = append(out, v); return nil })
		if err != nil {
			return false, err
		}
		return pipeline.ToBool(collapse(out)), nil
	}
	p, err := cl.pattern(in)
	if err != nil {
		return false, err
	}
	switch {
	case regex:
		res, caps, err := pipeline.Match(pipeline.ToString(item), pipeline.ToString(p), cs)
		if err != nil {
			return false, err
		}
		if caps != nil {
			_ = in.setVar("Matches", caps)
		}
		return pipeline.ToBool(res), nil
	case wildcard:
		return pipeline.CompileWildcard(pipeline.ToString(p), cs).Match(pipeline.ToString(item)), nil
	}
	if item == nil || p == nil {
		return item == nil && p == nil, nil
	}
	if _, ok := p.(string); ok {
		return pipeline.Equals(pipeline.ToString(item), p, cs), nil
	}
	return pipeline.Equals(item, p, cs), nil
}

// readLines reads a text file as lines (switch -file).
func (in *Interp) readLines(path string) ([]any, error) {
	if err := pipeline.Require(in, pipeline.FileSystem, "switch -File"); err != nil {
		return nil, err
	}
	f, err := os.Open(in.ResolvePath(path))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []any
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out, sc.Err()
}
