package frequencies

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/app/kit/kittest"
	"teema/coding"
	"teema/i18n"
	"teema/study"
)

func TestCompareGroups(t *testing.T) {
	h, _ := kittest.New(t, map[string]string{"eka.txt": asiakas, "toka.txt": toka})
	if !h.S.Do(coding.SetAttribute{DocID: h.DocID(t, "toka"), Key: "ryhmä", Value: "Yhteisöt"}) {
		t.Fatal("attribute not set")
	}
	w := open(t, h)
	w.wordForms.SetSelected(kit.FormsLabel(study.FormsStem))
	c := w.compare
	if c.attr.Selected != "ryhmä" || c.a.Selected != "Kunnat" || c.b.Selected != "Yhteisöt" {
		t.Fatalf("compare offers %q: %q against %q", c.attr.Selected, c.a.Selected, c.b.Selected)
	}
	test.Tap(c.run)
	if len(c.keys.c.Keys) == 0 {
		t.Fatalf("no comparison: %q", c.note.Text)
	}
	side := map[string]string{}
	for i, k := range c.keys.c.Keys {
		side[k.Word] = cellText(c.tbl, i, 4)
	}
	if side["asiakaskokemu"]+side["asiakaskokemus"] != "Kunnat" || side["palvelu"] != "Yhteisöt" {
		t.Errorf("characteristic of: %v", side)
	}
	c.tbl.Select(widget.TableCellID{Row: 0, Col: 0})
	if w.tabs.Selected() != w.tabTable || len(w.lines.lines) == 0 {
		t.Errorf("a compared word is not shown in context: tab %q", w.tabs.Selected().Text)
	}
}

func TestCodeCloudFollowsTheCoding(t *testing.T) {
	h, _ := kittest.New(t, map[string]string{"eka.txt": asiakas})
	w := open(t, h)
	w.tabs.Select(w.codes.tab)
	if len(w.codes.words()) != 0 || w.codes.note.Text != i18n.T("Nothing is coded yet: code some text and the codes appear here.") {
		t.Fatalf("an uncoded project: %v, %q", w.codes.words(), w.codes.note.Text)
	}
	h.CodeText(t, "eka", "Asiakaskokemus on meille tärkeä", "Asiakaskokemukset/Asiakkuus")
	words := w.codes.words()
	if len(words) == 0 || words[0].Weight != 1 {
		t.Fatalf("after coding: %v", words)
	}
}
