package pipeline

// List is System.Collections.Generic.List[T] and System.Collections.ArrayList:
// a growable collection with Add, Remove, Count and indexing. Elem, when set,
// is the element type name values are converted to on Add.
type List struct {
	items []any
	elem  *TypeInfo
}

// NewList returns an empty List whose elements convert to elem (nil: any).
func NewList(elem *TypeInfo) *List { return &List{elem: elem} }

// Items returns the elements. The slice must not be changed.
func (l *List) Items() []any { return l.items }

// Len returns the number of elements.
func (l *List) Len() int { return len(l.items) }

// Add appends v, converted to the element type.
func (l *List) Add(v any) error {
	if l.elem != nil {
		c, err := ConvertToType(v, l.elem)
		if err != nil {
			return err
		}
		v = c
	}
	l.items = append(l.items, v)
	return nil
}

// Index returns element i (negative counts from the end).
func (l *List) Index(i int) (any, bool) {
	if i < 0 {
		i += len(l.items)
	}
	if i < 0 || i >= len(l.items) {
		return nil, false
	}
	return l.items[i], true
}

// SetIndex replaces element i.
func (l *List) SetIndex(i int, v any) error {
	if i < 0 || i >= len(l.items) {
		return &ValueError{ID: "ArgumentOutOfRangeException", Message: "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')"}
	}
	if l.elem != nil {
		c, err := ConvertToType(v, l.elem)
		if err != nil {
			return err
		}
		v = c
	}
	l.items[i] = v
	return nil
}

// GetProperty exposes Count and Capacity.
func (l *List) GetProperty(name string) (any, bool) {
	switch lower(name) {
	case "count", "capacity":
		return int32(len(l.items)), true
	}
	return nil, false
}

// PSTypeNames names the List type after its element type.
func (l *List) PSTypeNames() []string {
	e := "System.Object"
	if l.elem != nil {
		e = l.elem.Name
	}
	return []string{"System.Collections.Generic.List[" + e + "]", "System.Object"}
}
