package pipeline

import (
	"strings"
	"sync"
)

// Alignment is how a table column aligns its header and values.
type Alignment int

const (
	// AlignDefault aligns by the data: right when the column's value in the
	// first object of a table is a number, left otherwise.
	AlignDefault Alignment = iota
	// AlignLeft aligns header and values to the left.
	AlignLeft
	// AlignRight aligns header and values to the right.
	AlignRight
	// AlignCenter centres header and values (format.ps1xml's "center").
	AlignCenter
)

// Column is one column of a table view, one line of a list view or the
// item of a wide view.
type Column struct {
	// Label is the header (table) or the name (list); empty means Property.
	Label string
	// Property names the property shown; ignored when Value is set.
	Property string
	// Value computes the shown value (calculated properties, script blocks).
	Value func(obj any) any
	// Width is the fixed column width in cells; 0 sizes it from the data.
	Width int
	// Align is the column's alignment.
	Align Alignment
}

// Header returns the column's label, falling back to its property name.
func (c Column) Header() string {
	if c.Label != "" {
		return c.Label
	}
	return c.Property
}

// Get returns the column's raw value for obj.
func (c Column) Get(obj any) any {
	if c.Value != nil {
		return c.Value(obj)
	}
	if c.Property == "" {
		return nil
	}
	v, _ := GetProperty(obj, c.Property)
	return v
}

// ViewKind is the shape of a view.
type ViewKind int

const (
	// AnyView asks Lookup for the first view registered for a type, of any kind.
	AnyView ViewKind = iota - 1
	// TableView shows objects as rows under one header.
	TableView
	// ListView shows each object as "Name : value" lines.
	ListView
	// WideView shows one value per object, several per line.
	WideView
)

// View is a registered display format for a type (format.ps1xml's View).
type View struct {
	// TypeName is the full type name the view applies to, matched
	// case-insensitively against TypeNames(obj).
	TypeName string
	// Kind is the view's shape.
	Kind ViewKind
	// Columns are the columns (table), lines (list) or the single item (wide).
	Columns []Column
	// GroupBy, when set, starts a new table or list under
	// "   Label: value" each time its value changes (Get-Member's
	// "TypeName: System.String").
	GroupBy *Column
}

// Views is a per-Shell registry of views, safe for concurrent use. The
// package that owns a type registers its views (DESIGN.md decision 9).
type Views struct {
	mu     sync.RWMutex
	byType map[string][]View
}

// NewViews returns an empty registry.
func NewViews() *Views {
	return &Views{byType: map[string][]View{}}
}

// Add registers view; views for the same type keep their registration order,
// and the first one is the type's default view.
func (v *Views) Add(view View) {
	if v == nil {
		return
	}
	key := strings.ToLower(view.TypeName)
	v.mu.Lock()
	v.byType[key] = append(v.byType[key], view)
	v.mu.Unlock()
}

// Lookup returns the first view of the given kind (AnyView: of any kind)
// registered for the most specific of typeNames that has one.
func (v *Views) Lookup(typeNames []string, kind ViewKind) (*View, bool) {
	if v == nil {
		return nil, false
	}
	v.mu.RLock()
	defer v.mu.RUnlock()
	if len(v.byType) == 0 {
		return nil, false
	}
	for _, tn := range typeNames {
		for i, view := range v.byType[strings.ToLower(tn)] {
			if kind == AnyView || view.Kind == kind {
				return &v.byType[strings.ToLower(tn)][i], true
			}
		}
	}
	return nil, false
}
