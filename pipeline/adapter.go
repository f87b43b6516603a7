package pipeline

import (
	"reflect"
	"slices"
	"strings"
	"sync"
)

// typeAdapter is what psh knows about a Go type: its exported fields (incl.
// promoted ones) and methods, by lower-case name. Built once per type.
type typeAdapter struct {
	fields  []fieldInfo
	byName  map[string]int // lower-case field name -> index into fields
	methods map[string]reflect.Method
	mnames  []string // method names in declaration (sorted) order
	names   []string // field names, in order; shared, so handed out clipped
}

type fieldInfo struct {
	name  string
	index []int
	typ   reflect.Type
}

var adapters sync.Map // reflect.Type -> *typeAdapter

// adapterFor returns the cached adapter for t (a struct or pointer type).
func adapterFor(t reflect.Type) *typeAdapter {
	if a, ok := adapters.Load(t); ok {
		return a.(*typeAdapter)
	}
	a := buildAdapter(t)
	actual, _ := adapters.LoadOrStore(t, a)
	return actual.(*typeAdapter)
}

func buildAdapter(t reflect.Type) *typeAdapter {
	a := &typeAdapter{byName: map[string]int{}, methods: map[string]reflect.Method{}}
	st := t
	for st.Kind() == reflect.Pointer {
		st = st.Elem()
	}
	if st.Kind() == reflect.Struct {
		for _, f := range reflect.VisibleFields(st) {
			if !f.IsExported() || f.Anonymous && f.Type.Kind() == reflect.Struct {
				continue
			}
			if f.Tag.Get("psh") == "-" {
				continue
			}
			l := strings.ToLower(f.Name)
			if _, dup := a.byName[l]; dup {
				continue
			}
			a.byName[l] = len(a.fields)
			if _, dup := a.byName[f.Name]; !dup {
				a.byName[f.Name] = len(a.fields) // exact spelling: no lower-casing on the hot path
			}
			a.fields = append(a.fields, fieldInfo{name: f.Name, index: f.Index, typ: f.Type})
		}
	}
	for i := 0; i < t.NumMethod(); i++ {
		m := t.Method(i)
		if !m.IsExported() {
			continue
		}
		a.methods[strings.ToLower(m.Name)] = m
		a.mnames = append(a.mnames, m.Name)
	}
	for _, f := range a.fields {
		a.names = append(a.names, f.name)
	}
	return a
}

// structValue dereferences pointers down to a struct value.
func structValue(v any) (reflect.Value, bool) {
	rv := reflect.ValueOf(v)
	for rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return rv, false
		}
		rv = rv.Elem()
	}
	return rv, rv.Kind() == reflect.Struct
}

// adaptedGet reads an exported field of a Go struct, case-insensitively.
func adaptedGet(v any, name string) (any, bool) {
	rv, ok := structValue(v)
	if !ok {
		return nil, false
	}
	a := adapterFor(reflect.TypeOf(v))
	i, ok := a.byName[name]
	if !ok {
		i, ok = a.byName[strings.ToLower(name)]
		if !ok {
			return nil, false
		}
	}
	f, err := rv.FieldByIndexErr(a.fields[i].index)
	if err != nil {
		return nil, true // through a nil embedded pointer
	}
	return goValue(f), true
}

// goValue turns a reflected value into a psh value: nil pointers, slices and
// maps become nil; everything else is itself.
func goValue(f reflect.Value) any {
	switch f.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Map, reflect.Interface, reflect.Func, reflect.Chan:
		if f.IsNil() {
			return nil
		}
	}
	if f.Kind() == reflect.Interface {
		return f.Elem().Interface()
	}
	return f.Interface()
}

// adaptedSet assigns an exported field, converting val to the field's type.
func adaptedSet(v any, name string, val any) (bool, error) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return false, nil
	}
	rv = rv.Elem()
	if rv.Kind() != reflect.Struct {
		return false, nil
	}
	a := adapterFor(reflect.TypeOf(v))
	i, ok := a.byName[strings.ToLower(name)]
	if !ok {
		return false, nil
	}
	f, err := rv.FieldByIndexErr(a.fields[i].index)
	if err != nil || !f.CanSet() {
		return true, &ValueError{ID: "PropertyAssignmentException", Message: "'" + name + "' is a ReadOnly property."}
	}
	c, err := Convert(val, f.Type())
	if err != nil {
		return true, err
	}
	if c == nil {
		f.Set(reflect.Zero(f.Type()))
	} else {
		f.Set(reflect.ValueOf(c))
	}
	return true, nil
}

// adaptedNames lists a Go struct's exported field names in declaration order.
func adaptedNames(v any) []string {
	if _, ok := structValue(v); !ok {
		return nil
	}
	// The names are built once per type: Select-Object and the formatters
	// ask for them per object. Clipped, an append copies them.
	return slices.Clip(adapterFor(reflect.TypeOf(v)).names)
}
