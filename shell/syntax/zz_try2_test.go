package syntax

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"testing"
)

func TestTryRT(t *testing.T) {
	f, _ := os.Open("../../../shared/conformance/pwsh-cases.jsonl")
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	bad := 0
	for sc.Scan() {
		var c struct{ ID, Script string }
		json.Unmarshal(sc.Bytes(), &c)
		a, _ := Parse("", c.Script)
		out := a.String()
		b, err := Parse("", out)
		if err != nil || Dump(a) != Dump(b) {
			bad++
			if bad < 6 {
				fmt.Printf("--- %s: %v\n%s\n=====\n%s\n", c.ID, err, c.Script, out)
				if err == nil {
					da, db := Dump(a), Dump(b)
					i := 0
					for i < len(da) && i < len(db) && da[i] == db[i] {
						i++
					}
					fmt.Println("A:", da[max(0, i-200):min(len(da), i+200)])
					fmt.Println("B:", db[max(0, i-200):min(len(db), i+200)])
				}
			}
		}
	}
	fmt.Println("bad", bad)
}
