package interp

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/pipeline/format"
	"github.com/psh-project/psh/shell/syntax"
)

// redirPlan is a statement's compiled redirections.
type redirPlan struct {
	items []redirItem
}

type redirItem struct {
	stream string // "1".."6" or "*"
	merge  string // target stream for n>&1
	append bool
	target evalFn // nil for merges
	null   bool   // > $null
}

func (c *compiler) redirections(list []*syntax.Redirection) *redirPlan {
	rp := &redirPlan{}
	for _, r := range list {
		it := redirItem{stream: r.Stream(), merge: r.MergeTarget(), append: r.Append()}
		if r.Target != nil {
			if v, ok := r.Target.Primary.(*syntax.Variable); ok && len(r.Target.Suffixes) == 0 && equalFold(v.Name, "null") {
				it.null = true
			} else {
				it.target = c.postfix(r.Target)
			}
		}
		rp.items = append(rp.items, it)
	}
	return rp
}

// openRedir is a redirection in force for one statement: where output
// objects and the other streams go.
type openRedir struct {
	in      *Interp
	out     func(any) error
	streams pipeline.Streams
	files   []*redirFile
	prev    *pipeline.Streams
	active  bool
}

type redirFile struct {
	path   string
	append bool
	buf    bytes.Buffer
	fmt    *format.Formatter
}

func (rp *redirPlan) open(in *Interp, out func(any) error) (*openRedir, error) {
	if rp == nil || len(rp.items) == 0 {
		return &openRedir{in: in, out: out, streams: in.defaultStreams()}, nil
	}
	for _, it := range rp.items {
		if it.target != nil {
			if err := pipeline.Require(in, pipeline.FileSystem, "Redirection to a file"); err != nil {
				return nil, err
			}
		}
	}
	r := &openRedir{in: in, out: out, streams: in.defaultStreams()}
	r.active, r.prev = true, in.streams
	in.streams = &r.streams
	for _, it := range rp.items {
		var file *redirFile
		if it.target != nil {
			t, err := it.target(in)
			if err != nil {
				return nil, err
			}
			file = &redirFile{path: in.ResolvePath(pipeline.ToString(t)), append: it.append}
			file.fmt = in.newFormatter(&file.buf)
			r.files = append(r.files, file)
		}
		streams := []string{it.stream}
		if it.stream == "*" {
			streams = []string{"1", "2", "3", "4", "5", "6"}
		}
		for _, s := range streams {
			r.route(s, it, file)
		}
	}
	return r, nil
}

// route sends stream s to a file, to $null, or into the output stream.
func (r *openRedir) route(s string, it redirItem, file *redirFile) {
	toText := func(text string) {
		switch {
		case it.null:
		case file != nil:
			_ = file.fmt.Write(text)
		default:
			_ = r.out(text)
		}
	}
	toRecord := func(msg, kind string) {
		if file == nil && !it.null {
			_ = r.out(&InformationalRecord{Message: msg, kind: kind})
			return
		}
		toText(kind + ": " + msg)
	}
	switch s {
	case "1":
		if it.null {
			r.out = func(any) error { return nil }
		} else if file != nil {
			r.out = file.fmt.Write
		}
	case "2":
		in := r.in
		r.streams.Error = func(rec *pipeline.ErrorRecord, pref pipeline.ActionPreference) {
			if pref != pipeline.Ignore {
				in.recordError(rec)
			}
			switch {
			case it.null:
			case file != nil:
				_ = file.fmt.Write(FormatError(rec))
			default:
				_ = r.out(rec)
			}
		}
	case "3":
		r.streams.Warning = func(m string) { toRecord(m, "WARNING") }
	case "4":
		r.streams.Verbose = func(m string) { toRecord(m, "VERBOSE") }
	case "5":
		r.streams.Debug = func(m string) { toRecord(m, "DEBUG") }
	case "6":
		// The message, as PowerShell's information record holds it: the
		// line break Write-Host ends with is the host's, not the text's.
		r.streams.Host = func(m string) { toText(strings.TrimSuffix(strings.TrimSuffix(m, "\n"), "\r")) }
	}
}

// close writes redirected files and passes err through.
func (r *openRedir) close(err error) error {
	if r.active {
		r.in.streams = r.prev
	}
	for _, f := range r.files {
		_ = f.fmt.Close()
		flag := os.O_CREATE | os.O_WRONLY | os.O_TRUNC
		if f.append {
			flag = os.O_CREATE | os.O_WRONLY | os.O_APPEND
		}
		fh, ferr := os.OpenFile(f.path, flag, 0o644)
		if ferr != nil {
			if err == nil {
				err = fmt.Errorf("Could not find a part of the path '%s'.", f.path)
			}
			continue
		}
		_, _ = fh.Write(f.buf.Bytes())
		_ = fh.Close()
	}
	return err
}

// InformationalRecord is a warning, verbose or debug message merged into
// the output stream (3>&1, 4>&1, 5>&1).
type InformationalRecord struct {
	Message string
	kind    string
}

// String returns the message.
func (r *InformationalRecord) String() string { return r.Message }
