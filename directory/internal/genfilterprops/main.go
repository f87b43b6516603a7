package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"
)

func main() {
	src := flag.String("src", "../../shared/reference/opath.md", "the OPATH reference to read")
	out := flag.String("out", "filterprops_gen.go", "the Go file to write")
	flag.Parse()
	f, err := os.Open(*src)
	if err != nil {
		fmt.Fprintln(os.Stderr, "genfilterprops:", err)
		os.Exit(1)
	}
	defer f.Close()
	code, err := generate(f)
	if err == nil {
		err = os.WriteFile(*out, code, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genfilterprops:", err)
		os.Exit(1)
	}
}

// cmdletMasks are the names of the Mbx, User, Rcpt and CAS columns' bits.
var cmdletMasks = [...]string{"inMailbox", "inUser", "inRecipient", "inCASMailbox"}

// extraEnumValues are values a psh directory stores beyond those the
// reference lists: plain user accounts have RecipientType User.
var extraEnumValues = map[string][]string{"RecipientType": {"User"}}

// rangeRow is a row that stands for several numbered properties:
// "CustomAttribute1 to CustomAttribute15".
var rangeRow = regexp.MustCompile(`^(\w+?)1 to (\w+?)(\d+)$`)

// generate reads the reference and returns the formatted Go source.
func generate(r io.Reader) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(`// Code generated from the appendix of opath.md (filterable properties per cmdlet); DO NOT EDIT.

package directory

// filterableProperties lists every property Exchange lets -Filter name, with the
// cmdlets that accept it. It is read-only.
var filterableProperties = [...]propRow{
`)
	rows, err := tableRows(r)
	if err != nil {
		return nil, err
	}
	for _, cells := range rows {
		if len(cells) < 8 {
			return nil, fmt.Errorf("row %q has %d cells, want 8", strings.Join(cells, " | "), len(cells))
		}
		typ, values := propType(cells[0], cells[1], cells[7])
		var in []string
		for i, m := range cmdletMasks {
			if cells[2+i] == "x" {
				in = append(in, m)
			}
		}
		if len(in) == 0 {
			return nil, fmt.Errorf("property %s is filterable on no cmdlet", cells[0])
		}
		vals := "nil"
		if values != nil {
			values = append(values, extraEnumValues[cells[0]]...)
			q := make([]string, len(values))
			for i, v := range values {
				q[i] = strconv.Quote(v)
			}
			vals = "[]string{" + strings.Join(q, ", ") + "}"
		}
		for _, name := range expand(cells[0]) {
			fmt.Fprintf(&b, "\t{%q, %s, %s, %s},\n", name, typ, vals, strings.Join(in, " | "))
		}
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}

// tableRows returns the cells of the rows of the appendix's table.
func tableRows(r io.Reader) ([][]string, error) {
	sc := bufio.NewScanner(r)
	var rows [][]string
	inAppendix, inTable := false, false
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "## Appendix: filterable properties"):
			inAppendix = true
		case !inAppendix:
		case strings.HasPrefix(line, "| Property |"):
			inTable = true
		case inTable && strings.HasPrefix(line, "|---"):
		case inTable && strings.HasPrefix(line, "|"):
			cells := strings.Split(strings.Trim(strings.TrimSpace(line), "|"), "|")
			for i := range cells {
				cells[i] = strings.TrimSpace(cells[i])
			}
			rows = append(rows, cells)
		case inTable:
			inTable = false
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("no table of filterable properties found")
	}
	return rows, nil
}

// propType maps a row's value type and flags to a propType constant and,
// for an enumeration that lists its values, the values. A multi-valued
// property that matches by containment is a multi-string whatever its
// values; an enumeration without listed values, sizes, hashes and time
// spans are strings; the object's Guid, listed as a string, is a GUID.
func propType(name, value, flags string) (string, []string) {
	base, _, _ := strings.Cut(value, ";")
	switch {
	case strings.Contains(flags, "MV-contains"):
		return "propMultiString", nil
	case name == "Guid":
		return "propGuid", nil
	case strings.HasPrefix(base, "enum:"):
		var values []string
		for v := range strings.SplitSeq(strings.TrimPrefix(base, "enum:"), ",") {
			values = append(values, strings.TrimSpace(v))
		}
		return "propEnum", values
	case strings.HasPrefix(base, "bool"):
		return "propBool", nil
	case strings.HasPrefix(base, "DateTime"):
		return "propDate", nil
	case strings.HasPrefix(base, "DN"):
		return "propDN", nil
	case strings.HasPrefix(base, "int") && !strings.Contains(base, "Unlimited"):
		return "propInt", nil
	}
	return "propString", nil
}

// expand returns the property names a row stands for.
func expand(name string) []string {
	m := rangeRow.FindStringSubmatch(name)
	if m == nil || m[1] != m[2] {
		return []string{name}
	}
	n, _ := strconv.Atoi(m[3])
	names := make([]string, n)
	for i := range names {
		names[i] = m[1] + strconv.Itoa(i+1)
	}
	return names
}
