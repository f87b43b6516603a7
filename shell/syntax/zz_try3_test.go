package syntax

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"testing"
	"strings"
	"errors"
)

func TestTryPrefix(t *testing.T) {
	f, _ := os.Open("../../../shared/conformance/pwsh-cases.jsonl")
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	bad := 0
	msgs := map[string]int{}
	for sc.Scan() {
		var c struct{ ID, Script string }
		json.Unmarshal(sc.Bytes(), &c)
		for i := 0; i < len(c.Script); i++ {
			_, err := Parse("", c.Script[:i])
			if err != nil && !IsIncomplete(err) {
				var e *Error
				errors.As(err, &e)
				msgs[e.Msg]++
				bad++
				if strings.Contains(e.Msg, os.Getenv("PAT")) && os.Getenv("PAT") != "" && msgs[e.Msg] < 4 {
					fmt.Printf("%q -> %v\n", c.Script[max(0,i-60):i], err)
				}
			}
		}
	}
	for m, n := range msgs { fmt.Println(n, m) }
	fmt.Println("bad", bad)
}
