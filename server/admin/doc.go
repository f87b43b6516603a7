// Package admin is the web admin center: the Exchange admin center's
// procedures (Recipients > Mailboxes, search, advanced search, edit, bulk
// edit, Services) as server-rendered pages over net/http and html/template,
// with its assets embedded.
//
// Every action runs cmdlets through the shell package, in a shell built
// per request by one function (Center.newShell), never SQL of its own; the
// exact command each action ran is shown in the page's command log so that
// it can be copied into a script.
//
// Sign-in checks a directory account's password against its stored hash;
// an account may sign in when its management roles let it run Get-Mailbox.
// Each request's shell runs as the signed-in account (shell.WithUser): its
// roles decide what the cmdlets allow and where it may write, and the admin
// audit log names it. Sessions
// live in memory; their cookie is HttpOnly, SameSite=Strict and Secure
// unless the request came over plain HTTP to a loopback address. Every
// POST carries a CSRF token; nothing changes on a GET.
package admin
