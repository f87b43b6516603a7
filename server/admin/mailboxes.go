package admin

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/psh-project/psh/pipeline"
)

// sortKeys are the list's sortable columns: the -SortBy properties that
// both Get-Mailbox and Get-Recipient accept.
var sortKeys = []string{"DisplayName", "Name", "Alias"}

// listQuery is what a mailbox list request asks for.
type listQuery struct {
	Search string // the search box: part of a name, email address or alias
	Adv    advancedSearch
	Sort   string
	After  cursor   // start of this page ("" value: the first page)
	Back   []cursor // the starts of the earlier pages, for Previous
}

// advancedSearch is More options > Advanced search.
type advancedSearch struct {
	Name, Alias, Department, State, OU string
	Type                               string // RecipientTypeDetails, "" for any
	Pop, Imap                          string // "", "enabled" or "disabled"
}

// Empty reports whether no advanced search field is set.
func (a advancedSearch) Empty() bool { return a == advancedSearch{} }

// mailboxTypes are the types advanced search offers, with EAC's names.
var mailboxTypes = []struct{ Value, Label string }{
	{"UserMailbox", "User"}, {"SharedMailbox", "Shared"}, {"RoomMailbox", "Room"}, {"EquipmentMailbox", "Equipment"},
}

// typeLabel returns EAC's name of a RecipientTypeDetails value.
func typeLabel(details string) string {
	for _, t := range mailboxTypes {
		if t.Value == details {
			return t.Label
		}
	}
	return details
}

// parseListQuery reads a list request's query string.
func parseListQuery(v url.Values) listQuery {
	q := listQuery{Search: strings.TrimSpace(v.Get("q")), Sort: "DisplayName"}
	for _, k := range sortKeys {
		if strings.EqualFold(v.Get("sort"), k) {
			q.Sort = k
		}
	}
	q.Adv = advancedSearch{Name: strings.TrimSpace(v.Get("name")), Alias: strings.TrimSpace(v.Get("alias")),
		Department: strings.TrimSpace(v.Get("department")), State: strings.TrimSpace(v.Get("state")),
		OU: strings.TrimSpace(v.Get("ou")), Type: v.Get("type"), Pop: v.Get("pop"), Imap: v.Get("imap")}
	if !validType(q.Adv.Type) {
		q.Adv.Type = ""
	}
	if q.Adv.Pop != "enabled" && q.Adv.Pop != "disabled" {
		q.Adv.Pop = ""
	}
	if q.Adv.Imap != "enabled" && q.Adv.Imap != "disabled" {
		q.Adv.Imap = ""
	}
	q.After = parseCursor(v.Get("after"))
	for _, b := range v["back"] {
		q.Back = append(q.Back, parseCursor(b))
	}
	if len(q.Back) > maxBack {
		q.Back = q.Back[len(q.Back)-maxBack:]
	}
	return q
}

// maxBack bounds how many earlier pages Previous remembers.
const maxBack = 100

func validType(t string) bool {
	for _, m := range mailboxTypes {
		if m.Value == t {
			return true
		}
	}
	return false
}

// cursor is where a page starts in the sort order: the first row whose
// sort value is at least Value, after skipping Skip rows with exactly
// Value (rows of equal value that earlier pages showed).
type cursor struct {
	Value string
	Skip  int
	Set   bool
}

func parseCursor(s string) cursor {
	n, v, ok := strings.Cut(s, ":")
	if !ok {
		return cursor{}
	}
	skip, err := strconv.Atoi(n)
	if err != nil || skip < 0 || skip > 100000 {
		return cursor{}
	}
	return cursor{Value: v, Skip: skip, Set: true}
}

func (c cursor) String() string {
	if !c.Set {
		return ""
	}
	return strconv.Itoa(c.Skip) + ":" + c.Value
}

// likeContains is an OPATH -like pattern matching s anywhere.
func likeContains(s string) string { return opathLiteral("*" + s + "*") }

// filterClauses returns the OPATH conditions of q, without the cursor.
func (q listQuery) filterClauses() []string {
	var cl []string
	if q.Search != "" {
		p := likeContains(q.Search)
		cl = append(cl, fmt.Sprintf("(DisplayName -like %s -or Name -like %s -or Alias -like %s -or PrimarySmtpAddress -like %s)", p, p, p, p))
	}
	a := q.Adv
	if a.Name != "" {
		p := likeContains(a.Name)
		cl = append(cl, fmt.Sprintf("(DisplayName -like %s -or Name -like %s)", p, p))
	}
	if a.Alias != "" {
		cl = append(cl, "Alias -like "+likeContains(a.Alias))
	}
	if a.Department != "" {
		cl = append(cl, "Department -like "+likeContains(a.Department))
	}
	if a.State != "" {
		cl = append(cl, "StateOrProvince -like "+likeContains(a.State))
	}
	return cl
}

// command returns the script that fetches q's page: Get-Mailbox for the
// list and the search box, Get-Recipient (which knows Department and
// StateOrProvince) for advanced search, and a Get-CASMailbox check per
// mailbox for the POP3 and IMAP4 states, which only Get-CASMailbox can
// filter on. It asks for at most want rows.
func (q listQuery) command(want int) string {
	cl := q.filterClauses()
	if q.After.Set {
		cl = append(cl, q.Sort+" -ge "+opathLiteral(q.After.Value))
	}
	var b strings.Builder
	if q.Adv.Empty() {
		b.WriteString("Get-Mailbox")
	} else {
		b.WriteString("Get-Recipient -RecipientTypeDetails ")
		if q.Adv.Type != "" {
			b.WriteString(q.Adv.Type)
		} else {
			for i, t := range mailboxTypes {
				if i > 0 {
					b.WriteByte(',')
				}
				b.WriteString(t.Value)
			}
		}
		if q.Adv.OU != "" {
			b.WriteString(" -OrganizationalUnit " + psQuote(q.Adv.OU))
		}
	}
	if len(cl) > 0 {
		b.WriteString(" -Filter " + psQuote(strings.Join(cl, " -and ")))
	}
	b.WriteString(" -SortBy " + q.Sort)
	protocols := q.protocolTest()
	if protocols == "" {
		fmt.Fprintf(&b, " -ResultSize %d", want)
		return b.String()
	}
	fmt.Fprintf(&b, " -ResultSize Unlimited | Where-Object { $cas = Get-CASMailbox -Identity $_.Guid.ToString(); %s } | Select-Object -First %d", protocols, want)
	return b.String()
}

// protocolTest is the Where-Object condition on $cas for the POP3 and
// IMAP4 states asked for, or "".
func (q listQuery) protocolTest() string {
	var t []string
	if q.Adv.Pop != "" {
		t = append(t, "$cas.PopEnabled -eq "+psBool(q.Adv.Pop == "enabled"))
	}
	if q.Adv.Imap != "" {
		t = append(t, "$cas.ImapEnabled -eq "+psBool(q.Adv.Imap == "enabled"))
	}
	return strings.Join(t, " -and ")
}

// row is one mailbox in the list.
type row struct {
	ID, DisplayName, Type, TypeLabel, Email, Sort string
}

// rowOf reads a Get-Mailbox or Get-Recipient object.
func rowOf(v any, sortKey string) row {
	r := row{ID: propString(v, "Guid"), DisplayName: propString(v, "DisplayName"),
		Type: propString(v, "RecipientTypeDetails"), Email: propString(v, "PrimarySmtpAddress"),
		Sort: propString(v, sortKey)}
	r.TypeLabel = typeLabel(r.Type)
	return r
}

// propString returns property name of v as text ("" if it has none).
func propString(v any, name string) string {
	p, ok := pipeline.GetProperty(v, name)
	if !ok || p == nil {
		return ""
	}
	return fmt.Sprint(p)
}

// listData is the mailbox list page's data.
type listData struct {
	Q          listQuery
	Types      []struct{ Value, Label string }
	Rows       []row
	Errors     []string
	First      int // 1-based number of the first row shown
	Next, Prev string
	Sorts      []sortLink
	FirstPage  string
	Self       string // this page's URL
}

// sortLink is a sortable column header.
type sortLink struct {
	Key, Label, URL string
	Current         bool
}

// page runs q and returns its rows (at most the page size) and the
// cursor of the next page (Set false when this is the last page).
func (c *Center) page(r *http.Request, s *session, q listQuery) ([]row, cursor, *result) {
	size := c.opts.PageSize
	want := size + q.After.Skip + 1
	res := c.run(r.Context(), s, q.command(want), true)
	var rows []row
	for _, v := range res.out {
		rows = append(rows, rowOf(v, q.Sort))
	}
	if q.After.Skip > 0 {
		n := 0
		for n < len(rows) && n < q.After.Skip && strings.EqualFold(rows[n].Sort, q.After.Value) {
			n++
		}
		rows = rows[n:]
	}
	if len(rows) <= size {
		return rows, cursor{}, res
	}
	rows = rows[:size]
	last := rows[size-1].Sort
	next := cursor{Value: last, Set: true}
	for _, rw := range rows {
		if strings.EqualFold(rw.Sort, last) {
			next.Skip++
		}
	}
	if q.After.Set && strings.EqualFold(q.After.Value, last) {
		next.Skip += q.After.Skip
	}
	return rows, next, res
}

// mailboxList is Recipients > Mailboxes.
func (c *Center) mailboxList(w http.ResponseWriter, r *http.Request, s *session) {
	q := parseListQuery(r.URL.Query())
	rows, next, res := c.page(r, s, q)
	d := listData{Q: q, Types: mailboxTypes, Rows: rows, Errors: res.messages(), First: 1 + len(q.Back)*c.opts.PageSize}
	if next.Set {
		d.Next = q.url(next, append(q.Back, q.After), q.Sort)
	}
	if len(q.Back) > 0 {
		d.Prev = q.url(q.Back[len(q.Back)-1], q.Back[:len(q.Back)-1], q.Sort)
	}
	d.FirstPage = q.url(cursor{}, nil, q.Sort)
	d.Self = q.url(q.After, q.Back, q.Sort)
	labels := map[string]string{"DisplayName": "Display name", "Name": "Name", "Alias": "Alias"}
	for _, k := range sortKeys {
		d.Sorts = append(d.Sorts, sortLink{Key: k, Label: labels[k], URL: q.url(cursor{}, nil, k), Current: k == q.Sort})
	}
	status := http.StatusOK
	if res.err != nil {
		status = http.StatusBadRequest
	}
	c.render(w, status, "mailboxes", viewFor(s, "Mailboxes", "mailboxes", d))
}

// url is the list URL for q's search starting at after, sorted by sort.
func (q listQuery) url(after cursor, back []cursor, sort string) string {
	v := url.Values{}
	set := func(k, val string) {
		if val != "" {
			v.Set(k, val)
		}
	}
	set("q", q.Search)
	set("name", q.Adv.Name)
	set("alias", q.Adv.Alias)
	set("department", q.Adv.Department)
	set("state", q.Adv.State)
	set("ou", q.Adv.OU)
	set("type", q.Adv.Type)
	set("pop", q.Adv.Pop)
	set("imap", q.Adv.Imap)
	if sort != "DisplayName" {
		v.Set("sort", sort)
	}
	set("after", after.String())
	for _, b := range back {
		v.Add("back", b.String())
	}
	if len(v) == 0 {
		return "/mailboxes"
	}
	return "/mailboxes?" + v.Encode()
}
