package exchange_test

import (
	"context"
	"io"
	"os"
	"testing"
	"time"

	"github.com/psh-project/psh/cmdlets/core"
	"github.com/psh-project/psh/cmdlets/exchange"
	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/shell"
)

func TestZZProf(t *testing.T) {
	path := os.Getenv("ZZ_DB")
	script := os.Getenv("ZZ_SCRIPT")
	if path == "" {
		t.Skip()
	}
	sh, err := shell.New(shell.WithStdio(nil, io.Discard, io.Discard), shell.WithModule(core.Module()),
		shell.WithModule(exchange.Module(func() (directory.Store, error) { return directory.Open(path) })))
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	err = sh.Run(context.Background(), script)
	t.Log(time.Since(start), err)
}
