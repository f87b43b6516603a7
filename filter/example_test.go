package filter_test

import (
	"fmt"
	"sync"
	"testing"

	"github.com/psh-project/psh/filter"
)

type user struct {
	Name, Department, State string
	PopEnabled              bool
}

func getUser(obj any, prop string) any {
	u := obj.(*user)
	switch prop {
	case "Department":
		return u.Department
	case "StateOrProvince":
		return u.State
	case "PopEnabled":
		return u.PopEnabled
	}
	return nil
}

func Example() {
	schema := filter.NewSchema("Get-User",
		filter.Property{Name: "Department", Type: filter.String},
		filter.Property{Name: "StateOrProvince", Type: filter.String},
		filter.Property{Name: "PopEnabled", Type: filter.Bool},
	)
	p, err := filter.Compile("department -like 'Engineering*' -and StateOrProvince -eq 'WA'", schema)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p)
	fmt.Println(p.Match(&user{Department: "Engineering-QA", State: "wa"}, getUser))
	where, args, _ := p.SQL(filter.SQLMapping{
		"Department":      {Name: "r.department"},
		"StateOrProvince": {Name: "r.state"},
	})
	fmt.Println(where, args)

	_, err = filter.Compile("Departmnt -eq 'Sales'", schema)
	fmt.Println(err)
	// Output:
	// ((Department -like 'Engineering*') -and (StateOrProvince -eq 'WA'))
	// true
	// ((r.department >= ? AND r.department < ?) AND r.state = ?) [engineering engineerinh WA]
	// Cannot bind parameter 'Filter' to the target. Exception setting "Filter": ""Departmnt" is not a recognized filterable property for Get-User. Did you mean Department? "Departmnt -eq 'Sales'" at position 0."
}

// TestConcurrentMatch shares one Program between goroutines (run with -race).
func TestConcurrentMatch(t *testing.T) {
	schema := filter.NewSchema("Get-User", filter.Property{Name: "PopEnabled", Type: filter.Bool})
	p, err := filter.Compile("PopEnabled -eq $true", schema)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				if p.Match(&user{PopEnabled: i%2 == 0}, getUser) != (i%2 == 0) {
					t.Error("wrong result")
					return
				}
			}
		}()
	}
	wg.Wait()
}
