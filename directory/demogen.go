package directory

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// demoGen generates the demo organization's recipients deterministically.
type demoGen struct {
	rng     *rand.Rand
	now     time.Time
	n       int
	names   map[string]int // lower-case name -> times used
	aliases map[string]int
}

func newDemoGen(seed int, start time.Time) *demoGen {
	return &demoGen{rng: rand.New(rand.NewPCG(uint64(seed), 0x70736864656d6f)), now: start,
		names: map[string]int{}, aliases: map[string]int{}}
}

// place is a city with its state and country.
type place struct{ city, state, country string }

var (
	firstNames = []string{"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David",
		"Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Carlos",
		"Karen", "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Betty", "Mark", "Sandra", "Paul", "Ashley",
		"Steven", "Kimberly", "Kevin", "Emily", "Brian", "Donna", "George", "Michelle", "Ahmed", "Yuki", "Priya",
		"Wei", "Olga", "Pierre", "Ingrid", "Mateo", "Aisha", "Kenji", "Fatima", "Lars"}
	lastNames = []string{"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
		"Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson",
		"Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
		"Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Tanaka",
		"Schmidt", "Dubois", "Rossi", "Novak", "Kowalski", "Patel", "Chen", "Okafor", "Larsen"}
	naPlaces = []place{{"Redmond", "WA", "United States"}, {"Seattle", "WA", "United States"},
		{"Bellevue", "WA", "United States"}, {"Portland", "OR", "United States"},
		{"San Francisco", "CA", "United States"}, {"Los Angeles", "CA", "United States"},
		{"New York", "NY", "United States"}, {"Austin", "TX", "United States"},
		{"Chicago", "IL", "United States"}, {"Boston", "MA", "United States"}}
	euPlaces = []place{{"London", "England", "United Kingdom"}, {"Munich", "Bavaria", "Germany"},
		{"Paris", "Ile-de-France", "France"}, {"Dublin", "Leinster", "Ireland"}}
	apPlaces = []place{{"Sydney", "NSW", "Australia"}, {"Tokyo", "Tokyo", "Japan"}, {"Singapore", "", "Singapore"}}
	// demoUnits are the OUs people are spread over, with their weights.
	demoUnits = []struct {
		ou     string
		weight int
	}{{"North America/Engineering", 24}, {"North America/Finance", 12}, {"North America/Marketing", 12},
		{"North America/Sales", 12}, {"Europe/Sales", 10}, {"Europe/Marketing", 6}, {"Europe/Engineering", 10},
		{"Asia Pacific/Sales", 7}, {"Asia Pacific/Engineering", 7}}
	titles = map[string][]string{
		"Engineering":       {"Software Engineer", "Senior Software Engineer", "Principal Engineer", "Engineering Manager"},
		"Engineering-QA":    {"Test Engineer", "Senior Test Engineer", "QA Lead"},
		"Engineering-Tools": {"Build Engineer", "Tools Developer"},
		"Finance":           {"Accountant", "Financial Analyst", "Controller"},
		"Accounting":        {"Accountant", "Payroll Specialist"},
		"Marketing":         {"Marketing Specialist", "Product Marketing Manager", "Marketing Director"},
		"Sales":             {"Account Executive", "Sales Representative", "Sales Manager"},
	}
)

// pick returns a random element of xs.
func pick[T any](g *demoGen, xs []T) T { return xs[g.rng.IntN(len(xs))] }

// unique returns base, or base with a number appended if base is taken.
func unique(used map[string]int, base, sep string) string {
	k := strings.ToLower(base)
	used[k]++
	if used[k] == 1 {
		return base
	}
	for {
		cand := fmt.Sprintf("%s%s%d", base, sep, used[k])
		if used[strings.ToLower(cand)] == 0 {
			used[strings.ToLower(cand)] = 1
			return cand
		}
		used[k]++
	}
}

// tick returns the next creation time.
func (g *demoGen) tick() time.Time {
	g.n++
	return g.now.Add(time.Duration(g.n) * 37 * time.Minute)
}

// unitOf picks an OU by weight, with department and place to match.
func (g *demoGen) unitOf() (ou, dept string, p place) {
	w := g.rng.IntN(100)
	for _, u := range demoUnits {
		if w < u.weight {
			ou = u.ou
			break
		}
		w -= u.weight
	}
	region, unit, _ := strings.Cut(ou, "/")
	switch region {
	case "North America":
		p = pick(g, naPlaces)
		if unit == "Engineering" && g.rng.IntN(10) < 6 {
			p = naPlaces[g.rng.IntN(3)] // most engineers are in Washington
		}
	case "Europe":
		p = pick(g, euPlaces)
	default:
		p = pick(g, apPlaces)
	}
	switch unit {
	case "Engineering":
		dept = pick(g, []string{"Engineering", "Engineering", "Engineering-QA", "Engineering-Tools"})
	case "Finance":
		dept = pick(g, []string{"Finance", "Finance", "Accounting"})
	default:
		dept = unit
	}
	return ou, dept, p
}
