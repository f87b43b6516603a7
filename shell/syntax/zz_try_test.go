package syntax

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"testing"
)

func TestTry(t *testing.T) {
	src := os.Getenv("SRC")
	if src != "" {
		toks, lerr := tokenize("", src)
		for _, tk := range toks {
			fmt.Printf("%d:%q ", tk.Type, tk.Value)
		}
		fmt.Println(lerr)
		sb, err := Parse("", src)
		fmt.Println(Dump(sb), err)
		return
	}
	f, _ := os.Open("../../../shared/conformance/pwsh-cases.jsonl")
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	n, bad := 0, 0
	for sc.Scan() {
		var c struct{ ID, Script string }
		json.Unmarshal(sc.Bytes(), &c)
		n++
		if _, err := Parse("", c.Script); err != nil {
			bad++
			fmt.Printf("--- %s: %v\n%s\n", c.ID, err, c.Script)
		}
	}
	fmt.Println(n, bad)
}
