package repl

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/psh-project/psh/cmdlets/core"
	"github.com/psh-project/psh/pipeline"
	"github.com/psh-project/psh/shell"
)

// popOnly allows Set-CASMailbox with -Identity and -PopEnabled only, and
// nothing else of its module.
type popOnly struct{}

func (popOnly) CanRun(cmd string) bool { return strings.EqualFold(cmd, "Set-CASMailbox") }
func (popOnly) CanUseParameter(cmd, p string) bool {
	return strings.EqualFold(p, "Identity") || strings.EqualFold(p, "PopEnabled")
}

// TestCompleteRestricted: completion offers what a session's roles grant,
// as binding does.
func TestCompleteRestricted(t *testing.T) {
	m := &pipeline.Module{Name: "Mail", Commands: []*pipeline.CommandInfo{
		{Name: "Set-CASMailbox", New: func() pipeline.Cmdlet { return new(setCasMailbox) }},
		{Name: "Set-CASSecret", New: func() pipeline.Cmdlet { return new(setCasMailbox) }},
	}, Authorize: func(string) (pipeline.Authorizer, error) { return popOnly{}, nil }}
	sh, err := shell.New(shell.WithModule(core.Module()), shell.WithModule(m), shell.WithUser("helen"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		line string
		want []string
	}{
		{"Set-CAS", []string{"Set-CASMailbox"}},
		{"Set-CASMailbox -Pop", []string{"-PopEnabled"}},
		{"Set-CASMailbox -Ima", nil},
		{"Set-CASMailbox -Err", []string{"-ErrorAction", "-ErrorVariable"}},
	} {
		got, _ := Complete(sh, tc.line, len(tc.line))
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q: (-want +got)\n%s", tc.line, diff)
		}
	}
	var out strings.Builder
	sh2, _ := shell.New(shell.WithStdio(nil, &out, &out), shell.WithModule(m), shell.WithUser("helen"))
	_ = sh2.Run(t.Context(), "Set-CASMailbox x -ImapEnabled $true")
	if want := "A parameter cannot be found that matches parameter name 'ImapEnabled'."; !strings.Contains(out.String(), want) {
		t.Errorf("binding: %s", out.String())
	}
}
