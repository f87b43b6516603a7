package core

import (
	"sync"

	"github.com/psh-project/psh/pipeline"
)

// locationStacks holds each session's Push-Location stack. A Module value
// owns one, so shells made with their own core.Module() share nothing.
type locationStacks struct {
	mu sync.Mutex
	m  map[pipeline.Session][]string
}

func (l *locationStacks) push(s pipeline.Session, dir string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.m == nil {
		l.m = map[pipeline.Session][]string{}
	}
	l.m[s] = append(l.m[s], dir)
}

func (l *locationStacks) pop(s pipeline.Session) (string, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	st := l.m[s]
	if len(st) == 0 {
		return "", false
	}
	dir := st[len(st)-1]
	l.m[s] = st[:len(st)-1]
	return dir, true
}

// PushLocation is Push-Location (pushd): it saves the current location on
// the stack and, given a path, changes to it.
type PushLocation struct {
	Path     string          `param:"Position=0,ValueFromPipeline,ValueFromPipelineByPropertyName,Alias=FullName" help:"The location to change to after saving the current one."`
	PassThru pipeline.Switch `param:"" help:"Output the new location."`

	stacks *locationStacks
}

// Process pushes the current location and changes to Path.
func (p *PushLocation) Process(c *pipeline.Context) error {
	cur := c.Session().Dir()
	if p.Path != "" {
		set := &SetLocation{Path: p.Path, PassThru: p.PassThru}
		if err := set.Process(c); err != nil {
			return err
		}
	}
	p.stacks.push(c.Session(), cur)
	return nil
}

// PopLocation is Pop-Location (popd): it changes back to the location most
// recently pushed.
type PopLocation struct {
	PassThru pipeline.Switch `param:"" help:"Output the new location."`

	stacks *locationStacks
}

// Process pops a location and changes to it.
func (p *PopLocation) Process(c *pipeline.Context) error {
	dir, ok := p.stacks.pop(c.Session())
	if !ok {
		return nil // PowerShell does nothing when the stack is empty
	}
	return (&SetLocation{Path: dir, PassThru: p.PassThru}).Process(c)
}

// locationStackCommands returns Push-Location and Pop-Location sharing one
// stack store.
func locationStackCommands() []*pipeline.CommandInfo {
	st := &locationStacks{}
	push := pipeline.Cmd[PushLocation]("Push-Location", hlp("Adds the current location to the top of a location stack.",
		"Push-Location saves the current location and, given a path, changes to it; Pop-Location returns.",
		"Push-Location /tmp; Get-Location; Pop-Location", "Works in /tmp, then returns."))
	push.New = func() pipeline.Cmdlet { return &PushLocation{stacks: st} }
	pop := pipeline.Cmd[PopLocation]("Pop-Location", hlp("Changes the current location to the location most recently pushed onto the stack.",
		"Pop-Location changes to the location Push-Location saved last; with an empty stack it does nothing.",
		"Push-Location /tmp; Pop-Location", "Back where it started."))
	pop.New = func() pipeline.Cmdlet { return &PopLocation{stacks: st} }
	return []*pipeline.CommandInfo{push, pop}
}
