package app

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"teema/coding"
)

// TestCopyAsQuoteFollowsTheProjectsRule: the clipboard names the source
// as the matrix window and the workbook do.
func TestCopyAsQuoteFollowsTheProjectsRule(t *testing.T) {
	u, _ := newTestUI(t, map[string]string{"Asiakas 5.txt": haastattelu})
	start, end, _ := coding.FindNth(u.s.Doc().Text, "Tiedotteet tulevat sähköpostilla.", 1)
	u.reader.view.SetSelection(start, end)
	test.Tap(codeItemFor(t, u, "Tiedottaminen/Kanavat"))
	test.Tap(codeItemFor(t, u, "Tiedottaminen"))
	u.excerpt.list.Select(0)
	test.Tap(u.excerpt.copyBtn)
	if got := u.s.App().Clipboard().Content(); got != "“Tiedotteet tulevat sähköpostilla.” (H1)" {
		t.Errorf("by interview code: %q", got)
	}
	if !u.s.Do(coding.SetQuoteRule{Rule: coding.QuoteRule{Source: coding.QuoteByAttribute, Attr: "ryhmä"}}) {
		t.Fatal("the rule was not set")
	}
	test.Tap(u.excerpt.copyBtn)
	if got := u.s.App().Clipboard().Content(); got != "“Tiedotteet tulevat sähköpostilla.” (Kunnat)" {
		t.Errorf("by group: %q", got)
	}
}
