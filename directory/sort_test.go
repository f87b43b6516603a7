package directory

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// sortKey is a column's value as SQLite's NOCASE collation orders it.
type sortKey struct {
	null bool
	val  string
}

// nocase folds ASCII letters only, as SQLite's NOCASE does.
func nocase(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}, s)
}

// TestSortedQueriesMatchReference: sorted queries (served by the full sort
// indexes since version 7) return exactly the objects an unsorted query
// returns, ordered as SQL orders the column: NULL first, then empty, then
// by NOCASE value, ties by creation order; -ResultSize cuts that order.
func TestSortedQueriesMatchReference(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t).(*sqliteStore)
	// Some NULL, some empty and some equal display names and cities, so
	// the order of NULLs, empties and ties is exercised.
	for _, stmt := range []string{
		"UPDATE recipients SET display_name = NULL WHERE id % 7 = 0",
		"UPDATE recipients SET display_name = '' WHERE id % 11 = 0",
		"UPDATE recipients SET display_name = 'same name' WHERE id % 5 = 0",
		"UPDATE recipients SET display_name = 'SAME NAME' WHERE id % 13 = 0",
		"UPDATE recipients SET city = NULL WHERE id % 3 = 0",
	} {
		if _, err := s.db.Exec(stmt); err != nil {
			t.Fatal(err)
		}
	}
	filters := map[string]string{"": "", "ge": "DisplayName -ge 'm'", "like": "Name -like 'a*'", "contains": "DisplayName -like '*a*'"}
	cmdlets := map[Kind]string{KindMailbox: "Get-Mailbox", KindUser: "Get-User", KindRecipient: "Get-Recipient"}
	for kind, cmdlet := range cmdlets {
		for _, sortBy := range []string{"DisplayName", "Name", "City", "Alias"} {
			if !slices.Contains(SortProperties(cmdlet), sortBy) {
				continue
			}
			col := strings.TrimPrefix(sortColumns[strings.ToLower(sortBy)], "r.")
			keys := columnKeys(t, s.db, col)
			for fname, ftext := range filters {
				for _, size := range []int{0, 1, 5, 51} {
					t.Run(fmt.Sprintf("%s/%s/%s/%d", cmdlet, sortBy, fname, size), func(t *testing.T) {
						q := Query{Kind: kind}
						if ftext != "" {
							q.Filter = compile(t, cmdlet, ftext)
						}
						ref, err := s.Query(ctx, q)
						if err != nil {
							t.Fatal(err)
						}
						want := slices.Clone(ref.Recipients)
						slices.SortStableFunc(want, func(a, b *Recipient) int {
							ka, kb := keys[a.rowid], keys[b.rowid]
							if ka.null != kb.null {
								if ka.null {
									return -1
								}
								return 1
							}
							return cmp.Or(strings.Compare(nocase(ka.val), nocase(kb.val)), cmp.Compare(a.rowid, b.rowid))
						})
						wantMore := false
						if size > 0 && len(want) > size {
							want, wantMore = want[:size], true
						}
						q.SortBy, q.ResultSize = sortBy, size
						got, err := s.Query(ctx, q)
						if err != nil {
							t.Fatal(err)
						}
						if len(want) == 0 {
							t.Fatalf("no objects match: the case tests nothing")
						}
						if g, w := rowids(got.Recipients), rowids(want); !slices.Equal(g, w) || got.More != wantMore {
							t.Errorf("got ids %v (more %v),\nwant %v (more %v)", g, got.More, w, wantMore)
						}
					})
				}
			}
		}
	}
}

// columnKeys reads col of every recipient by id.
func columnKeys(t *testing.T, db *sql.DB, col string) map[int64]sortKey {
	t.Helper()
	rows, err := db.Query("SELECT id, " + col + " FROM recipients")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[int64]sortKey{}
	for rows.Next() {
		var id int64
		var v sql.NullString
		if err := rows.Scan(&id, &v); err != nil {
			t.Fatal(err)
		}
		out[id] = sortKey{null: !v.Valid, val: v.String}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// rowids returns the id of each recipient.
func rowids(rs []*Recipient) []int64 {
	out := make([]int64, len(rs))
	for i, r := range rs {
		out[i] = r.rowid
	}
	return out
}

// TestSortedPagePlan: the admin center's list pages (Get-Mailbox -SortBy
// DisplayName/Name/Alias -ResultSize 51, keyset pages with -ge) read the
// sort column's index in order instead of sorting every mailbox.
func TestSortedPagePlan(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t).(*sqliteStore)
	for _, tt := range []struct {
		sortBy, filter, index string
		walk                  bool // the plan walks index in order
	}{
		{"DisplayName", "", "recipients_display_name", true},
		{"DisplayName", "DisplayName -ge 'x'", "recipients_display_name", true},
		{"Name", "", "recipients_name", true},
		{"Name", "Name -ge 'x'", "recipients_name", true},
		{"Alias", "Alias -ge 'x'", "recipients_alias", true},
		{"DisplayName", "DisplayName -like '*zaher*' -or Name -like '*zaher*'", "recipients_display_name", false},
	} {
		q := Query{Kind: KindMailbox, SortBy: tt.sortBy, ResultSize: 51}
		if tt.filter != "" {
			q.Filter = compile(t, "Get-Mailbox", tt.filter)
		}
		tail, args, err := s.whereClause(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		tail, args = cutSQL(q, tail, args)
		rows, err := s.db.Query("EXPLAIN QUERY PLAN SELECT r.id FROM recipients r "+tail, args...)
		if err != nil {
			t.Fatal(err)
		}
		var plan []string
		for rows.Next() {
			var id, parent, unused int
			var detail string
			if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
				t.Fatal(err)
			}
			plan = append(plan, detail)
		}
		rows.Close()
		text := strings.Join(plan, "; ")
		walks := !strings.Contains(text, "TEMP B-TREE") && strings.Contains(text, "INDEX "+tt.index)
		if walks != tt.walk {
			t.Errorf("-SortBy %s -Filter %q: plan %q; want it to walk the index %s in order: %v", tt.sortBy, tt.filter, text, tt.index, tt.walk)
		}
	}
}
