package directory

import (
	"context"
	"fmt"
	"testing"
)

func TestZZExplain(t *testing.T) {
	s := demoStore(t)
	for _, c := range []struct{ cmd, f string; k Kind }{{"Get-User", taskUserFilter, KindUser}, {"Get-CASMailbox", taskCASFilter, KindMailbox}} {
		p := compile(t, c.cmd, c.f)
		w, a, _ := s.(*sqliteStore).whereClause(context.Background(), Query{Kind: c.k, Filter: p})
		fmt.Println(w, a)
	}
}
