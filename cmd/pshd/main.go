package main

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/psh-project/psh/cmdlets/mail"
	"github.com/psh-project/psh/directory"
	"github.com/psh-project/psh/mailstore"
	"github.com/psh-project/psh/server"
	"github.com/psh-project/psh/server/access"
	"github.com/psh-project/psh/server/control"
	"github.com/psh-project/psh/server/imap"
	"github.com/psh-project/psh/server/pop3"
	"github.com/psh-project/psh/server/smtp"
)

const version = "0.1.0"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr, os.Getenv))
}

// shutdownTimeout bounds how long stopping the services may take.
const shutdownTimeout = 30 * time.Second

// run is pshd until ctx ends (a signal), for tests and testscript.
func run(ctx context.Context, argv []string, stdout, stderr io.Writer, getenv func(string) string) int {
	f, err := parseFlags(argv)
	if err != nil {
		fmt.Fprintln(stderr, "pshd:", err)
		return 64
	}
	switch {
	case f.help:
		fmt.Fprint(stdout, usage)
		return 0
	case f.version:
		fmt.Fprintln(stdout, "pshd "+version)
		return 0
	}
	cfg, err := loadConfig(f.config)
	if err != nil {
		fmt.Fprintln(stderr, "pshd:", err)
		return 1
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	d, err := setup(f, cfg, getenv, log)
	if err != nil {
		fmt.Fprintln(stderr, "pshd:", err)
		return 1
	}
	defer d.close()
	host := server.NewHost(log)
	for _, s := range d.services() {
		if err := host.Add(s, cfg.startType(s.Name())); err != nil {
			fmt.Fprintln(stderr, "pshd:", err)
			return 1
		}
	}
	adminSvc, err := d.adminService()
	if err != nil {
		fmt.Fprintln(stderr, "pshd: the admin center:", err)
		return 1
	}
	if adminSvc != nil {
		if err := host.Add(adminSvc, cfg.startType(adminSvc.Name())); err != nil {
			fmt.Fprintln(stderr, "pshd:", err)
			return 1
		}
	}
	cs, err := server.ListenControl(d.socket, host)
	if err != nil {
		fmt.Fprintln(stderr, "pshd:", err)
		return 1
	}
	defer cs.Close()
	if err := host.StartAutomatic(ctx); err != nil {
		// The services that could start run; the others are reported and
		// can be started later with Start-Service.
		log.Error("some services did not start", "err", err)
	}
	if adminSvc != nil && adminSvc.Addr() != nil {
		log.Info("admin center", "url", adminURL(adminSvc.Addr(), d.cfg.AdminPlainHTTP))
	}
	log.Info("pshd ready", "directory", d.dirPath, "control", d.socket)
	<-ctx.Done()
	log.Info("pshd stopping")
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := host.Shutdown(sctx); err != nil {
		log.Error("shutdown", "err", err)
		return 1
	}
	log.Info("pshd stopped")
	return 0
}

// deps are what the services are built from.
type deps struct {
	cfg     *config
	log     *slog.Logger
	dirPath string
	runDir  string
	socket  string
	store   directory.Store
	mail    *mailstore.Store
	access  *access.Directory
	tls     *tls.Config

	// adminStore is the admin center's own Store on the directory file.
	adminStore directory.Store
}

// setup resolves the paths, opens the directory and prepares the TLS
// certificate.
func setup(f *flags, cfg *config, getenv func(string) string, log *slog.Logger) (*deps, error) {
	d := &deps{cfg: cfg, log: log}
	d.dirPath = firstNonEmpty(f.directory, cfg.Directory, directory.DefaultPath(getenv))
	if d.dirPath == ":memory:" {
		return nil, fmt.Errorf("pshd needs a directory file that psh can share, not :memory:")
	}
	abs, err := filepath.Abs(d.dirPath)
	if err != nil {
		return nil, err
	}
	d.dirPath = abs
	d.runDir = control.RunDir(d.dirPath)
	if err := server.PrivateDir(d.runDir); err != nil {
		return nil, err
	}
	d.socket = firstNonEmpty(f.controlSocket, cfg.ControlSocket, control.DefaultPath(d.dirPath, getenv))
	var opts []directory.Option
	if f.noDemo || getenv("PSH_NO_DEMO") == "1" {
		opts = append(opts, directory.WithNewDirectory(directory.NewEmpty))
	}
	_, statErr := os.Stat(d.dirPath)
	created := errors.Is(statErr, fs.ErrNotExist)
	st, err := directory.Open(d.dirPath, opts...)
	if err != nil {
		return nil, err
	}
	d.store = st
	d.access = access.New(st)
	if d.mail, err = mailstore.Open(mailstore.PathFor(d.dirPath)); err != nil {
		d.close()
		return nil, err
	}
	if created && len(opts) == 0 { // a new demo organization: its mail too
		if err := mail.FillDemoMail(context.Background(), st, d.mail); err != nil {
			d.close()
			return nil, err
		}
	}
	certFile := firstNonEmpty(cfg.CertificateFile, filepath.Join(d.runDir, "certificate.pem"))
	keyFile := firstNonEmpty(cfg.KeyFile, filepath.Join(d.runDir, "key.pem"))
	cert, err := server.Certificate(certFile, keyFile, cfg.CertificateHosts)
	if err != nil {
		d.close()
		return nil, err
	}
	d.tls = server.TLSConfig(cert)
	return d, nil
}

func (d *deps) close() {
	if d.mail != nil {
		d.mail.Close()
	}
	if d.store != nil {
		d.store.Close()
	}
	if d.adminStore != nil {
		d.adminStore.Close()
	}
}

// services builds every service pshd hosts, back ends before their front
// ends (the Host stops them in reverse order).
func (d *deps) services() []server.Service {
	logDir := filepath.Join(d.runDir, "logs")
	pop := pop3.New(pop3.Config{Directory: d.access, Mail: d.mail, TLS: d.tls, Log: d.log, LogDir: logDir})
	im := imap.New(imap.Config{Directory: d.access, Mail: d.mail, TLS: d.tls, Log: d.log, LogDir: logDir})
	return []server.Service{
		smtp.New(smtp.Config{Directory: d.access, Mail: d.mail, Bindings: d.cfg.SmtpBindings,
			Domain: d.store.Domain(), MaxMessageBytes: d.cfg.MaxMessageBytes, Log: d.log}),
		pop.BackEnd, pop.FrontEnd,
		im.BackEnd, im.FrontEnd,
	}
}

func firstNonEmpty(xs ...string) string {
	for _, x := range xs {
		if x != "" {
			return x
		}
	}
	return ""
}
