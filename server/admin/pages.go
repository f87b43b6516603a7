package admin

import (
	"bytes"
	"embed"
	"html/template"
	"io/fs"
	"net/http"
	"strings"
)

//go:embed assets/templates/*.html
var templateFS embed.FS

//go:embed assets/static
var staticFS embed.FS

// pageSet holds one template per page, each with the shared layout.
type pageSet struct {
	byName map[string]*template.Template
}

// pageNames are the page templates under assets/templates.
var pageNames = []string{"signin", "mailboxes", "edit", "bulk", "services", "help"}

// parsePages parses the layout with each page.
func parsePages() (*pageSet, error) {
	ps := &pageSet{byName: map[string]*template.Template{}}
	funcs := template.FuncMap{"panelOf": panelOf}
	for _, name := range pageNames {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS,
			"assets/templates/layout.html", "assets/templates/"+name+".html")
		if err != nil {
			return nil, err
		}
		ps.byName[name] = t
	}
	return ps, nil
}

// view is what every page template gets.
type view struct {
	Title    string
	Nav      string // which menu entry is current
	User     string // "" on the sign-in page
	ReadOnly bool   // the user may view, not change: no action buttons
	CSRF     string
	Commands []string // the command log, newest first
	Flash    string
	Data     any
}

// render writes page name with v, or a 500 if the template fails.
func (c *Center) render(w http.ResponseWriter, status int, name string, v view) {
	var buf bytes.Buffer
	if err := c.pages.byName[name].Execute(&buf, v); err != nil {
		http.Error(w, "The page could not be shown: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// viewFor fills the parts of a view that come from the session.
func viewFor(s *session, title, nav string, data any) view {
	return view{Title: title, Nav: nav, User: s.user, ReadOnly: s.readOnly, CSRF: s.csrf, Commands: s.commands(), Data: data}
}

// staticHandler serves the embedded CSS and JavaScript.
func staticHandler() (http.Handler, error) {
	sub, err := fs.Sub(staticFS, "assets/static")
	if err != nil {
		return nil, err
	}
	return http.FileServerFS(sub), nil
}

// isStatic reports whether path is an embedded asset.
func isStatic(path string) bool { return strings.HasPrefix(path, "/static/") }
