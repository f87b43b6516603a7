package syntax

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestTryHang(t *testing.T) {
	dir := os.Getenv("CORPUS")
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	for _, f := range files {
		b, _ := os.ReadFile(f)
		lines := strings.Split(string(b), "\n")
		if len(lines) < 2 { continue }
		l := strings.TrimSuffix(strings.TrimPrefix(lines[1], "string("), ")")
		src, err := strconv.Unquote(l)
		if err != nil { continue }
		done := make(chan bool, 1)
		go func() { Parse("", src); a, err := Parse("", src); if err == nil { Parse("", a.String()) }; done <- true }()
		select {
		case <-done:
		case <-time.After(2 * time.Second):
			fmt.Printf("HANG %q\n", src)
			return
		}
	}
	fmt.Println("none", len(files))
}
