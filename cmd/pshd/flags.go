package main

import (
	"fmt"
	"strings"
)

// flags are pshd's command-line options, in psh's style: -Name value,
// case-insensitive, any unique prefix.
type flags struct {
	directory, config, controlSocket string
	noDemo, help, version            bool
}

// flagNames lists the flags; a value of true means the flag takes a value.
var flagNames = []struct {
	name  string
	value bool
}{
	{"Directory", true}, {"Config", true}, {"ControlSocket", true},
	{"NoDemo", false}, {"Help", false}, {"Version", false},
}

func parseFlags(argv []string) (*flags, error) {
	f := &flags{}
	for i := 0; i < len(argv); i++ {
		a := argv[i]
		if !strings.HasPrefix(a, "-") || len(a) < 2 {
			return nil, fmt.Errorf("unexpected argument %q: pshd takes only flags (pshd -Help lists them)", a)
		}
		name := strings.TrimLeft(a, "-")
		var match []string
		var takes bool
		for _, d := range flagNames {
			if strings.EqualFold(d.name, name) {
				match, takes = []string{d.name}, d.value
				break
			}
			if strings.HasPrefix(strings.ToLower(d.name), strings.ToLower(name)) {
				match, takes = append(match, d.name), d.value
			}
		}
		switch len(match) {
		case 0:
			return nil, fmt.Errorf("unknown flag %s (pshd -Help lists them)", a)
		case 1:
		default:
			return nil, fmt.Errorf("the flag %s is ambiguous: it could be -%s", a, strings.Join(match, " or -"))
		}
		val := ""
		if takes {
			if i+1 >= len(argv) {
				return nil, fmt.Errorf("the flag -%s needs a value", match[0])
			}
			i++
			val = argv[i]
		}
		switch match[0] {
		case "Directory":
			f.directory = val
		case "Config":
			f.config = val
		case "ControlSocket":
			f.controlSocket = val
		case "NoDemo":
			f.noDemo = true
		case "Help":
			f.help = true
		case "Version":
			f.version = true
		}
	}
	return f, nil
}

const usage = `Usage: pshd [-Directory PATH] [-Config FILE] [-ControlSocket PATH] [-NoDemo]

Runs psh's mail access services (POP3, IMAP4, SMTP receive) in the foreground
until SIGTERM or SIGINT, and the web admin center (https://127.0.0.1:8443/;
AdminBinding in the configuration file moves or turns it off).

  -Directory PATH      the recipient directory (default: $PSH_DIRECTORY, else
                       ~/.local/share/psh/directory.db)
  -Config FILE         a JSON configuration file (see pshd.example.json)
  -ControlSocket PATH  the control socket psh's *-Service cmdlets use (default:
                       $PSH_CONTROL_SOCKET, else control.sock in the
                       directory file's .pshd folder: directory.pshd)
  -NoDemo              a new directory file starts empty instead of with the
                       demo organization
  -Version             print the version and exit
  -Help                print this help and exit
`
