package interp

import (
	"errors"
	"fmt"
	"strings"

	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/shell/syntax"
)

type catchClause struct {
	types []string
	body  *block
}

func (c *compiler) tryStmt(s *syntax.TryStmt) execFn {
	body := c.body(s.Body)
	var catches []catchClause
	for _, cc := range s.Catches {
		cl := catchClause{body: c.body(cc.Body)}
		for _, t := range cc.Types {
			cl.types = append(cl.types, t.Name)
		}
		catches = append(catches, cl)
	}
	var finally *block
	if s.Finally != nil {
		finally = c.body(s.Finally)
	}
	return func(in *Interp, out func(any) error) error {
		in.tryDepth++
		err := body.run(in, out)
		in.tryDepth--
		// Neither a stop (Ctrl-C, Select-Object -First) nor flow control is
		// an error a catch handles; finally runs for all of them.
		if err != nil && !isControl(err) && !pipeline.IsStopped(err) && !pipeline.IsPipelineStopped(err) && len(catches) > 0 {
			rec := asCaught(err)
			if cl := matchCatch(catches, rec); cl != nil {
				in.recordError(rec)
				under := in.cur.underVar()
				old := under.value
				under.value = rec
				in.caught = append(in.caught, rec)
				err = cl.body.run(in, out)
				in.caught = in.caught[:len(in.caught)-1]
				under.value = old
			}
		}
		if finally != nil {
			in.finallyDepth++
			ferr := finally.run(in, out)
			in.finallyDepth--
			if ferr != nil {
				return ferr
			}
		}
		return err
	}
}

// asCaught turns any error into the ErrorRecord a catch block sees.
func asCaught(err error) *pipeline.ErrorRecord {
	var rec *pipeline.ErrorRecord
	if errors.As(err, &rec) {
		return rec
	}
	return &pipeline.ErrorRecord{Err: err, ID: "RuntimeException", Category: pipeline.NotSpecified, Terminating: true}
}

// matchCatch picks the first clause whose type matches (a bare catch
// matches everything).
func matchCatch(catches []catchClause, rec *pipeline.ErrorRecord) *catchClause {
	for i := range catches {
		cl := &catches[i]
		if len(cl.types) == 0 {
			return cl
		}
		for _, t := range cl.types {
			if exceptionMatches(t, rec) {
				return cl
			}
		}
	}
	return nil
}

// exceptionMatches maps .NET exception type names onto psh errors: the
// base types match everything, specific ones match by error id.
func exceptionMatches(typeName string, rec *pipeline.ErrorRecord) bool {
	var ex *pipeline.DotNetException
	if errors.As(rec.Err, &ex) {
		// A method call's exception is caught by its own type (the inner
		// one) or as the MethodInvocationException around it.
		if ex.IsType(typeName) || rec.ID != "MethodInvocationException" {
			return ex.IsType(typeName)
		}
	}
	t := strings.ToLower(strings.TrimPrefix(strings.ToLower(typeName), "system."))
	switch t {
	case "management.automation.methodinvocationexception", "methodinvocationexception",
		"management.automation.methodexception", "methodexception":
		return rec.ID == "MethodInvocationException"
	case "exception", "management.automation.runtimeexception", "runtimeexception", "systemexception":
		return true
	case "dividebyzeroexception":
		return strings.Contains(rec.Message(), "divide by zero")
	case "management.automation.commandnotfoundexception", "commandnotfoundexception":
		return rec.ID == "CommandNotFoundException"
	case "management.automation.parameterbindingexception", "parameterbindingexception":
		var be *pipeline.BindingError
		return errors.As(rec, &be)
	case "management.automation.actionpreferencestopexception", "actionpreferencestopexception":
		return rec.ScriptTerminating && !rec.FromThrow
	case "management.automation.itemnotfoundexception", "itemnotfoundexception", "io.filenotfoundexception", "io.directorynotfoundexception":
		return rec.Category == pipeline.ObjectNotFound
	case "argumentexception", "argumentnullexception", "argumentoutofrangeexception":
		return rec.Category == pipeline.InvalidArgument
	case "invalidcastexception", "management.automation.psinvalidcastexception", "formatexception":
		return rec.Category == pipeline.InvalidType || strings.Contains(rec.Message(), "Cannot convert")
	}
	return strings.EqualFold(rec.ID, typeName)
}

func (c *compiler) throwStmt(s *syntax.ThrowStmt) execFn {
	var val evalFn
	if s.Value != nil {
		val = c.value(s.Value)
	}
	pos := c.src.pos(s.Pos, s.EndPos)
	return func(in *Interp, _ func(any) error) error {
		if val == nil {
			if n := len(in.caught); n > 0 {
				return in.caught[n-1]
			}
			return &pipeline.ErrorRecord{Err: errors.New("ScriptHalted"), ID: "ScriptHalted", Pos: pos,
				Terminating: true, ScriptTerminating: true, FromThrow: true}
		}
		v, err := val(in)
		if err != nil {
			return err
		}
		if rec, ok := v.(*pipeline.ErrorRecord); ok {
			r := *rec
			r.Terminating, r.ScriptTerminating = true, true
			return &r
		}
		if ex, ok := v.(*pipeline.DotNetException); ok {
			return &pipeline.ErrorRecord{Err: ex, ID: ex.Msg, Category: pipeline.OperationStopped,
				Pos: pos, Terminating: true, ScriptTerminating: true, FromThrow: true}
		}
		msg := pipeline.ToString(v)
		rec := &pipeline.ErrorRecord{Err: errors.New(msg), ID: msg, Category: pipeline.OperationStopped,
			Target: v, Pos: pos, Terminating: true, ScriptTerminating: true, FromThrow: true}
		if _, isStr := v.(string); !isStr {
			rec.ID = "ScriptHalted"
		}
		return rec
	}
}

func (c *compiler) returnStmt(s *syntax.ReturnStmt) execFn {
	var val execFn
	if s.Value != nil {
		val = c.statement(s.Value)
	}
	return func(in *Interp, out func(any) error) error {
		if val != nil {
			if err := val(in, out); err != nil {
				return err
			}
		}
		return &returnSignal{}
	}
}

func (c *compiler) exitStmt(s *syntax.ExitStmt) execFn {
	var val evalFn
	if s.Value != nil {
		val = c.value(s.Value)
	}
	return func(in *Interp, _ func(any) error) error {
		code := 0
		if val != nil {
			v, err := val(in)
			if err != nil {
				return err
			}
			n, err := pipeline.Convert(v, intType)
			if err != nil {
				return err
			}
			code = n.(int)
		}
		return &ExitError{Code: code}
	}
}

// trapHandler is a compiled trap statement.
type trapHandler struct {
	typ  string
	body *block
}

func (c *compiler) trap(t *syntax.TrapStmt) *trapHandler {
	h := &trapHandler{body: c.body(t.Body)}
	if t.Type != nil {
		h.typ = t.Type.Name
	}
	return h
}

// runTraps runs the first matching trap for a terminating error. It
// reports whether execution resumes with the next statement.
func (in *Interp) runTraps(traps []*trapHandler, err error, out func(any) error) (bool, error) {
	rec := asCaught(err)
	for _, t := range traps {
		if t.typ != "" && !exceptionMatches(t.typ, rec) {
			continue
		}
		in.recordError(rec)
		under := in.cur.underVar()
		old := under.value
		under.value = rec
		terr := t.body.run(in, out)
		under.value = old
		var brk *breakSignal
		var cont *continueSignal
		switch {
		case errors.As(terr, &cont):
			return true, nil
		case errors.As(terr, &brk):
			return false, err
		case terr != nil:
			return false, terr
		}
		in.printError(rec)
		return true, nil
	}
	return false, nil
}

var _ = fmt.Sprint
