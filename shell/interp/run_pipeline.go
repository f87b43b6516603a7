package interp

import (
	"errors"
	"fmt"
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// runPipeline resolves and binds the commands, then runs them with the
// producer's values (if the pipeline starts with an expression) as input.
func (in *Interp) runPipeline(plans []*cmdPlan, producer func(*Interp, func(any) error) error, rd *redirPlan, pos pipeline.Position, out func(any) error) error {
	r, err := rd.open(in, out)
	if err != nil {
		return rtError(pos, err)
	}
	cmds := make([]*pipeline.Command, len(plans))
	for i, plan := range plans {
		cmd, err := in.resolveCommand(plan)
		if err != nil {
			in.lastOK = false
			return r.close(err)
		}
		cmds[i] = cmd
	}
	linkNatives(cmds)
	p, err := pipeline.NewPipeline(in.ctx, in, r.streams, cmds, producer != nil, r.out)
	if err != nil {
		in.lastOK = false
		return r.close(err)
	}
	in.nativeFailed = false
	err = in.drive(p, producer)
	if err == nil && in.ctx != nil && in.finallyDepth == 0 {
		// A command that ignored the cancellation still ends the run here.
		if cerr := in.ctx.Err(); cerr != nil {
			err = pipeline.PipelineStopped(cerr)
		}
	}
	in.lastOK = err == nil && !p.HadErrors() && !in.nativeFailed
	return r.close(err)
}

// runSplit runs head (with the redirections) feeding tail, for a
// redirection on a command that is not the last of its pipeline.
func (in *Interp) runSplit(head, tail []*cmdPlan, producer func(*Interp, func(any) error) error, rd *redirPlan, pos pipeline.Position, out func(any) error) error {
	cmds := make([]*pipeline.Command, len(tail))
	for i, plan := range tail {
		cmd, err := in.resolveCommand(plan)
		if err != nil {
			in.lastOK = false
			return err
		}
		cmds[i] = cmd
	}
	p, err := pipeline.NewPipeline(in.ctx, in, in.defaultStreams(), cmds, true, out)
	if err != nil {
		in.lastOK = false
		return err
	}
	defer p.Dispose()
	if err := p.Begin(); err != nil {
		return err
	}
	err = in.runPipeline(head, producer, rd, pos, p.Send)
	headOK := in.lastOK
	if err != nil && !errors.Is(err, pipeline.ErrInputStopped) {
		return err
	}
	err = p.End()
	in.lastOK = headOK && err == nil && !p.HadErrors()
	return err
}

func (in *Interp) drive(p *pipeline.Pipeline, producer func(*Interp, func(any) error) error) error {
	defer p.Dispose()
	if err := p.Begin(); err != nil {
		return err
	}
	if producer != nil {
		err := producer(in, p.Send)
		if err != nil && err != pipeline.ErrInputStopped {
			return err
		}
	}
	return p.End()
}

// resolveCommand finds what a command name means (alias, function,
// cmdlet, script file, native program) and evaluates its arguments.
func (in *Interp) resolveCommand(plan *cmdPlan) (*pipeline.Command, error) {
	args, err := in.evalArgs(plan)
	if err != nil {
		return nil, err
	}
	cmd := &pipeline.Command{Args: args, Pos: plan.pos}
	name := plan.name
	if plan.target != nil {
		t, err := plan.target(in)
		if err != nil {
			return nil, err
		}
		switch t := t.(type) {
		case *scriptBlock:
			f := &function{name: "", body: t.cb}
			cmd.Info = &pipeline.CommandInfo{Name: "", Type: pipeline.FunctionCommand}
			cmd.Cmdlet = &funcCmdlet{fn: f, in: in, dot: plan.callOp == "."}
			return cmd, nil
		case *pipeline.CommandInfo:
			name = t.Name
		case string:
			name = t
		case nil, bool, int32, int64, float64:
			// & $null, & 5: PowerShell's BadExpression error.
			return nil, &pipeline.ErrorRecord{Err: errors.New("The expression after '" + plan.callOp + "' in a pipeline element produced an object that was not valid. It must result in a command name, a script block, or a CommandInfo object."),
				ID: "BadExpression", Category: pipeline.InvalidOperation, Pos: plan.pos, Terminating: true}
		default:
			name = pipeline.ToString(t) // a path object (Resolve-Path) names a script
		}
	}
	dot := plan.callOp == "."
	if helpRequested(args) {
		// `Cmd -?` shows the command's help, as PowerShell does.
		if _, ok := in.cmdlets["get-help"]; ok {
			args = []pipeline.Argument{{IsParam: true, Name: "Name", Text: "-Name"}, {Value: name}}
			cmd.Args, name, dot = args, "Get-Help", false
		}
	}
	info, cmdlet, err := in.lookup(name, dot, plan.pos)
	if err != nil {
		return nil, err
	}
	cmd.Info, cmd.Cmdlet = info, cmdlet
	return cmd, nil
}

// helpRequested reports whether the arguments are just -?.
func helpRequested(args []pipeline.Argument) bool {
	return len(args) == 1 && args[0].IsParam && args[0].Name == "?"
}

// lookup resolves a command name: alias, then function, then cmdlet, then
// a script path, then a native program.
func (in *Interp) lookup(name string, dot bool, pos pipeline.Position) (*pipeline.CommandInfo, pipeline.Cmdlet, error) {
	key := strings.ToLower(name)
	for i := 0; i < 16; i++ {
		t, ok := in.aliases[key]
		if !ok {
			break
		}
		name, key = t, strings.ToLower(t)
	}
	if f := in.cur.lookupFunc(key); f != nil {
		return f.info(), &funcCmdlet{fn: f, in: in, dot: dot}, nil
	}
	if ci, ok := in.cmdlets[key]; ok {
		return ci, nil, nil
	}
	if isScriptPath(name) {
		f, err := in.loadScript(name)
		if err != nil {
			return nil, nil, rtError(pos, err)
		}
		return &pipeline.CommandInfo{Name: name, Type: pipeline.ExternalScript}, &funcCmdlet{fn: f, in: in, dot: dot, script: true, called: true}, nil
	}
	if in.cfg.Native {
		if path, ok := in.findExecutable(name); ok {
			return &pipeline.CommandInfo{Name: name, Type: pipeline.ApplicationCommand},
				&nativeCmdlet{in: in, path: path, name: name}, nil
		}
	} else if strings.ContainsRune(name, '/') {
		// A path names a program: say why it cannot run rather than
		// that it was not found (without looking whether it exists).
		rec := pipeline.Require(in, pipeline.Processes, "Running the program '"+name+"'").(*pipeline.ErrorRecord)
		rec.Target, rec.Command, rec.Pos, rec.Terminating = name, name, pos, true
		return nil, nil, rec
	}
	return nil, nil, commandNotFound(name, pos)
}

func commandNotFound(name string, pos pipeline.Position) error {
	return &pipeline.ErrorRecord{
		Err: fmt.Errorf("The term '%s' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.", name),
		ID:  "CommandNotFoundException", Category: pipeline.ObjectNotFound, Target: name,
		Command: name, Pos: pos, Terminating: true,
	}
}

func isScriptPath(name string) bool {
	return strings.HasSuffix(strings.ToLower(name), ".ps1")
}

// defaultStreams returns the streams in force: those of an enclosing
// redirection (so `& { ... } 2>&1` captures errors of nested commands), else
// the console's.
func (in *Interp) defaultStreams() pipeline.Streams {
	if in.streams != nil {
		return *in.streams
	}
	if in.console == nil {
		s := in.consoleStreams()
		in.console = &s
	}
	return *in.console
}

// consoleStreams routes the error, warning, verbose, debug and host
// streams to the console and records errors in $Error.
func (in *Interp) consoleStreams() pipeline.Streams {
	return pipeline.Streams{
		Error: func(rec *pipeline.ErrorRecord, pref pipeline.ActionPreference) {
			if pref == pipeline.Ignore {
				return
			}
			in.recordError(rec)
			if pref == pipeline.SilentlyContinue {
				return
			}
			in.printError(rec)
		},
		Warning: func(msg string) { in.printColored("WARNING: "+msg, "\x1b[33m") },
		Verbose: func(msg string) { in.printColored("VERBOSE: "+msg, "\x1b[33m") },
		Debug:   func(msg string) { in.printColored("DEBUG: "+msg, "\x1b[33m") },
		Host:    func(text string) { fmt.Fprint(in.cfg.Stdout, text) },
	}
}

func (in *Interp) printColored(text, color string) {
	if in.cfg.Color {
		fmt.Fprintln(in.cfg.Stderr, color+text+"\x1b[0m")
		return
	}
	fmt.Fprintln(in.cfg.Stderr, text)
}

// recordError adds an error to $Error (newest first).
func (in *Interp) recordError(rec *pipeline.ErrorRecord) {
	in.errorList.add(rec)
}

// printError shows an error on stderr in the concise view.
func (in *Interp) printError(rec *pipeline.ErrorRecord) {
	if in.cfg.OnError != nil {
		in.cfg.OnError(rec)
		return
	}
	text := FormatError(rec)
	if in.cfg.Color {
		text = "\x1b[31;1m" + text + "\x1b[0m"
	}
	fmt.Fprintln(in.cfg.Stderr, text)
}

// reportError shows a statement-terminating error that nobody caught and
// records it.
func (in *Interp) reportError(err error, pos pipeline.Position) {
	in.lastOK = false
	var rec *pipeline.ErrorRecord
	if !errors.As(err, &rec) {
		rec = &pipeline.ErrorRecord{Err: err, Pos: pos}
	}
	if !rec.Pos.IsValid() {
		r := *rec
		r.Pos = pos
		rec = &r
	}
	pref := pipeline.ParsePreference(in.lookupValue("erroractionpreference"), pipeline.Continue)
	if pref != pipeline.SilentlyContinue && pref != pipeline.Ignore {
		pref = pipeline.Continue
	}
	in.defaultStreams().Error(rec, pref)
}

func (in *Interp) lookupValue(key string) any {
	if v := in.cur.lookup(key); v != nil {
		return v.value
	}
	return nil
}

func asRecord(err error, rec **pipeline.ErrorRecord) bool { return errors.As(err, rec) }
