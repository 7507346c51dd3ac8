package app

import (
	"testing"

	"teema/i18n"
)

// TestPseudonymiseOpensFromDocuments opens the pseudonymisation window
// from the Documents menu, once however often it is asked for, and closes
// it with the project.
func TestPseudonymiseOpensFromDocuments(t *testing.T) {
	u, _ := newTestUI(t, map[string]string{"Asiakas 5.txt": haastattelu})
	windows := func() int { return len(u.s.App().Driver().AllWindows()) }
	before := windows()
	open := menuItem(t, u, i18n.T("Pseudonymise…"))
	open.Action()
	open.Action()
	if w, ok := u.pseudonyms.Current(); windows()-before != 1 || !ok || w.Window().Title() != i18n.T("Pseudonymise") {
		t.Fatalf("%d windows open", windows()-before)
	}
	u.s.Close()
	if windows() != before {
		t.Fatal("the window stays open after the project closed")
	}
}
