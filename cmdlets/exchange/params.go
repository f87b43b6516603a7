package exchange

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/filter"
	"github.com/psh-project/psh/pipeline"
)

// DefaultResultSize is how many objects a Get-* cmdlet returns when
// -ResultSize is not given.
const DefaultResultSize = 1000

// parseResultSize reads -ResultSize: a positive number or "Unlimited" (any
// case), which gives 0 (no limit).
func parseResultSize(v any) (int, error) {
	if v == nil {
		return DefaultResultSize, nil
	}
	switch x := v.(type) {
	case string:
		s := strings.TrimSpace(x)
		if strings.EqualFold(s, "unlimited") {
			return 0, nil
		}
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || n < 1 || n > math.MaxUint32 {
			return 0, bindError("ResultSize", v, "The value must be a positive number or \"Unlimited\".")
		}
		return int(n), nil
	case int, int32, int64, float64:
		n, err := strconv.ParseFloat(fmt.Sprint(x), 64)
		if err != nil || n < 1 || n > math.MaxUint32 || n != math.Trunc(n) {
			return 0, bindError("ResultSize", v, "The value must be a positive number or \"Unlimited\".")
		}
		return int(n), nil
	}
	if s, ok := v.(fmt.Stringer); ok {
		return parseResultSize(s.String())
	}
	return 0, bindError("ResultSize", v, "The value must be a positive number or \"Unlimited\".")
}

// compileFilter compiles -Filter (a string, or a script block whose text is
// the filter) against cmdlet's filterable-property schema.
func compileFilter(cmdlet string, v any) (*filter.Program, error) {
	var text string
	switch x := v.(type) {
	case nil:
		return nil, nil
	case string:
		text = x
	case pipeline.ScriptBlock:
		text = "{" + x.String() + "}"
	case fmt.Stringer:
		text = x.String()
	default:
		text = fmt.Sprint(v)
	}
	prog, err := filter.Compile(text, directory.FilterSchema(cmdlet))
	var fe *filter.Error
	if errors.As(err, &fe) && fe.Kind == filter.UnknownProperty {
		if where := filterableElsewhere(cmdlet, fe.Property); where != "" {
			// A property of another cmdlet, not a typo: say where it works.
			fe.Msg = fmt.Sprintf("\"%s\" is not a recognized filterable property for %s.%s",
				fe.Property, directory.FilterSchema(cmdlet).Cmdlet(), where)
			fe.Suggestions = nil
		}
	}
	return prog, err
}

// filterableElsewhere names the other Get cmdlets that can filter on prop,
// for the error of one that cannot: Get-Mailbox -Filter "Department ..."
// points to Get-User and Get-Recipient.
func filterableElsewhere(cmdlet, prop string) string {
	var others []string
	for _, c := range []string{"Get-Mailbox", "Get-User", "Get-CASMailbox", "Get-Recipient"} {
		if strings.EqualFold(c, cmdlet) {
			continue
		}
		if _, ok := directory.FilterSchema(c).Lookup(prop); ok {
			others = append(others, c)
		}
	}
	switch len(others) {
	case 0:
		return ""
	case 1:
		return " It can be filtered with " + others[0] + "."
	}
	return " It can be filtered with " + strings.Join(others[:len(others)-1], ", ") + " or " + others[len(others)-1] + "."
}

// exchangeDetails are the RecipientTypeDetails values Exchange accepts that
// the directory never stores: they are valid and match nothing.
var exchangeDetails = []string{"DiscoveryMailbox", "GroupMailbox", "LegacyMailbox", "LinkedMailbox",
	"LinkedRoomMailbox", "SchedulingMailbox", "TeamMailbox", "GuestMailUser", "LinkedUser",
	"PublicFolderMailbox", "RemoteEquipmentMailbox", "RemoteRoomMailbox", "RemoteSharedMailbox",
	"RemoteTeamMailbox", "RemoteUserMailbox", "SharedWithMailUser", "MailContact", "MailUniversalDistributionGroup",
	"MailUniversalSecurityGroup", "MailNonUniversalGroup", "DynamicDistributionGroup", "RoomList", "MailForestContact"}

// parseDetails reads -RecipientTypeDetails (comma lists allowed in each
// element).
func parseDetails(vals []string) ([]directory.RecipientTypeDetails, error) {
	var out []directory.RecipientTypeDetails
	for _, v := range splitList(vals) {
		if d, ok := directory.ParseRecipientTypeDetails(v); ok {
			out = append(out, d)
			continue
		}
		known := false
		for _, e := range exchangeDetails {
			if strings.EqualFold(e, v) {
				out, known = append(out, directory.RecipientTypeDetails(e)), true
			}
		}
		if !known {
			return nil, bindError("RecipientTypeDetails", v, fmt.Sprintf("Unable to match the identifier name %s to a valid enumerator name.", v))
		}
	}
	return out, nil
}

// recipientTypes are the RecipientType values Get-Recipient accepts.
var recipientTypes = []string{"UserMailbox", "MailUser", "MailContact", "MailUniversalDistributionGroup",
	"MailUniversalSecurityGroup", "MailNonUniversalGroup", "DynamicDistributionGroup", "PublicFolder"}

// parseTypes reads -RecipientType.
func parseTypes(vals []string) ([]directory.RecipientType, error) {
	var out []directory.RecipientType
	for _, v := range splitList(vals) {
		found := false
		for _, t := range recipientTypes {
			if strings.EqualFold(t, v) {
				out, found = append(out, directory.RecipientType(t)), true
			}
		}
		if !found {
			return nil, bindError("RecipientType", v, fmt.Sprintf("Unable to match the identifier name %s to a valid enumerator name.", v))
		}
	}
	return out, nil
}

// splitList flattens "a,b" elements and drops blanks.
func splitList(vals []string) []string {
	var out []string
	for _, v := range vals {
		for _, p := range strings.Split(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// checkSortBy rejects a -SortBy property the cmdlet does not allow.
func checkSortBy(cmdlet, prop string) error {
	if prop == "" {
		return nil
	}
	allowed := directory.SortProperties(cmdlet)
	for _, a := range allowed {
		if strings.EqualFold(a, prop) {
			return nil
		}
	}
	err := fmt.Errorf("The property \"%s\" can't be used with the SortBy parameter. Valid values are: %s.", prop, strings.Join(allowed, ", "))
	return &pipeline.ErrorRecord{Err: err, ID: "ArgumentException", Category: pipeline.InvalidArgument, Target: prop, Terminating: true}
}

// guidOf returns the GUID of an object piped from a Get-* cmdlet (or its
// Identity), so it binds to exactly that object.
func guidOf(v any) (directory.Guid, string, bool) {
	switch x := v.(type) {
	case *pipeline.PSObject:
		if id, ok := x.Get("Identity"); ok {
			return guidOf(id)
		}
	case directory.ObjectID:
		return x.Guid, x.Canonical, true
	case *directory.ObjectID:
		return x.Guid, x.Canonical, true
	case *directory.Mailbox:
		return x.Guid, x.Identity.Canonical, true
	case *directory.User:
		return x.Guid, x.Identity.Canonical, true
	case *directory.CASMailbox:
		return x.Guid, x.Identity.Canonical, true
	case *directory.ReducedRecipient:
		return x.Guid, x.Identity.Canonical, true
	case *directory.Recipient:
		return x.Guid, x.Identity, true
	}
	return directory.Guid{}, "", false
}

// idParameterType is the .NET type Exchange gives the Identity parameter
// of the cmdlets of a kind, as its conversion errors name it.
func idParameterType(kind directory.Kind) string {
	switch kind {
	case directory.KindUser:
		return "Microsoft.Exchange.Configuration.Tasks.UserIdParameter"
	case directory.KindRecipient:
		return "Microsoft.Exchange.Configuration.Tasks.RecipientIdParameter"
	}
	return "Microsoft.Exchange.Configuration.Tasks.MailboxIdParameter"
}

// identityArg is what an Identity value names, as Exchange's *IdParameter
// types take it: an object with an Identity property (an Import-Csv row, a
// Select-Object result) by that property, as PowerShell binds it by
// property name; a one-element array by its element. An object without
// one, a longer array or a hashtable is PowerShell's argument
// transformation error rather than a lookup of its text.
func identityArg(v any, idType string) (any, error) {
	switch x := v.(type) {
	case *pipeline.PSObject:
		if id, ok := x.Get("Identity"); ok {
			if _, isObj := id.(*pipeline.PSObject); !isObj {
				return identityArg(id, idType)
			}
		}
	case []any:
		if len(x) == 1 {
			return identityArg(x[0], idType)
		}
		return nil, transformationError(fmt.Errorf("Cannot convert 'System.Object[]' to the type '%s' required by parameter 'Identity'. Specified method is not supported.", idType), v)
	case *pipeline.Hashtable:
	default:
		return v, nil
	}
	return nil, transformationError(fmt.Errorf("Cannot convert the \"%s\" value of type \"%s\" to type \"%s\".",
		pipeline.ToString(v), pipeline.TypeName(v), idType), v)
}

// transformationError is PowerShell's ParameterArgumentTransformationError
// for the Identity parameter: a non-terminating error for that object.
func transformationError(err error, target any) *pipeline.ErrorRecord {
	return pipeline.NewError(fmt.Errorf("Cannot process argument transformation on parameter 'Identity'. %w", err),
		"ParameterArgumentTransformationError", pipeline.InvalidData, target)
}
