package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"time"
)

// DirectoryInfo is the System.IO.DirectoryInfo [IO.Directory]::CreateDirectory
// returns: the directory's names and times, with the type names Get-Item's
// directories have, so the same views show it.
type DirectoryInfo struct {
	Name          string
	FullName      string
	Exists        bool
	LastWriteTime time.Time
	Mode          string
	PSIsContainer bool
}

// NewDirectoryInfo describes the directory at the absolute path full.
func NewDirectoryInfo(full string) *DirectoryInfo {
	d := &DirectoryInfo{Name: filepath.Base(full), FullName: full, Mode: "d----", PSIsContainer: true}
	if st, err := os.Stat(full); err == nil && st.IsDir() {
		d.Exists, d.LastWriteTime = true, st.ModTime()
		if strings.HasPrefix(d.Name, ".") {
			d.Mode = "d--h-"
		}
	}
	return d
}

// GetProperty computes Parent (a DirectoryInfo, $null at the root).
func (d *DirectoryInfo) GetProperty(name string) (any, bool) {
	if strings.EqualFold(name, "Parent") {
		p := filepath.Dir(d.FullName)
		if p == d.FullName {
			return nil, true
		}
		return NewDirectoryInfo(p), true
	}
	return nil, false
}

// PSTypeNames names the .NET type and its bases.
func (d *DirectoryInfo) PSTypeNames() []string {
	return []string{"System.IO.DirectoryInfo", "System.IO.FileSystemInfo", "System.Object"}
}

// String returns the full path, as FileSystemInfo.ToString does in
// PowerShell 7.
func (d *DirectoryInfo) String() string { return d.FullName }
