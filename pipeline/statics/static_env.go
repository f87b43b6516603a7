package statics

import (
	"os"
	"os/user"
	"runtime"
	"strconv"
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// envProperty is a static property of [System.Environment]: the session's
// location and environment, and facts about the machine and process.
func envProperty(s pipeline.Session, t *pipeline.TypeInfo, name string) (any, error) {
	switch strings.ToLower(name) {
	case "newline":
		return "\n", nil
	case "processorcount":
		return int32(runtime.NumCPU()), nil
	case "is64bitprocess", "is64bitoperatingsystem":
		return strconv.IntSize == 64, nil
	case "machinename", "userdomainname":
		return machineName(), nil
	case "username":
		if u, err := user.Current(); err == nil && u.Username != "" {
			return u.Username, nil
		}
		if s != nil {
			return s.Getenv("USER"), nil
		}
		return "", nil
	case "osversion":
		return pipeline.NewOperatingSystem(kernelRelease()), nil
	case "tickcount64":
		return tickCount(), nil
	case "tickcount":
		return int32(tickCount()), nil
	case "currentdirectory":
		if s == nil {
			return nil, errNoSession("CurrentDirectory")
		}
		return s.Dir(), nil
	}
	return nil, pipeline.NoStaticProperty(t, name)
}

// machineName is the host name up to its first dot, as .NET reports it.
func machineName() string {
	h, err := os.Hostname()
	if err != nil {
		return "localhost"
	}
	if i := strings.IndexByte(h, '.'); i > 0 {
		h = h[:i]
	}
	return h
}

// envStatic implements [System.Environment]'s methods on the session's
// environment (the store $env: reads): GetEnvironmentVariable,
// SetEnvironmentVariable, GetEnvironmentVariables and
// ExpandEnvironmentVariables. Without a session the environment is empty.
func envStatic(s pipeline.Session, name, l string, args []any) (any, error) {
	n := len(args)
	switch {
	case l == "getenvironmentvariable" && (n == 1 || n == 2):
		if n == 2 && !processTarget(args[1]) {
			return nil, nil // User and Machine targets do not exist on Unix
		}
		if s == nil {
			return nil, nil
		}
		if v, ok := s.LookupEnv(pipeline.ToString(args[0])); ok {
			return v, nil
		}
		return nil, nil
	case l == "setenvironmentvariable" && (n == 2 || n == 3):
		return nil, setEnv(s, name, args)
	case l == "getenvironmentvariables" && (n == 0 || n == 1):
		h := pipeline.NewHashtable()
		if s != nil && (n == 0 || processTarget(args[0])) {
			for _, kv := range s.Environ() {
				if k, v, ok := strings.Cut(kv, "="); ok {
					h.Set(k, v)
				}
			}
		}
		return h, nil
	case l == "expandenvironmentvariables" && n == 1:
		return expandPercent(s, pipeline.ToString(args[0])), nil
	case l == "getenvironmentvariable", l == "setenvironmentvariable", l == "getenvironmentvariables", l == "expandenvironmentvariables":
		return nil, pipeline.NoOverload(name, n)
	}
	return nil, pipeline.NoStaticMember("System.Environment", name)
}

// processTarget reports whether an EnvironmentVariableTarget argument is
// Process (0).
func processTarget(v any) bool {
	t := strings.ToLower(pipeline.ToString(v))
	return t == "process" || t == "0"
}

func setEnv(s pipeline.Session, name string, args []any) error {
	n := len(args)
	key := pipeline.ToString(args[0])
	switch {
	case args[0] == nil:
		return pipeline.DotNetMethodError(name, n, "System.ArgumentNullException", "Value cannot be null. (Parameter 'variable')")
	case key == "":
		return pipeline.DotNetMethodError(name, n, "System.ArgumentException", "String cannot be of zero length. (Parameter 'variable')")
	case strings.ContainsAny(key, "=\x00"):
		return pipeline.DotNetMethodError(name, n, "System.ArgumentException", "Environment variable name cannot contain equal character. (Parameter 'variable')")
	}
	if n == 3 && !processTarget(args[2]) {
		return nil // User and Machine targets are ignored on Unix
	}
	if s == nil {
		return errNoSession(name)
	}
	if args[1] == nil || pipeline.ToString(args[1]) == "" {
		return s.Unsetenv(key)
	}
	return s.Setenv(key, pipeline.ToString(args[1]))
}

// expandPercent replaces %NAME% with the session variable's value; unknown
// names stay as written.
func expandPercent(s pipeline.Session, text string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(text, '%')
		if i < 0 {
			break
		}
		j := strings.IndexByte(text[i+1:], '%')
		if j < 0 {
			break
		}
		key := text[i+1 : i+1+j]
		if v, ok := lookupEnv(s, key); ok {
			b.WriteString(text[:i] + v)
			text = text[i+j+2:]
			continue
		}
		b.WriteString(text[:i+1+j])
		text = text[i+1+j:]
	}
	b.WriteString(text)
	return b.String()
}

func lookupEnv(s pipeline.Session, key string) (string, bool) {
	if s == nil || key == "" {
		return "", false
	}
	return s.LookupEnv(key)
}
