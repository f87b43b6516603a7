package main

import (
	"fmt"
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// options are the psh command-line options, PowerShell's own names.
type options struct {
	command     string
	hasCommand  bool
	file        string
	args        []string
	noProfile   bool
	nonInteract bool
	noLogo      bool
	version     bool
	help        bool
	check       []string
	directory   string
	noDemo      bool
	user        string // -User / -Credential: the directory account to run as
	limits      pipeline.Limits
}

type flagDef struct {
	name    string
	aliases []string
	value   bool // takes a value
}

var flagDefs = []flagDef{
	{"Command", []string{"c"}, true},
	{"File", []string{"f"}, true},
	{"NoProfile", []string{"nop"}, false},
	{"NonInteractive", []string{"noni"}, false},
	{"NoLogo", []string{"nol"}, false},
	{"Version", []string{"v"}, false},
	{"Help", []string{"h", "?"}, false},
	{"Check", nil, false},
	{"Directory", nil, true},
	{"NoDemo", nil, false},
	{"User", []string{"credential", "cred"}, true},
	{"ExecutionPolicy", []string{"ep", "ex"}, true},
	{"NoExit", []string{"noe"}, false},
	{"Interactive", []string{"i"}, false},
	{"MaxItems", nil, true},
	{"MaxStringBytes", nil, true},
	{"MaxLineBytes", nil, true},
}

// resolveFlag matches a flag by exact name or alias, then unique prefix,
// case-insensitively.
func resolveFlag(s string) (*flagDef, error) {
	ls := strings.ToLower(s)
	for i := range flagDefs {
		d := &flagDefs[i]
		if strings.ToLower(d.name) == ls {
			return d, nil
		}
		for _, a := range d.aliases {
			if a == ls {
				return d, nil
			}
		}
	}
	var cands []*flagDef
	for i := range flagDefs {
		if strings.HasPrefix(strings.ToLower(flagDefs[i].name), ls) {
			cands = append(cands, &flagDefs[i])
		}
	}
	switch len(cands) {
	case 1:
		return cands[0], nil
	case 0:
		return nil, fmt.Errorf("The argument '-%s' is not recognized as the name of a command-line parameter. Run 'psh -Help' for the list.", s)
	}
	var names []string
	for _, c := range cands {
		names = append(names, "-"+c.name)
	}
	return nil, fmt.Errorf("The parameter '-%s' is ambiguous. Possible matches include: %s.", s, strings.Join(names, " "))
}

// parseArgs reads the command line. The first argument that is not a flag
// is the script file; everything after the script (or after -File FILE, or
// -Command) belongs to the script.
func parseArgs(argv []string) (*options, error) {
	o := &options{}
	for i := 0; i < len(argv); i++ {
		a := argv[i]
		if o.check != nil {
			o.check = append(o.check, a)
			continue
		}
		if a == "--" {
			if i+1 < len(argv) {
				o.file, o.args = argv[i+1], argv[i+2:]
			}
			return o, nil
		}
		if len(a) < 2 || (a[0] != '-' && a[0] != '/') || (a[0] == '/' && strings.Count(a, "/") > 1) {
			o.file, o.args = a, argv[i+1:]
			return o, nil
		}
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-/"), ":")
		d, err := resolveFlag(name)
		if err != nil {
			return nil, err
		}
		if d.value && !hasVal {
			if i+1 >= len(argv) {
				return nil, fmt.Errorf("Missing an argument for parameter '-%s'.", d.name)
			}
			i++
			val = argv[i]
		}
		switch d.name {
		case "Command":
			o.command, o.hasCommand = val, true
			if i+1 < len(argv) {
				o.command += " " + strings.Join(argv[i+1:], " ")
			}
			return o, nil
		case "File":
			o.file, o.args = val, argv[i+1:]
			return o, nil
		case "NoProfile":
			o.noProfile = true
		case "NonInteractive":
			o.nonInteract = true
		case "NoLogo", "NoExit", "Interactive", "ExecutionPolicy":
			o.noLogo = o.noLogo || d.name == "NoLogo"
		case "Version":
			o.version = true
		case "Help":
			o.help = true
		case "Check":
			o.check = []string{}
		case "Directory":
			o.directory = val
		case "NoDemo":
			o.noDemo = true
		case "User":
			o.user = val
		case "MaxItems", "MaxStringBytes", "MaxLineBytes":
			if err := o.setLimit(d.name, val); err != nil {
				return nil, err
			}
		}
	}
	return o, nil
}

const usage = `Usage: psh [-NoProfile] [-NonInteractive] [-NoLogo] [-Directory PATH] [-NoDemo] [-User NAME]
           [-MaxItems N] [-MaxStringBytes N] [-MaxLineBytes N]
           [-Command STRING | -Command - | -File FILE [args] | FILE [args]]
       psh -Check FILE...
       psh -Version | -Help

  -Command, -c     run STRING (or, with -, the script read from stdin)
  -File, -f        run a .ps1 script; the remaining arguments bind to its param() block
  -NoProfile       do not run ~/.config/psh/profile.ps1
  -NonInteractive  never prompt
  -NoLogo          no banner in interactive mode
  -Check           parse the files and report every syntax error (exit 1 if any)
  -Directory       the recipient directory database (default $PSH_DIRECTORY or
                   ~/.local/share/psh/directory.db; :memory: for a throw-away one)
  -NoDemo          create a new directory empty instead of with the demo organization
  -MaxItems, -MaxStringBytes, -MaxLineBytes N
                   the session's memory budget: the largest collection, string and
                   line of input a script may build or read (0: the default)
  -User, -Credential  run as this directory account (UPN, alias, DOMAIN\user) with the
                   permissions of its management roles; the password is asked for on
                   the terminal, or read as the first line of stdin (never an argument).
                   Without it psh runs as the directory's Administrator: whoever can
                   write the directory file can change anything in it anyway.
  -Version         print the version
  -Help            print this help

With no script and no -Command, psh reads commands interactively, or the
script from stdin when stdin is not a terminal.
`
