package interp

import (
	"context"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// Config is what an Interp needs from its embedder: the I/O edges, the
// environment and the commands it knows. Nothing else of the process is
// touched.
type Config struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Dir is the initial location.
	Dir string
	// Env is the initial environment as KEY=VALUE pairs.
	Env []string
	// Native allows running programs found on $env:PATH
	// (pipeline.Processes).
	Native bool
	// FileSystem allows scripts to read, write and list files
	// (pipeline.FileSystem).
	FileSystem bool
	// HostEnvironment allows scripts to read facts about the host and the
	// process (pipeline.HostEnvironment).
	HostEnvironment bool
	// Statics answers the .NET statics that reach the host ([IO.File],
	// [IO.Directory], [Environment]); nil leaves them out.
	Statics pipeline.Statics
	// Width is the console width for formatting (0: 120).
	Width int
	// Terminal says stdout is a terminal (colours, progress bars).
	Terminal bool
	// Modules are the command sets the session starts with.
	Modules []*pipeline.Module
	// Color enables ANSI colours for errors and warnings.
	Color bool
	// MaxSteps, when positive, bounds the statements a Run may execute
	// (fuzzing).
	MaxSteps int
	// OnError, when set, receives the errors that would be shown on
	// Stderr.
	OnError func(*pipeline.ErrorRecord)
	// Limits is the session's memory budget (zero fields: the defaults).
	Limits pipeline.Limits
	// NonInteractive makes every prompt (a confirmation, Read-Host) fail
	// with PowerShell's NonInteractive error instead of reading Stdin. A
	// nil Stdin implies it: there is no one to ask.
	NonInteractive bool
}

// Interp is one shell session: scopes, commands and the host's I/O.
type Interp struct {
	cfg     Config
	global  *scope
	cur     *scope
	cmdlets map[string]*pipeline.CommandInfo
	aliases map[string]string
	views   *pipeline.Views
	env     map[string]string
	envKeys map[string]string // lower -> original spelling
	dir     string
	ctx     context.Context
	// lastOK is $?.
	lastOK    bool
	errorList *errorList
	// streams are the streams of the innermost active redirection.
	streams *pipeline.Streams
	console *pipeline.Streams
	steps   int
	// nested counts the Session.Invoke calls running (a cmdlet, such as
	// a Lua one through psh.invoke, running script text).
	nested int
	tick   uint32 // statements run, for sampling cancellation
	// finallyDepth counts finally blocks running: their statements run
	// even after the context is cancelled.
	finallyDepth int
	depth        int
	// fileName and fileSrc identify the script being run, for positions.
	files map[string]string
	// tryDepth > 0 while inside try (or $( )): statement-terminating
	// errors propagate to the catch instead of being reported.
	tryDepth     int
	caught       []*pipeline.ErrorRecord
	nativeFailed bool
}

// New returns a session configured by cfg.
func New(cfg Config) *Interp {
	if cfg.Stdin == nil {
		cfg.NonInteractive = true
		cfg.Stdin = strings.NewReader("")
	}
	if cfg.Stdout == nil {
		cfg.Stdout = io.Discard
	}
	if cfg.Stderr == nil {
		cfg.Stderr = io.Discard
	}
	cfg.Limits = cfg.Limits.WithDefaults()
	if cfg.Width <= 0 {
		cfg.Width = 120
	}
	in := &Interp{cfg: cfg, cmdlets: map[string]*pipeline.CommandInfo{}, aliases: map[string]string{},
		views: pipeline.NewViews(), env: map[string]string{}, envKeys: map[string]string{},
		dir: cfg.Dir, lastOK: true, errorList: &errorList{}, ctx: context.Background(), files: map[string]string{}}
	for _, kv := range cfg.Env {
		if k, v, ok := strings.Cut(kv, "="); ok {
			in.setenv(k, v)
		}
	}
	if in.dir == "" {
		in.dir = "/"
	}
	in.global = newScope(nil)
	in.global.script = true
	in.cur = in.global
	in.initVariables()
	for _, m := range cfg.Modules {
		in.AddModule(m)
	}
	return in
}

// AddModule registers a module's commands, aliases, views and variables.
func (in *Interp) AddModule(m *pipeline.Module) {
	for _, c := range m.Commands {
		if c.Module == "" {
			c.Module = m.Name
		}
		in.AddCommand(c)
	}
	for a, t := range m.Aliases {
		in.aliases[strings.ToLower(a)] = t
	}
	for _, v := range m.Views {
		in.views.Add(v)
	}
	for k, v := range m.Variables {
		in.global.local(strings.ToLower(k), k).value = v
	}
}

// AddCommand registers one command.
func (in *Interp) AddCommand(ci *pipeline.CommandInfo) {
	if ci.Type == "" {
		ci.Type = pipeline.CmdletCommand
	}
	in.cmdlets[strings.ToLower(ci.Name)] = ci
}

func (in *Interp) setenv(k, v string) {
	lk := strings.ToLower(k)
	if orig, ok := in.envKeys[lk]; ok {
		k = orig
	}
	in.envKeys[lk] = k
	in.env[k] = v
}

func (in *Interp) getenv(k string) (string, bool) {
	if orig, ok := in.envKeys[strings.ToLower(k)]; ok {
		v, ok := in.env[orig]
		return v, ok
	}
	return "", false
}

func (in *Interp) unsetenv(k string) {
	lk := strings.ToLower(k)
	if orig, ok := in.envKeys[lk]; ok {
		delete(in.env, orig)
		delete(in.envKeys, lk)
	}
}

// Environ returns the session environment as KEY=VALUE pairs, sorted.
func (in *Interp) Environ() []string {
	out := make([]string, 0, len(in.env))
	for k, v := range in.env {
		out = append(out, k+"="+v)
	}
	sort.Strings(out)
	return out
}

func (in *Interp) initVariables() {
	g := in.global
	set := func(name string, v any) { g.local(strings.ToLower(name), name).value = v }
	set("ErrorActionPreference", pipeline.Continue)
	set("WarningPreference", pipeline.Continue)
	set("VerbosePreference", pipeline.SilentlyContinue)
	set("DebugPreference", pipeline.SilentlyContinue)
	set("InformationPreference", pipeline.SilentlyContinue)
	set("ProgressPreference", pipeline.Continue)
	set("ConfirmPreference", "High")
	set("WhatIfPreference", false)
	set("LASTEXITCODE", nil)
	set("OFS", " ")
	if in.cfg.HostEnvironment {
		set("PID", int32(os.Getpid()))
	}
	set("IsLinux", true)
	set("IsWindows", false)
	set("IsMacOS", false)
	set("IsCoreCLR", true)
	set("NestedPromptLevel", int32(0))
	set("MaximumHistoryCount", int32(4096))
	set("PSEdition", "Core")
	if h, ok := in.getenv("HOME"); ok {
		set("HOME", h)
	}
	ver := pipeline.NewOrderedHashtable()
	ver.Set("PSVersion", "7.4.0-psh")
	ver.Set("PSEdition", "Core")
	ver.Set("GitCommitId", "psh")
	ver.Set("OS", "Linux")
	ver.Set("Platform", "Unix")
	ver.Set("PSCompatibleVersions", []any{"1.0", "2.0", "3.0", "4.0", "5.0", "5.1", "6.0", "7.0"})
	ver.Set("PSRemotingProtocolVersion", "2.3")
	ver.Set("SerializationVersion", "1.1.0.1")
	ver.Set("WSManStackVersion", "3.0")
	set("PSVersionTable", ver)
}
