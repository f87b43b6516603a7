package exchange

import (
	"errors"
	"fmt"
	"strings"

	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/filter"
	"github.com/psh-project/psh/pipeline"
)

// errNoDirectory is returned when the module was built without a way to
// open the directory.
var errNoDirectory = errors.New("No recipient directory is configured for this shell.")

// ResultSizeWarning is the warning a Get-* cmdlet writes when more objects
// match than the default -ResultSize of 1000 lets through.
const ResultSizeWarning = `By default, only the first 1000 items are returned. Use the ResultSize parameter to specify the number of items returned. To return all items, specify "-ResultSize Unlimited". Be aware that, depending on the actual number of items, returning all items can take a long time and consume a large amount of memory. Also, we don't recommend storing the results in a variable. Instead, pipe the results to another task or script to perform batch changes.`

// record turns an error from the directory or the filter package into an
// error record with Exchange's category and error id; target is the object
// or identity the error concerns.
func record(err error, target any) *pipeline.ErrorRecord {
	var rec *pipeline.ErrorRecord
	if errors.As(err, &rec) {
		return rec
	}
	var (
		nf  *directory.NotFoundError
		amb *directory.AmbiguousError
		ou  *directory.OUNotFoundError
		val *directory.ValidationError
		fe  *filter.Error
		lk  *directory.LockedError
		ro  *directory.ReadOnlyError
		df  *directory.FileError
	)
	switch {
	case errors.As(err, &df):
		return pipeline.NewError(err, "DirectoryFileUnusable", pipeline.ResourceUnavailable, target)
	case errors.As(err, &lk):
		return pipeline.NewError(namedWrite(err, target), "DirectoryLocked", pipeline.ResourceUnavailable, target)
	case errors.As(err, &ro):
		return pipeline.NewError(namedWrite(err, target), "DirectoryReadOnly", pipeline.PermissionDenied, target)
	case errors.As(err, &nf):
		return pipeline.NewError(err, "ManagementObjectNotFoundException", pipeline.NotSpecified, target)
	case errors.As(err, &amb):
		// Exchange's text, then the matching objects so the user can pick one.
		msg := amb.Error()
		if len(amb.Matches) > 0 {
			msg += " Matching objects: " + strings.Join(amb.Matches, "; ") + "."
		}
		return pipeline.NewError(errors.New(msg), "ManagementObjectAmbiguousException", pipeline.NotSpecified, target)
	case errors.As(err, &ou):
		return pipeline.NewError(err, "ManagementObjectNotFoundException", pipeline.NotSpecified, target)
	case errors.As(err, &val):
		return pipeline.NewError(err, "DataValidationException", pipeline.InvalidData, target)
	case errors.As(err, &fe):
		return pipeline.NewError(err, "ParameterBindingFailed", pipeline.InvalidArgument, target)
	case errors.Is(err, directory.ErrAdministratorProtocol):
		return pipeline.NewError(err, "InvalidOperationException", pipeline.InvalidOperation, target)
	}
	return pipeline.NewError(err, "RuntimeException", pipeline.NotSpecified, target)
}

// namedWrite puts the name of the object that could not be written before
// a directory-wide write failure (a lock, a read-only file), so that the
// person sees which objects were not changed.
func namedWrite(err error, target any) error {
	if target == nil {
		return err
	}
	name := identityText(target)
	if _, n, ok := guidOf(target); ok {
		name = n
	}
	return fmt.Errorf("Couldn't write '%s': %w", name, err)
}

// terminating returns err as a terminating error record (a bad -Filter, an
// unusable directory): the pipeline stops.
func terminating(c *pipeline.Context, err error, target any) *pipeline.ErrorRecord {
	r := *record(err, target)
	r.Terminating = true
	return attribute(c, &r)
}

// attribute names the running command and its position in a terminating
// error record that has none (the runner fills them only for
// non-terminating ones).
func attribute(c *pipeline.Context, r *pipeline.ErrorRecord) *pipeline.ErrorRecord {
	if r.Command == "" {
		r.Command = c.CommandName()
	}
	if !r.Pos.IsValid() {
		r.Pos = c.Position()
	}
	return r
}

// attributed is attribute for any error a Begin or Process returns.
func attributed(c *pipeline.Context, err error) error {
	var rec *pipeline.ErrorRecord
	if err != nil && errors.As(err, &rec) {
		return attribute(c, rec)
	}
	return err
}

// bindError is a parameter value the cmdlet cannot use, worded as
// PowerShell's parameter binding does.
func bindError(param string, value any, reason string) *pipeline.ErrorRecord {
	err := fmt.Errorf("Cannot bind parameter '%s'. Cannot convert value \"%s\" to type \"%s\". Error: \"%s\"",
		param, pipeline.ToString(value), paramTypes[param], reason)
	return &pipeline.ErrorRecord{Err: err, ID: "CannotConvertArgumentNoMessage,ParameterBindingException",
		Category: pipeline.InvalidArgument, Target: value, Terminating: true}
}

// paramTypes names the Exchange types bindError mentions.
var paramTypes = map[string]string{
	"ResultSize":                      "Microsoft.Exchange.Data.Unlimited`1[System.UInt32]",
	"RecipientTypeDetails":            "Microsoft.Exchange.Data.Directory.Recipient.RecipientTypeDetails",
	"RecipientType":                   "Microsoft.Exchange.Data.Directory.Recipient.RecipientType",
	"SortBy":                          "System.String",
	"Filter":                          "System.String",
	"PopMessagesRetrievalMimeFormat":  "Microsoft.Exchange.Data.Directory.Recipient.MimeTextFormat",
	"ImapMessagesRetrievalMimeFormat": "Microsoft.Exchange.Data.Directory.Recipient.MimeTextFormat",
	"EmailAddresses":                  "Microsoft.Exchange.Data.ProxyAddressCollection",
	"Password":                        "System.Security.SecureString",
}
