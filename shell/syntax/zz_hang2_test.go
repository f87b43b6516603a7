package syntax

import (
	"fmt"
	"math/rand"
	"testing"
	"time"
)

func TestTryHang2(t *testing.T) {
	alpha := []string{"(", ")", "{", "}", "[", "]", "$", "@", "\"", "'", "`", "\n", ";", "|", ",", ".", "-", "=", ":", "#", "<#", "#>", "a", "1", " ", "@\"\n", "\n\"@", "if", "else", "-eq", "&", ">", "2>&1", "$(", "@{", "..", "::", "++", "!", "[int]", "param(", "function f", "switch", "default", "foreach", "in", "\r"}
	r := rand.New(rand.NewSource(1))
	for iter := 0; iter < 300000; iter++ {
		src := []byte(fuzzSeeds[r.Intn(len(fuzzSeeds))])
		n := 1 + r.Intn(6)
		for k := 0; k < n; k++ {
			pos := r.Intn(len(src) + 1)
			switch r.Intn(3) {
			case 0:
				ins := alpha[r.Intn(len(alpha))]
				src = append(src[:pos], append([]byte(ins), src[pos:]...)...)
			case 1:
				if pos < len(src) {
					e := pos + r.Intn(4)
					if e > len(src) { e = len(src) }
					src = append(src[:pos], src[e:]...)
				}
			case 2:
				src = src[:pos]
			}
		}
		s := string(src)
		done := make(chan bool, 1)
		go func() { defer func() { if r := recover(); r != nil { fmt.Printf("PANIC %q %v\n", s, r); done <- true } }(); a, err := Parse("", s); if err == nil { Parse("", a.String()) }; done <- true }()
		select {
		case <-done:
		case <-time.After(3 * time.Second):
			fmt.Printf("HANG %q\n", s)
			return
		}
	}
	fmt.Println("none")
}
