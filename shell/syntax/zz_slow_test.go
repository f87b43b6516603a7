package syntax

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestTrySlow(t *testing.T) {
	cases := map[string]string{
		"paren":  strings.Repeat("(", 200) + "1" + strings.Repeat(")", 200),
		"paren_open":  strings.Repeat("(", 200) + "1",
		"brace":  strings.Repeat("{", 200) + strings.Repeat("}", 200),
		"sub":    strings.Repeat("$(", 200) + strings.Repeat(")", 200),
		"cast":   strings.Repeat("[int]", 200) + "$x",
		"cast2":   strings.Repeat("[int]", 200),
		"neg":    strings.Repeat("- ", 200) + "1",
		"not":    strings.Repeat("!", 200) + "1",
		"hash":   strings.Repeat("@{a=", 100) + "1" + strings.Repeat("}", 100),
		"str":    strings.Repeat("\"$(", 100) + strings.Repeat(")\"", 100),
		"idx":    "$a" + strings.Repeat("[0]", 200),
		"nl":     strings.Repeat("\n", 5000) + "1",
		"comma":  strings.Repeat("1,", 500) + "1",
		"cmd":  "foo " + strings.Repeat("(", 100) + strings.Repeat(")", 100),
		"ifs":  strings.Repeat("if (1) {", 100) + strings.Repeat("}", 100),
		"unary":  strings.Repeat("-not ", 200) + "1",
		"unclosedidx":  "$a" + strings.Repeat("[", 200),
		"bad":  strings.Repeat("(1 2", 30),
		"bad2":  strings.Repeat("[int](", 30),
		"bad3":  strings.Repeat("[a](", 30) + "[",
		"bad4":  strings.Repeat("@{a=(", 30),
		"bad5":  strings.Repeat("-", 30) + "[",
		"bad6":  strings.Repeat("$a.b(", 30),
		"bad7":  strings.Repeat(",", 30) + "[",
	}
	for name, src := range cases {
		t0 := time.Now()
		_, err := Parse("", src)
		fmt.Println(name, time.Since(t0), err != nil)
	}
}

func TestTrySlow2(t *testing.T) {
	src := strings.Repeat("$a + 1; ", 20000)
	t0 := time.Now()
	Parse("", src)
	fmt.Println("long line", time.Since(t0))
}
