package directory

import "path/filepath"

// DefaultPath returns where the directory file lives: $PSH_DIRECTORY, else
// $XDG_DATA_HOME/psh/directory.db, else $HOME/.local/share/psh/directory.db.
// getenv is os.Getenv or a test's stand-in. The parent directory may not
// exist yet; Open creates it.
func DefaultPath(getenv func(string) string) string {
	if p := getenv("PSH_DIRECTORY"); p != "" {
		return p
	}
	if d := getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "psh", "directory.db")
	}
	return filepath.Join(getenv("HOME"), ".local", "share", "psh", "directory.db")
}
