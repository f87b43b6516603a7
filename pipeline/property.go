package pipeline

import (
	"reflect"
	"strings"
	"time"
)

// PropertyGetter is an optional capability of Go types that compute their
// own properties. GetProperty tries it before anything else.
type PropertyGetter interface {
	GetProperty(name string) (any, bool)
}

// PropertySetter is the optional capability SetProperty tries first.
type PropertySetter interface {
	SetProperty(name string, val any) error
}

// PropertyLister is an optional capability that lists a value's properties
// for formatting and Select-Object *.
type PropertyLister interface {
	PropertyNames() []string
}

// GetProperty returns v's property name, matched case-insensitively:
// a PSObject's note properties, a Hashtable's keys (then Count, Keys,
// Values), a string's Length, a collection's Count/Length, DateTime and
// TimeSpan members, a Go struct's exported fields, and the intrinsic
// members psobject, Count and Length. ok is false when there is no such
// property.
func GetProperty(v any, name string) (any, bool) {
	return getProperty(v, name, true)
}

// RealProperty is GetProperty without the intrinsic members every object
// has (Count and Length of a scalar, psobject): what pipeline binding by
// property name looks at.
func RealProperty(v any, name string) (any, bool) {
	return getProperty(v, name, false)
}

func getProperty(v any, name string, intrinsic bool) (any, bool) {
	switch x := v.(type) {
	case *PSObject:
		if val, ok := x.Get(name); ok {
			return val, true
		}
	case *Hashtable:
		if val, ok := x.Get(name); ok {
			return val, true
		}
		switch strings.ToLower(name) {
		case "count":
			return int32(x.Len()), true
		case "keys":
			return x.Keys(), true
		case "values":
			return x.Values(), true
		case "isreadonly", "isfixedsize":
			return false, true
		}
	case PropertyGetter:
		if val, ok := x.GetProperty(name); ok {
			return val, true
		}
	case string:
		if strings.EqualFold(name, "Length") {
			return int32(utf16Len(x)), true
		}
	case []any:
		switch strings.ToLower(name) {
		case "count", "length", "longlength":
			return int32(len(x)), true
		case "rank":
			return int32(1), true
		}
		return nil, false
	case nil:
		if strings.EqualFold(name, "Count") || strings.EqualFold(name, "Length") {
			return int32(0), true
		}
		return nil, false
	case time.Time:
		if val, ok := dateProperty(x, name); ok {
			return val, true
		}
	case time.Duration:
		if val, ok := timeSpanProperty(x, name); ok {
			return val, true
		}
	}
	if val, ok := adaptedGet(v, name); ok {
		return val, true
	}
	if !intrinsic {
		return nil, false
	}
	return intrinsicProperty(v, name)
}

// utf16Len is used for .Length: .NET strings count UTF-16 code units.
func utf16Len(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			n = 0
			for _, r := range s {
				if r >= 0x10000 {
					n += 2
				} else {
					n++
				}
			}
			return n
		}
	}
	return len(s)
}

// intrinsicProperty handles members every object has: psobject, Count and
// Length (1 for a scalar), and Go collections' Count.
func intrinsicProperty(v any, name string) (any, bool) {
	l := strings.ToLower(name)
	if l == "psobject" {
		return &PSMemberSet{Object: v}, true
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Slice, reflect.Array:
		if l == "count" || l == "length" {
			return int32(rv.Len()), true
		}
		return nil, false
	case reflect.Map:
		if rv.Type().Key().Kind() == reflect.String {
			if m := rv.MapIndex(reflect.ValueOf(name).Convert(rv.Type().Key())); m.IsValid() {
				return goValue(m), true
			}
			for _, k := range rv.MapKeys() {
				if strings.EqualFold(k.String(), name) {
					return goValue(rv.MapIndex(k)), true
				}
			}
		}
		if l == "count" {
			return int32(rv.Len()), true
		}
		return nil, false
	}
	if l == "count" || l == "length" {
		return int32(1), true
	}
	return nil, false
}

// SetProperty assigns v.name = val: a PSObject's existing property, a
// Hashtable key (added when missing), a PropertySetter, or an exported field
// of a Go struct reached through a pointer (val converted to its type).
func SetProperty(v any, name string, val any) error {
	switch x := v.(type) {
	case *PSObject:
		if x.Set(name, val) {
			return nil
		}
	case *Hashtable:
		x.Set(name, val)
		return nil
	case PropertySetter:
		return x.SetProperty(name, val)
	}
	if found, err := adaptedSet(v, name, val); found {
		return err
	}
	return &ValueError{ID: "PropertyNotFound", Message: "The property '" + name +
		"' cannot be found on this object. Verify that the property exists and can be set."}
}

// PropertyNames lists v's properties in declaration order, for formatting
// and Select-Object *: a PSObject's names, a PropertyLister's list, a Go
// struct's exported fields, a DateTime's or TimeSpan's members. Scalars,
// strings and collections have none.
func PropertyNames(v any) []string {
	switch x := v.(type) {
	case *PSObject:
		return x.Names()
	case PropertyLister:
		return x.PropertyNames()
	case *Hashtable:
		return nil
	case time.Time:
		return dateTimeNames
	case time.Duration:
		return timeSpanNames
	}
	return adaptedNames(v)
}

// MemberEnumerate implements $collection.Name: the property of every element
// that has it, flattened one level; nil for none, the value itself for one.
// ok is false when v is not a collection.
func MemberEnumerate(v any, name string) (any, bool) {
	if !IsEnumerable(v) {
		return nil, false
	}
	var out []any
	_ = Enumerate(v, func(e any) error {
		if p, ok := GetProperty(e, name); ok {
			if IsEnumerable(p) {
				out = append(out, ToSlice(p)...)
			} else {
				out = append(out, p)
			}
		}
		return nil
	})
	switch len(out) {
	case 0:
		return nil, true
	case 1:
		return out[0], true
	}
	return out, true
}
