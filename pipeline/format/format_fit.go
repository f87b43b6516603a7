package format

import "strconv"

// fitWidths gives unsized columns (0) an equal share of the room left on the
// screen, then, while the table is wider than the screen, shrinks the
// rightmost visible column or hides it (-1), as PowerShell's
// ColumnWidthManager does. A column is shrunk only down to mins[k] (1 when
// mins is nil): one that would get less does not fit and is hidden, so a
// header is never squeezed below its own width. The first column is only
// hidden when the screen has no room at all; otherwise it is cut to the
// screen. fitWidths returns how many columns it hid (all of them trailing).
func fitWidths(w []int, mins []int, screen int) int {
	var free []int
	for k, x := range w {
		if x <= 0 {
			w[k] = 1
			free = append(free, k)
		}
	}
	if room := screen - tableWidth(w); room > 0 && len(free) > 0 {
		for i := 0; room > 0; i = (i + 1) % len(free) {
			w[free[i]]++
			room--
		}
	}
	hidden := 0
	for {
		excess := tableWidth(w) - screen
		if excess <= 0 {
			return hidden
		}
		last := len(w) - 1
		for k, x := range w {
			if x < 0 {
				last = k - 1
				break
			}
		}
		if last < 0 {
			return hidden
		}
		min := 1
		if mins != nil && last > 0 && mins[last] > 1 {
			min = mins[last]
		}
		if min > w[last] {
			min = w[last]
		}
		if nw := w[last] - excess; nw >= min && nw >= 1 {
			w[last] = nw
		} else {
			w[last] = -1
			hidden++
		}
	}
}

// tableWidth is the width of the visible columns of w with one blank
// between neighbours.
func tableWidth(w []int) int {
	sum, vis := 0, 0
	for _, x := range w {
		if x > 0 {
			sum += x
			vis++
		}
	}
	if vis == 0 {
		return 0
	}
	return sum + vis - 1
}

// ColumnsDroppedWarning is the warning Format-Table and Out-Default write
// when a table's trailing columns (labels) do not fit on the screen, in
// PowerShell's words.
func ColumnsDroppedWarning(labels []string) string {
	if len(labels) == 1 {
		return "column \"" + labels[0] + "\" does not fit into the display and was removed."
	}
	return strconv.Itoa(len(labels)) + " columns do not fit into the display and were removed."
}
