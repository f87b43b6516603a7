package main

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/psh-project/psh/server/control"
)

// writeConfig writes a configuration file and returns its path.
func writeConfig(t *testing.T, dir, json string) string {
	t.Helper()
	p := filepath.Join(dir, "pshd.json")
	if err := os.WriteFile(p, []byte(json), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestAdminCenterServedOverHTTPS: pshd serves the admin center with its
// certificate on the configured port; the session cookie is Secure.
func TestAdminCenterServedOverHTTPS(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "directory.db")
	cfg := writeConfig(t, dir, `{"AdminBinding": "127.0.0.1:0", "SmtpBindings": ["127.0.0.1:0"]}`)
	ctx, cancel := context.WithCancel(context.Background())
	log := &readyWriter{ready: make(chan struct{})}
	code := make(chan int, 1)
	env := func(k string) string { return map[string]string{"PSH_NO_DEMO": "1"}[k] }
	go func() { code <- run(ctx, []string{"-Directory", db, "-Config", cfg}, &bytes.Buffer{}, log, env) }()
	defer func() {
		cancel()
		if c := <-code; c != 0 {
			t.Errorf("exit %d: %s", c, log)
		}
	}()
	select {
	case <-log.ready:
	case c := <-code:
		code <- c
		t.Fatalf("pshd exited with %d: %s", c, log)
	}
	m := regexp.MustCompile(`msg="admin center" url=(https://127\.0\.0\.1:\d+/)`).FindStringSubmatch(log.String())
	if m == nil {
		t.Fatalf("no admin center URL in the log:\n%s", log)
	}
	pem, err := os.ReadFile(filepath.Join(control.RunDir(db), "certificate.pem"))
	if err != nil {
		t.Fatal(err)
	}
	roots := x509.NewCertPool()
	roots.AppendCertsFromPEM(pem)
	client := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: roots}}}
	resp, err := client.Get(m[1] + "signin")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /signin: %s", resp.Status)
	}
	secure := false
	for _, c := range resp.Cookies() {
		secure = secure || c.Secure
	}
	if !secure {
		t.Fatal("the admin center's cookie is not Secure over HTTPS")
	}
}

// TestAdminPlainHTTPOnlyOnLoopback: plain HTTP on another address is
// refused at start.
func TestAdminPlainHTTPOnlyOnLoopback(t *testing.T) {
	dir := t.TempDir()
	cfg := writeConfig(t, dir, `{"AdminBinding": "0.0.0.0:0", "AdminPlainHTTP": true}`)
	var stderr bytes.Buffer
	env := func(k string) string { return map[string]string{"PSH_NO_DEMO": "1"}[k] }
	c := run(context.Background(), []string{"-Directory", filepath.Join(dir, "d.db"), "-Config", cfg}, &bytes.Buffer{}, &stderr, env)
	if c != 1 || !strings.Contains(stderr.String(), "AdminPlainHTTP is allowed only on a loopback AdminBinding") {
		t.Fatalf("exit %d: %s", c, stderr.String())
	}
}
