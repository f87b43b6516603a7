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
// the session's shells then run as that account (shell.WithUser), so its
// management roles decide what it may run and where it may write, and the
// admin audit log names it. An account whose roles do not let it run
// Get-Mailbox is refused; one that cannot run Set-CASMailbox gets view-only
// pages. Sessions live in memory; their cookie is HttpOnly, SameSite=Strict and Secure
// unless the request came over plain HTTP to a loopback address. Every
// POST carries a CSRF token; nothing changes on a GET.
package admin
