package main

import (
	"fmt"
	"strconv"
)

// setLimit sets one of the memory limits (-MaxItems, -MaxStringBytes,
// -MaxLineBytes) from its flag's value, a whole number (0 keeps the
// default).
func (o *options) setLimit(name, val string) error {
	n, err := strconv.Atoi(val)
	if err != nil || n < 0 {
		return fmt.Errorf("Cannot process the value '%s' of parameter '-%s': it must be a whole number of 0 or more (0 keeps the default).", val, name)
	}
	switch name {
	case "MaxItems":
		o.limits.MaxItems = n
	case "MaxStringBytes":
		o.limits.MaxStringBytes = n
	case "MaxLineBytes":
		o.limits.MaxLineBytes = n
	}
	return nil
}
