package core

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/pipeline/format"
)

// GetDate is Get-Date.
type GetDate struct {
	Date        any             `param:"Position=0,ValueFromPipeline" help:"The date to use (default now)."`
	Format      string          `param:"" help:"A .NET date format (yyyy-MM-dd, o, s ...); the output is then a string."`
	UFormat     string          `param:"" help:"A Unix strftime format (%Y-%m-%d); the output is then a string."`
	Year        int             `param:"" help:"Replace the year."`
	Month       int             `param:"" help:"Replace the month."`
	Day         int             `param:"" help:"Replace the day."`
	Hour        int             `param:"" help:"Replace the hour."`
	Minute      int             `param:"" help:"Replace the minute."`
	Second      int             `param:"" help:"Replace the second."`
	Millisecond int             `param:"" help:"Replace the millisecond."`
	AsUTC       pipeline.Switch `param:"" help:"Convert to UTC."`
}

// Process outputs the date.
func (g *GetDate) Process(c *pipeline.Context) error {
	t := time.Now()
	if g.Date != nil {
		v, err := pipeline.Convert(g.Date, reflectTime)
		if err != nil {
			return err
		}
		t = v.(time.Time)
	}
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	set := func(name string, dst *int, v int) {
		if c.IsBound(name) {
			*dst = v
		}
	}
	m := int(mo)
	set("Year", &y, g.Year)
	set("Month", &m, g.Month)
	set("Day", &d, g.Day)
	set("Hour", &h, g.Hour)
	set("Minute", &mi, g.Minute)
	set("Second", &s, g.Second)
	ns := t.Nanosecond()
	if c.IsBound("Millisecond") {
		ns = g.Millisecond * int(time.Millisecond)
	}
	t = time.Date(y, time.Month(m), d, h, mi, s, ns, t.Location())
	if g.AsUTC {
		t = t.UTC()
	}
	switch {
	case g.Format != "":
		return c.Emit(pipeline.FormatDate(t, g.Format))
	case g.UFormat != "":
		return c.Emit(uformat(t, g.UFormat))
	}
	return c.Emit(t)
}

func uformat(t time.Time, f string) string {
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		if f[i] != '%' || i+1 == len(f) {
			b.WriteByte(f[i])
			continue
		}
		i++
		switch f[i] {
		case 'Y':
			fmt.Fprintf(&b, "%04d", t.Year())
		case 'y':
			fmt.Fprintf(&b, "%02d", t.Year()%100)
		case 'm':
			fmt.Fprintf(&b, "%02d", int(t.Month()))
		case 'd':
			fmt.Fprintf(&b, "%02d", t.Day())
		case 'e':
			fmt.Fprintf(&b, "%2d", t.Day())
		case 'H':
			fmt.Fprintf(&b, "%02d", t.Hour())
		case 'I':
			fmt.Fprintf(&b, "%02d", (t.Hour()+11)%12+1)
		case 'M':
			fmt.Fprintf(&b, "%02d", t.Minute())
		case 'S':
			fmt.Fprintf(&b, "%02d", t.Second())
		case 'p':
			b.WriteString(t.Format("PM"))
		case 'A':
			b.WriteString(t.Weekday().String())
		case 'a':
			b.WriteString(t.Weekday().String()[:3])
		case 'B':
			b.WriteString(t.Month().String())
		case 'b', 'h':
			b.WriteString(t.Month().String()[:3])
		case 'j':
			fmt.Fprintf(&b, "%03d", t.YearDay())
		case 's':
			fmt.Fprintf(&b, "%d", t.Unix())
		case 'Z', 'z':
			b.WriteString(t.Format("-07"))
		case 'F':
			b.WriteString(t.Format("2006-01-02"))
		case 'T':
			b.WriteString(t.Format("15:04:05"))
		case 'D':
			b.WriteString(t.Format("01/02/06"))
		case 'u':
			wd := int(t.Weekday())
			if wd == 0 {
				wd = 7
			}
			fmt.Fprintf(&b, "%d", wd)
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(f[i])
		}
	}
	return b.String()
}

// NewTimeSpan is New-TimeSpan.
type NewTimeSpan struct {
	Start        any `param:"Position=0" help:"The start date (with -End: the span between them)."`
	End          any `param:"Position=1" help:"The end date (default now)."`
	Days         int `param:"" help:"Days."`
	Hours        int `param:"" help:"Hours."`
	Minutes      int `param:"" help:"Minutes."`
	Seconds      int `param:"" help:"Seconds."`
	Milliseconds int `param:"" help:"Milliseconds."`
}

// Process outputs the TimeSpan.
func (n *NewTimeSpan) Process(c *pipeline.Context) error {
	if n.Start != nil || n.End != nil {
		start, end := time.Now(), time.Now()
		if n.Start != nil {
			v, err := pipeline.Convert(n.Start, reflectTime)
			if err != nil {
				return err
			}
			start = v.(time.Time)
		}
		if n.End != nil {
			v, err := pipeline.Convert(n.End, reflectTime)
			if err != nil {
				return err
			}
			end = v.(time.Time)
		}
		return c.Emit(end.Sub(start))
	}
	d := time.Duration(n.Days)*24*time.Hour + time.Duration(n.Hours)*time.Hour + time.Duration(n.Minutes)*time.Minute +
		time.Duration(n.Seconds)*time.Second + time.Duration(n.Milliseconds)*time.Millisecond
	return c.Emit(d)
}

// HostInfo is what Get-Host outputs and $Host holds.
type HostInfo struct {
	Name           string
	Version        string
	InstanceId     pipeline.Guid
	CurrentCulture string
}

// PSTypeNames names the type.
func (h *HostInfo) PSTypeNames() []string {
	return []string{"System.Management.Automation.Internal.Host.InternalHost", "System.Object"}
}

// GetHost is Get-Host.
type GetHost struct{}

// Process outputs the host description.
func (*GetHost) Process(c *pipeline.Context) error { return c.Emit(newHostInfo()) }

func newHostInfo() *HostInfo {
	return &HostInfo{Name: "psh", Version: PSVersion, InstanceId: pipeline.NewGuid(), CurrentCulture: "en-US"}
}

// SemanticVersion is System.Management.Automation.SemanticVersion, the
// type of $PSVersionTable.PSVersion.
type SemanticVersion struct {
	Major, Minor, Patch int32
	PreReleaseLabel     string
	BuildLabel          string
}

// String returns "Major.Minor.Patch[-label]".
func (v *SemanticVersion) String() string {
	s := fmt.Sprintf("%d.%d.%d", v.Major, v.Minor, v.Patch)
	if v.PreReleaseLabel != "" {
		s += "-" + v.PreReleaseLabel
	}
	return s
}

// PSTypeNames names the type.
func (v *SemanticVersion) PSTypeNames() []string {
	return []string{"System.Management.Automation.SemanticVersion", "System.Object"}
}

// PSVersion is the version psh reports in $PSVersionTable and $Host.
const PSVersion = "7.4.0"

func psVersionTable() *pipeline.Hashtable {
	h := pipeline.NewOrderedHashtable()
	h.Set("PSVersion", &SemanticVersion{Major: 7, Minor: 4, Patch: 0})
	h.Set("PSEdition", "Core")
	h.Set("GitCommitId", PSVersion)
	h.Set("OS", "psh")
	h.Set("Platform", "Unix")
	h.Set("PSCompatibleVersions", []any{"1.0", "2.0", "3.0", "4.0", "5.0", "5.1", "6.0", "7.0"})
	h.Set("PSRemotingProtocolVersion", "2.3")
	h.Set("SerializationVersion", "1.1.0.1")
	h.Set("WSManStackVersion", "3.0")
	return h
}

// OutFile is Out-File: formatted output to a file.
type OutFile struct {
	InputObject any             `param:"ValueFromPipeline" help:"The objects to write."`
	FilePath    string          `param:"Position=0,Mandatory,Alias=Path" help:"The file."`
	Encoding    string          `param:"Position=1" help:"The text encoding (default UTF-8 without a byte-order mark)."`
	Append      pipeline.Switch `param:"" help:"Add to the end of the file."`
	Width       int             `param:"" help:"The line width for tables and lists."`
	NoNewline   pipeline.Switch `param:"" help:"Write no line breaks."`
	NoClobber   pipeline.Switch `param:"Alias=NoOverwrite" help:"Do not overwrite an existing file."`
	Force       pipeline.Switch `param:"" help:"Accepted for compatibility."`

	b strings.Builder
	f *format.Formatter
}

// SupportsShouldProcess adds -WhatIf and -Confirm.
func (*OutFile) SupportsShouldProcess() bool { return true }

// Process formats one object.
func (o *OutFile) Process(c *pipeline.Context) error {
	if err := checkEncoding(o.Encoding); err != nil {
		return err
	}
	in, ok := inputOf(c, o.InputObject)
	if !ok {
		return nil
	}
	if o.f == nil {
		o.f = newFormatter(c, &o.b, o.Width)
	}
	return o.f.Write(displayValue(in))
}

// End writes the file.
func (o *OutFile) End(c *pipeline.Context) error {
	if o.f != nil {
		_ = o.f.Close()
	}
	if err := needFiles(c); err != nil {
		return err
	}
	p := c.Session().ResolvePath(o.FilePath)
	if o.NoClobber && !o.Append {
		if _, err := os.Stat(p); err == nil {
			return pipeline.Errorf("NoClobber", pipeline.ResourceExists, p, "The file '%s' already exists.", p)
		}
	}
	if !c.ShouldProcess(p, "Output to File") {
		return nil
	}
	text := o.b.String()
	if o.NoNewline {
		text = strings.ReplaceAll(text, "\n", "")
	}
	if err := writeText(p, text, o.Encoding, bool(o.Append)); err != nil {
		c.WriteError(ioError(err, "FileOpenFailure", p))
	}
	return nil
}
