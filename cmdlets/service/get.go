package service

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/server/control"
)

// list returns pshd's services, or the catalogue (all Stopped) when pshd
// is not running; running says which.
func (c *client) list(ctx context.Context) (infos []control.ServiceInfo, running bool, err error) {
	cl, _ := c.get()
	infos, err = cl.List(ctx)
	if errors.Is(err, control.ErrNotRunning) {
		return control.Catalog(), false, nil
	}
	return infos, err == nil, err
}

// match returns the services a name (wildcards allowed) names, matched on
// Name or, with byDisplay, DisplayName.
func match(infos []control.ServiceInfo, pattern string, byDisplay bool) []control.ServiceInfo {
	w := pipeline.CompileWildcard(pattern, false)
	var out []control.ServiceInfo
	for _, i := range infos {
		field := i.Name
		if byDisplay {
			field = i.DisplayName
		}
		if w.Match(field) {
			out = append(out, i)
		}
	}
	return out
}

// notFound is Get-Service's error for a name that matches nothing.
func notFound(c *pipeline.Context, name string, byDisplay bool) {
	kind := "service name"
	if byDisplay {
		kind = "displayname"
	}
	c.WriteError(pipeline.NewError(fmt.Errorf("Cannot find any service with %s '%s'.", kind, name),
		"NoServiceFoundForGivenName,Microsoft.PowerShell.Commands."+stripDash(c.CommandName())+"Command", pipeline.ObjectNotFound, name))
}

// GetService is Get-Service: pshd's services with their state.
type GetService struct {
	cl          *client
	Name        []string `param:"Position=0,ValueFromPipeline,ValueFromPipelineByPropertyName,Alias=ServiceName" help:"Service names; wildcards are permitted."`
	DisplayName []string `param:"" help:"Display names; wildcards are permitted."`
}

// Process implements pipeline.Cmdlet.
func (g *GetService) Process(c *pipeline.Context) error {
	infos, _, err := g.cl.list(c.Context())
	if err != nil {
		return pipeline.NewError(err, "ServiceControlFailed", pipeline.ConnectionError, nil)
	}
	var out []control.ServiceInfo
	switch {
	case len(g.Name) > 0:
		out = g.find(c, infos, g.Name, false)
	case len(g.DisplayName) > 0:
		out = g.find(c, infos, g.DisplayName, true)
	default:
		out = infos
	}
	for _, i := range out {
		if err := c.Emit(controllerOf(i)); err != nil {
			return err
		}
	}
	return nil
}

func (g *GetService) find(c *pipeline.Context, infos []control.ServiceInfo, names []string, byDisplay bool) []control.ServiceInfo {
	var out []control.ServiceInfo
	for _, n := range names {
		m := match(infos, n, byDisplay)
		if len(m) == 0 && !pipeline.HasWildcard(n) {
			notFound(c, n, byDisplay)
		}
		for _, i := range m {
			if !slices.ContainsFunc(out, func(o control.ServiceInfo) bool { return strings.EqualFold(o.Name, i.Name) }) {
				out = append(out, i)
			}
		}
	}
	return out
}
