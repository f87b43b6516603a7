package interp

import (
	"errors"
	"fmt"
	"strings"

	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/shell/syntax"
)

// validator compiles a [Validate*] parameter attribute into a check; the
// error text is the detail PowerShell prints after "Cannot validate
// argument on parameter 'p'.".
func (c *compiler) validator(a *syntax.Attribute) func(any) error {
	var pos []any
	named := map[string]any{}
	for _, arg := range a.Args {
		if arg.Name == "" {
			pos = append(pos, c.attrValue(arg.Value))
		} else {
			named[strings.ToLower(arg.Name)] = c.attrValue(arg.Value)
		}
	}
	customMsg, hasMsg := named["errormessage"]
	each := func(check func(x any) error) func(any) error {
		return func(v any) error {
			return pipeline.EnumerateForeach(v, check)
		}
	}
	switch strings.ToLower(a.Name) {
	case "validatescript":
		if len(pos) == 0 {
			return nil
		}
		sb, ok := pos[0].(pipeline.ScriptBlock)
		if !ok {
			return nil
		}
		return each(func(x any) error {
			out, err := pipeline.Invoke(nil, sb, x)
			if err == nil && pipeline.ToBool(collapse(out)) {
				return nil
			}
			if hasMsg {
				msg, _ := pipeline.FormatComposite(pipeline.ToString(customMsg), []any{x, strings.TrimSpace(sb.String())})
				return errors.New(msg)
			}
			return fmt.Errorf("The \"%s\" validation script for the argument with value \"%s\" did not return a result of True. Determine why the validation script failed, and then try the command again.", strings.TrimSpace(sb.String()), pipeline.ToString(x))
		})
	case "validaterange":
		if len(pos) < 2 {
			return nil
		}
		lo, hi := pos[0], pos[1]
		return each(func(x any) error {
			if c1, err := pipeline.Compare(x, lo, false); err == nil && c1 < 0 {
				return fmt.Errorf("The %s argument is less than the minimum allowed range of %s. Supply an argument that is greater than or equal to %s and then try the command again.", pipeline.ToString(x), pipeline.ToString(lo), pipeline.ToString(lo))
			}
			if c2, err := pipeline.Compare(x, hi, false); err == nil && c2 > 0 {
				return fmt.Errorf("The %s argument is greater than the maximum allowed range of %s. Supply an argument that is less than or equal to %s and then try the command again.", pipeline.ToString(x), pipeline.ToString(hi), pipeline.ToString(hi))
			}
			return nil
		})
	case "validatepattern":
		if len(pos) == 0 {
			return nil
		}
		pat := pipeline.ToString(pos[0])
		return each(func(x any) error {
			ok, _, err := pipeline.Match(pipeline.ToString(x), pat, false)
			if err == nil && pipeline.ToBool(ok) {
				return nil
			}
			return fmt.Errorf("The argument \"%s\" does not match the \"%s\" pattern. Supply an argument that matches \"%s\" and try the command again.", pipeline.ToString(x), pat, pat)
		})
	case "validatenotnull":
		return func(v any) error {
			if v == nil {
				return errors.New("The argument is null. Provide a valid value for the argument, and then try running the command again.")
			}
			return nil
		}
	case "validatenotnullorempty":
		return func(v any) error {
			if v == nil || pipeline.ToString(v) == "" && !pipeline.IsEnumerable(v) || pipeline.IsEnumerable(v) && pipeline.Count(v) == 0 {
				return errors.New("The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.")
			}
			return nil
		}
	case "validatelength":
		if len(pos) < 2 {
			return nil
		}
		lo, _ := pipeline.Convert(pos[0], intType)
		hi, _ := pipeline.Convert(pos[1], intType)
		return each(func(x any) error {
			n := len([]rune(pipeline.ToString(x)))
			if lo != nil && n < lo.(int) {
				return fmt.Errorf("The character length (%d) of the argument is too short. Specify an argument with a length that is greater than or equal to \"%d\", and then try the command again.", n, lo)
			}
			if hi != nil && n > hi.(int) {
				return fmt.Errorf("The character length of the %d argument is too long. Shorten the character length of the argument so it is fewer than or equal to \"%d\" characters, and then try the command again.", n, hi)
			}
			return nil
		})
	case "validatecount":
		if len(pos) < 2 {
			return nil
		}
		lo, _ := pipeline.Convert(pos[0], intType)
		hi, _ := pipeline.Convert(pos[1], intType)
		return func(v any) error {
			n := 1
			if pipeline.IsEnumerable(v) {
				n = pipeline.Count(v)
			}
			if lo != nil && n < lo.(int) || hi != nil && n > hi.(int) {
				return fmt.Errorf("The parameter requires at least %d value(s) and no more than %d value(s) - %d value(s) were provided.", lo, hi, n)
			}
			return nil
		}
	}
	return nil
}
