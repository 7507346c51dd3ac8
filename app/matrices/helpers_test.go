package matrices

import (
	"testing"

	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/app/kit/kittest"
)

const (
	haastattelu = "Haastattelija: Miten yhteistyö sujuu?\n\nH5: Yhteistyö sujuu hyvin. Asiakaskokemus on parantunut, kun järjestelmät uudistettiin.\n\nHaastattelija: Entä tiedottaminen?\n\nH5: Tiedotteet tulevat sähköpostilla."
	toinen      = "Haastattelija: Miten tiedotatte?\n\nH2: Tiedotteet tulevat intranetissä. Yhteistyö on tiivistä."
)

// openMatrices opens the matrix window on a theme, as the main window's
// menu does.
func openMatrices(t *testing.T, h *kittest.Host, theme string) *Window {
	t.Helper()
	var slot kit.Slot[*Window]
	m := slot.Open(h, New)
	t.Cleanup(m.win.Close)
	m.matrix.themes.SetSelected(theme)
	if m.matrix.cells.data.Title != theme {
		t.Fatalf("matrix of %q, want %q", m.matrix.cells.data.Title, theme)
	}
	return m
}

// matrixShown is what the matrix table draws in a cell.
func matrixShown(m *Window, row, col int) *matrixCell {
	c := m.matrix.table.CreateCell().(*matrixCell)
	m.matrix.table.UpdateCell(widget.TableCellID{Row: row, Col: col}, c)
	return c
}

func columnOf(t *testing.T, m *Window, name string) int {
	t.Helper()
	for j, c := range m.matrix.cells.data.Columns {
		if c.Name == name {
			return j
		}
	}
	t.Fatalf("no column %q", name)
	return -1
}
