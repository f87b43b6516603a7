package exchange

import (
	"errors"
	"fmt"

	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/filter"
	"github.com/psh-project/psh/pipeline"
)

// getter is what the four Get-* cmdlets share: their parameters and the
// query they run.
type getter struct {
	DomainController string `param:"" help:"The domain controller to use. Accepted so that scripts written for Exchange run unchanged; psh has one recipient directory."`

	cn     *conn
	cmdlet string
	kind   directory.Kind
	view   func(*directory.Recipient) any
	shape  directory.View // what view makes of the records, for the store

	Identity             any      `param:"Position=0,ValueFromPipeline,ValueFromPipelineByPropertyName,AsText" help:"The object to return: name, alias, email address, DN, canonical name, GUID, domain\\user or UPN. A leading or trailing * is a wildcard."`
	Anr                  string   `param:"" help:"Ambiguous name resolution: a prefix of the name, display name, first name, last name or alias."`
	Filter               any      `param:"" help:"An OPATH filter, for example \"Department -like 'Engineering*'\"."`
	OrganizationalUnit   string   `param:"" help:"Return only objects in this OU (DN, canonical name, GUID or name) or below it."`
	RecipientTypeDetails []string `param:"" help:"Return only objects of these RecipientTypeDetails."`
	ResultSize           any      `param:"" help:"The most objects to return: a number or Unlimited. The default is 1000."`
	SortBy               string   `param:"Alias=Sortby" help:"Sort the results by this property, ascending."`

	query   directory.Query
	program *filter.Program
}

// begin checks the parameters once: a bad -Filter, -ResultSize or -SortBy
// is a terminating error, as Exchange fails while binding them.
func (g *getter) begin(c *pipeline.Context) error {
	return attributed(c, g.check(c))
}

// check does begin's work.
func (g *getter) check(c *pipeline.Context) error {
	if g.Identity != nil && g.Anr != "" {
		return &pipeline.ErrorRecord{Err: errors.New("Parameter set cannot be resolved using the specified named parameters."),
			ID: "AmbiguousParameterSet,ParameterBindingException", Category: pipeline.InvalidArgument, Terminating: true}
	}
	prog, err := compileFilter(g.cmdlet, g.Filter)
	if err != nil {
		return terminating(c, err, g.Filter)
	}
	size, err := parseResultSize(g.ResultSize)
	if err != nil {
		return err
	}
	details, err := parseDetails(g.RecipientTypeDetails)
	if err != nil {
		return err
	}
	if err := checkSortBy(g.cmdlet, g.SortBy); err != nil {
		return err
	}
	g.program = prog
	g.query = directory.Query{Kind: g.kind, Filter: prog, OrganizationalUnit: g.OrganizationalUnit,
		RecipientTypeDetails: details, Anr: g.Anr, SortBy: g.SortBy, ResultSize: size, View: g.shape}
	return nil
}

// process emits the objects Identity names, or runs the query when no
// Identity was given ($null counts as not given, as in Exchange).
func (g *getter) process(c *pipeline.Context) error {
	s, err := g.cn.get()
	if err != nil {
		return terminating(c, err, nil)
	}
	if g.Identity == nil {
		return g.runQuery(c, s)
	}
	id, err := identityArg(g.Identity, idParameterType(g.kind))
	if err != nil {
		c.WriteError(record(err, g.Identity))
		return nil
	}
	rs, err := g.lookup(c, s, id)
	if err != nil {
		c.WriteError(record(err, g.Identity))
		return nil
	}
	for _, r := range rs {
		if !g.matches(r) {
			continue
		}
		if err := c.Emit(g.view(r)); err != nil {
			return err
		}
	}
	return nil
}

// lookup finds what an Identity value names: a piped object by its GUID, a
// string by Exchange's identity rules (wildcards allowed).
func (g *getter) lookup(c *pipeline.Context, s directory.Store, id any) ([]*directory.Recipient, error) {
	ctx := c.Context()
	if guid, name, ok := guidOf(id); ok {
		r, err := s.Get(ctx, guid)
		if err == nil && !g.kind.Contains(r) {
			err = &directory.NotFoundError{Identity: name, Server: s.DomainController()}
		}
		if err != nil {
			return nil, err
		}
		return []*directory.Recipient{r}, nil
	}
	return s.Lookup(ctx, g.kind, identityText(id))
}

// matches applies -Filter, -RecipientTypeDetails and -Anr-free conditions
// to an object found by Identity.
func (g *getter) matches(r *directory.Recipient) bool {
	if g.program != nil && !g.program.Match(r, directory.Property) {
		return false
	}
	if len(g.query.RecipientTypeDetails) > 0 {
		for _, d := range g.query.RecipientTypeDetails {
			if d == r.RecipientTypeDetails {
				return true
			}
		}
		return false
	}
	return true
}

// runQuery runs the store query and writes Exchange's warning when
// -ResultSize cut the result short.
func (g *getter) runQuery(c *pipeline.Context, s directory.Store) error {
	more, err := g.each(c, s)
	if err != nil {
		return err
	}
	if more {
		if g.ResultSize == nil {
			c.WriteWarning(ResultSizeWarning)
		} else {
			c.WriteWarning("There are more results available than are currently displayed. To view them, increase the value for the ResultSize parameter.")
		}
	}
	return nil
}

// each emits the objects of the query, as the store reads them when it
// can; an error is the pipeline's (a downstream stop) or a terminating one.
func (g *getter) each(c *pipeline.Context, s directory.Store) (bool, error) {
	if st, ok := s.(directory.Streamer); ok {
		var emitErr error
		q := g.query
		if props, ok := c.DownstreamProperties(); ok {
			q.Properties = props
		}
		more, err := st.QueryEach(c.Context(), q, func(r *directory.Recipient) error {
			emitErr = c.Emit(g.view(r))
			return emitErr
		})
		if emitErr != nil {
			return false, emitErr
		}
		if err != nil {
			return false, terminating(c, err, nil)
		}
		return more, nil
	}
	res, err := s.Query(c.Context(), g.query)
	if err != nil {
		return false, terminating(c, err, nil)
	}
	for _, r := range res.Recipients {
		if err := c.Emit(g.view(r)); err != nil {
			return false, err
		}
	}
	return res.More, nil
}

// identityText is the text of an Identity value that is not a directory
// object.
func identityText(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case fmt.Stringer:
		return x.String()
	}
	return fmt.Sprint(v)
}

// GetMailbox is Get-Mailbox: mailboxes (user and shared) as Mailbox objects.
type GetMailbox struct{ getter }

// Begin implements pipeline.Beginner.
func (g *GetMailbox) Begin(c *pipeline.Context) error { return g.begin(c) }

// Process implements pipeline.Cmdlet.
func (g *GetMailbox) Process(c *pipeline.Context) error { return g.process(c) }

// GetUser is Get-User: every user account, with or without a mailbox.
type GetUser struct{ getter }

// Begin implements pipeline.Beginner.
func (g *GetUser) Begin(c *pipeline.Context) error { return g.begin(c) }

// Process implements pipeline.Cmdlet.
func (g *GetUser) Process(c *pipeline.Context) error { return g.process(c) }

// GetCASMailbox is Get-CASMailbox: the client-access settings of mailboxes.
type GetCASMailbox struct {
	getter
	ProtocolSettings pipeline.Switch `param:"" help:"Also return the POP3 and IMAP4 protocol settings (they are always present here)."`
}

// Begin implements pipeline.Beginner.
func (g *GetCASMailbox) Begin(c *pipeline.Context) error { return g.begin(c) }

// Process implements pipeline.Cmdlet.
func (g *GetCASMailbox) Process(c *pipeline.Context) error { return g.process(c) }

// GetRecipient is Get-Recipient: every mail-enabled object.
type GetRecipient struct {
	getter
	RecipientType []string `param:"" help:"Return only objects of these RecipientType values."`
}

// Begin implements pipeline.Beginner.
func (g *GetRecipient) Begin(c *pipeline.Context) error {
	if err := g.begin(c); err != nil {
		return err
	}
	types, err := parseTypes(g.RecipientType)
	if err != nil {
		return attributed(c, err)
	}
	g.query.RecipientType = types
	if len(types) > 0 && len(g.query.RecipientTypeDetails) > 0 && !overlap(types, g.query.RecipientTypeDetails) {
		return attribute(c, &pipeline.ErrorRecord{Err: errors.New("None of the specified RecipientTypeDetails are included in any specified recipient type."),
			ID: "ArgumentException", Category: pipeline.InvalidArgument, Terminating: true})
	}
	return nil
}

// Process implements pipeline.Cmdlet.
func (g *GetRecipient) Process(c *pipeline.Context) error { return g.process(c) }

func overlap(types []directory.RecipientType, details []directory.RecipientTypeDetails) bool {
	for _, d := range details {
		for _, t := range types {
			if d.TypeOf() == t {
				return true
			}
		}
	}
	return false
}
