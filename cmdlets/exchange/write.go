package exchange

import (
	"errors"
	"fmt"

	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/pipeline"
)

// errNoChange tells Batch.Modify to write nothing without the "no settings
// modified" warning: the change was skipped (the Administrator rule). A
// change that leaves the record as it was is the directory's
// ErrUnchanged.
var errNoChange = errors.New("no change")

// target is the object a changing cmdlet works on: its GUID, the name
// ShouldProcess and error messages show, and the record a piped Get-*
// object was made from (nil for text identities).
type target struct {
	guid directory.Guid
	name string
	snap *directory.Recipient
}

// resolve turns an Identity value into a target: a piped object by its GUID
// (never re-resolved by name), text by Exchange's identity rules.
func (w *writer) resolve(c *pipeline.Context, kind directory.Kind, id any) (target, error) {
	s, err := w.cn.get()
	if err != nil {
		return target{}, err
	}
	if id == nil {
		return target{}, &directory.NotFoundError{Identity: "", Server: s.DomainController()}
	}
	id, err = identityArg(id, idParameterType(kind))
	if err != nil {
		return target{}, err
	}
	if g, name, ok := guidOf(id); ok {
		snap, _ := directory.Snapshot(id)
		return target{g, name, snap}, nil
	}
	r, err := s.Resolve(c.Context(), kind, identityText(id))
	if err != nil {
		return target{}, err
	}
	return target{r.Guid, r.Identity, r}, nil
}

// modify is the whole per-object flow of a Set-* cmdlet: resolve, ask
// ShouldProcess, change the record inside the shared batch. fn returns
// errNoChange to write nothing. Failures are non-terminating errors; the
// changed record is returned (nil when nothing was written).
func (w *writer) modify(c *pipeline.Context, kind directory.Kind, id any, action string,
	fn func(r *directory.Recipient) error) *directory.Recipient {
	t, err := w.resolve(c, kind, id)
	if err != nil {
		w.fail(c, err, id)
		return nil
	}
	if !c.ShouldProcess(t.name, action) {
		return nil
	}
	b, ctx, err := w.batch(c)
	if err != nil {
		w.fail(c, err, id)
		return nil
	}
	s, _ := w.cn.get()
	change := func(r *directory.Recipient) error {
		if !kind.Contains(r) {
			return &directory.NotFoundError{Identity: t.name, Server: s.DomainController()}
		}
		return fn(r)
	}
	// The record the identity was resolved to (or the piped object was made
	// from) is the starting point: ModifyFrom writes only if it is still
	// current and otherwise reads it again, so no concurrent update is lost.
	var r *directory.Recipient
	if t.snap != nil && t.snap.Guid == t.guid {
		r, err = b.ModifyFrom(ctx, t.snap, change)
	} else {
		r, err = b.Modify(ctx, t.guid, change)
	}
	switch {
	case errors.Is(err, errNoChange):
		return nil
	case errors.Is(err, directory.ErrUnchanged):
		// The directory compared the record once, column by column.
		c.WriteWarning(fmt.Sprintf("The command completed successfully but no settings of '%s' have been modified.", t.name))
		return nil
	case err != nil:
		var nf *directory.NotFoundError
		if errors.As(err, &nf) && nf.Identity == t.guid.String() {
			err = &directory.NotFoundError{Identity: t.name, Server: s.DomainController()}
		}
		w.fail(c, err, id)
		return nil
	}
	return r
}

// fail writes err as a non-terminating error (which the error preference
// may turn into a terminating one; Dispose then commits the batch). A
// cancelled run is not reported here: the runner stops it at the next
// object with "The pipeline has been stopped."
func (w *writer) fail(c *pipeline.Context, err error, targetObj any) {
	if pipeline.IsPipelineStopped(err) {
		return
	}
	c.WriteError(record(err, targetObj))
}
