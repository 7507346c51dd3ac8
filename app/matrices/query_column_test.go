package matrices

import (
	"testing"

	"fyne.io/fyne/v2/widget"

	"teema/app/kit/kittest"
	"teema/coding"
	"teema/coding/codequery"
	"teema/i18n"
	"teema/study"
)

func TestSavedQueryAsMatrixColumn(t *testing.T) {
	h, db := kittest.New(t, map[string]string{"Asiakas 5.txt": haastattelu, "Asiakas 6.txt": toinen})
	h.CodeText(t, "Asiakas 5", "Yhteistyö sujuu hyvin.", "Yhteistyö/Päivittäinen yhteistyö")
	h.CodeText(t, "Asiakas 5", "Asiakaskokemus on parantunut", "Tiedottaminen/Kanavat")
	h.CodeText(t, "Asiakas 6", "Yhteistyö on tiivistä.", "Yhteistyö/Päivittäinen yhteistyö")
	change, err := study.SaveQuery(db, codequery.Saved{Name: "Yhteistyö ja kanavat", Query: "Päivittäinen yhteistyö AND Kanavat IN turn"})
	if err != nil || !h.S.Do(change) {
		t.Fatalf("save: %v", err)
	}
	m := openMatrices(t, h, "Yhteistyö")
	codes := len(m.matrix.cells.data.Columns)
	m.matrix.query.sel.SetSelected("Yhteistyö ja kanavat")
	d := m.matrix.cells.data
	if len(d.Columns) != codes+1 || d.Columns[codes].Name != "Yhteistyö ja kanavat" || d.Columns[codes].ID != coding.QueryColumn {
		t.Fatalf("columns %+v", d.Columns)
	}
	if cell := matrixShown(m, 0, codes); cell.counts.Text != excerptCount(2)+" · "+interviewCount(1) {
		t.Errorf("the query's cell says %q", cell.counts.Text)
	}
	m.matrix.table.Select(widget.TableCellID{Row: 0, Col: codes})
	if !m.matrix.cell.content.Visible() || !m.matrix.cell.summary.Disabled() || len(m.matrix.cell.list.Objects) != 2 {
		t.Error("a query's cell opens its passages, with no summary to write")
	}
	m.matrix.query.sel.SetSelected(i18n.T(noQuery))
	if len(m.matrix.cells.data.Columns) != codes {
		t.Error("no query: no column")
	}
}
