package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"

	"github.com/psh-project/psh/directory"
)

// signIn checks the password of the -User account and returns the identity
// the session runs as. The password is asked for on the terminal without
// echo, or read as the first line of a stdin that is not a terminal; it is
// never taken from the command line, and -NonInteractive refuses to ask.
// stdin is returned with that line consumed.
func signIn(o *options, stdin io.Reader, stderr io.Writer) (io.Reader, error) {
	var pw []byte
	f, isFile := stdin.(*os.File)
	switch {
	case o.nonInteract:
		return stdin, fmt.Errorf("-User %s needs the account's password, and -NonInteractive forbids asking for it", o.user)
	case isFile && term.IsTerminal(int(f.Fd())):
		fmt.Fprintf(stderr, "Password for %s: ", o.user)
		b, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(stderr)
		if err != nil {
			return stdin, fmt.Errorf("reading the password: %w", err)
		}
		pw = b
	default:
		br := bufio.NewReader(stdin)
		line, err := br.ReadString('\n')
		if err != nil && (err != io.EOF || line == "") {
			return stdin, fmt.Errorf("-User %s: no password on stdin", o.user)
		}
		pw, stdin = []byte(strings.TrimRight(line, "\r\n")), br
	}
	store, err := directoryOpener(o, os.Getenv, nil)()
	if err != nil {
		return stdin, err
	}
	defer store.Close()
	r, err := store.Resolve(context.Background(), directory.KindUser, o.user)
	var nf *directory.NotFoundError
	if errors.As(err, &nf) || (err == nil && !r.CheckPassword(pw)) {
		// One message for both: which accounts exist is no one's business.
		return stdin, fmt.Errorf("-User %s: the user name or password is incorrect", o.user)
	}
	return stdin, err
}
