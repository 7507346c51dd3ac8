package frequencies

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"teema/app/kit/kittest"
	"teema/coding/wordfreq"
	"teema/i18n"
)

// TestChooseAnInterviewsLanguage: the Languages dialog shows how each
// interview was counted; choosing English keeps it in the project, the
// window counts again, and Undo takes it back.
func TestChooseAnInterviewsLanguage(t *testing.T) {
	h, w := openStems(t, map[string]string{"eka.txt": asiakas})
	id := h.DocID(t, "eka")
	if w.langs[id] != wordfreq.Finnish {
		t.Fatalf("counted as %v", w.langs[id])
	}
	w.editLanguages()
	kittest.Find(t, w.win, func(l *widget.Label) bool { return strings.HasPrefix(l.Text, "eka — "+i18n.T("counted as Finnish")) })
	sel := kittest.Find(t, w.win, func(s *widget.Select) bool { return s.Selected == i18n.T("As the text suggests") })
	sel.SetSelected(i18n.T("English"))
	if d, _ := h.S.DocInfo(id); d.Attributes["kieli"] != "en" {
		t.Fatalf("attributes %v", d.Attributes)
	}
	if w.langs[id] != wordfreq.English || !strings.Contains(w.note.Text, "eka") {
		t.Errorf("the window counted it as %v: %q", w.langs[id], w.note.Text)
	}
	h.S.Undo()
	if w.langs[id] != wordfreq.Finnish {
		t.Errorf("after undo, counted as %v", w.langs[id])
	}
}
