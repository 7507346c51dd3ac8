package store

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"teema/coding"
	"teema/message"
)

func mustPath(t *testing.T, p *Project, path string) coding.Code {
	t.Helper()
	c, _, err := p.EnsureCodePath(path, "", "")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// said is what an error tells the user, in English: the words of the
// first message in its chain, without the wrapping for the log.
func said(err error) string {
	var m *message.Error
	if !errors.As(err, &m) {
		return fmt.Sprint(err)
	}
	return m.Note.String()
}

func TestCodeNamesUniqueAmongSiblingsOnly(t *testing.T) {
	p := newProject(t)
	a := mustPath(t, p, "Asiakasodotukset/Asiakkuus")
	b := mustPath(t, p, "Lisäarvo/Asiakkuus")
	if a.ID == b.ID {
		t.Fatal("same sub-theme name under two themes must be two codes")
	}
	theme, _, _ := p.EnsureCodePath("Lisäarvo", "", "")
	if _, err := p.AddCode(theme.ID, "asiakkuus", "", ""); err == nil {
		t.Fatal("case-insensitive sibling duplicate accepted")
	}
	if _, err := p.AddCode(0, "a/b", "", ""); err == nil {
		t.Fatal("slash in a name accepted")
	}
	if _, err := p.AddCode(0, "X", "punainen", ""); err == nil {
		t.Fatal("bad colour accepted")
	}
	cb, _ := p.CodeBook()
	if cb.Path(b.ID) != "Lisäarvo/Asiakkuus" {
		t.Fatal(cb.Path(b.ID))
	}
	th, _ := cb.Code(theme.ID)
	if coding.ValidateColor(th.Color) != nil || b.Color == th.Color {
		t.Fatalf("default colours: theme %s sub %s", th.Color, b.Color)
	}
}

func TestRenameMoveMerge(t *testing.T) {
	p := newProject(t)
	d := addDoc(t, p, "A", "H1: Palvelu toimii. Järjestelmä kaatuu. Ihmiset ovat mukavia.")
	a := mustPath(t, p, "Kokemukset/Palvelut")
	b := mustPath(t, p, "Kokemukset/Palvelu")
	sys := mustPath(t, p, "Kokemukset/Palvelut/Järjestelmä")
	code := func(c coding.Code, s, e int) {
		if _, err := p.AddExcerpt(coding.Excerpt{DocID: d.ID, CodeID: c.ID, Start: s, End: e, Coder: "x"}); err != nil {
			t.Fatal(err)
		}
	}
	code(a, 4, 19)
	code(b, 4, 19) // same range: becomes a duplicate on merge and is dropped
	code(b, 20, 38)
	code(sys, 20, 38)

	renamed := a
	renamed.Name, renamed.Color = "Palvelukokemus", "#AA0000"
	old, err := p.UpdateCode(renamed)
	if err != nil || old.Name != "Palvelut" {
		t.Fatal(old, err)
	}
	sibling := b
	sibling.Name = "palvelukokemus"
	if _, err := p.UpdateCode(sibling); said(err) != "Palvelukokemus already exists under Kokemukset." {
		t.Fatalf("rename onto a sibling's name: %v", err)
	}
	if err := p.MoveCode(a.ID, sys.ID, 0); said(err) != "Kokemukset/Palvelukokemus cannot be moved under its own sub-code Kokemukset/Palvelukokemus/Järjestelmä." {
		t.Fatalf("move under its own child: %v", err)
	}
	if err := p.MergeCode(a.ID, sys.ID); said(err) != "Kokemukset/Palvelukokemus cannot be merged into its own sub-code Kokemukset/Palvelukokemus/Järjestelmä." {
		t.Fatalf("merge into its own child: %v", err)
	}
	if err := p.MergeCode(b.ID, a.ID); err != nil {
		t.Fatal(err)
	}
	cb, _ := p.CodeBook()
	if _, ok := cb.Code(b.ID); ok {
		t.Fatal("merged code still exists")
	}
	es, _ := p.Excerpts(coding.ExcerptFilter{CodeIDs: []int64{a.ID}})
	if len(es) != 2 {
		t.Fatalf("after merge %d excerpts on target, want 2 (one duplicate dropped)", len(es))
	}
	if c, _ := cb.Code(a.ID); c.Color != "#aa0000" || c.Name != "Palvelukokemus" {
		t.Fatalf("%+v", c)
	}
	// Move the sub-code up to be a theme, first in order.
	if err := p.MoveCode(sys.ID, 0, 0); err != nil {
		t.Fatal(err)
	}
	cb, _ = p.CodeBook()
	if got := cb.Children(0)[0]; got != sys.ID || cb.Path(sys.ID) != "Järjestelmä" {
		t.Fatalf("themes %v path %q", cb.Children(0), cb.Path(sys.ID))
	}
}

func TestDeleteCodeAndRestore(t *testing.T) {
	p := newProject(t)
	d := addDoc(t, p, "A", "H1: Tiedotteet tulevat sähköpostilla ja intrassa.")
	theme := mustPath(t, p, "Tiedottaminen")
	sub := mustPath(t, p, "Tiedottaminen/Kanavat")
	e, err := p.AddExcerpt(coding.Excerpt{DocID: d.ID, CodeID: sub.ID, Start: 4, End: 15, Coder: "x", Memo: "tärkeä"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.SetMemo(coding.MemoTarget{Kind: coding.CodeMemo, ID: sub.ID}, "kanavamuistio"); err != nil {
		t.Fatal(err)
	}
	if n, _ := p.CountExcerpts(theme.ID); n != 1 {
		t.Fatalf("CountExcerpts = %d", n)
	}
	before, _ := p.CodeBook()
	removed, err := p.DeleteCode(theme.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(removed.Codes) != 2 || len(removed.Excerpts) != 1 || removed.Memos[sub.ID] != "kanavamuistio" {
		t.Fatalf("%+v", removed)
	}
	if es, _ := p.Excerpts(coding.ExcerptFilter{}); len(es) != 0 {
		t.Fatal("codings survived deleting their code")
	}
	if m, _ := p.Memo(coding.MemoTarget{Kind: coding.CodeMemo, ID: sub.ID}); m != "" {
		t.Fatal("memo of a deleted code survived")
	}
	if err := p.Restore(removed); err != nil {
		t.Fatal(err)
	}
	after, _ := p.CodeBook()
	if after.Len() != before.Len() || after.Path(sub.ID) != "Tiedottaminen/Kanavat" {
		t.Fatal("code book not restored")
	}
	got, err := p.Excerpt(e.ID)
	if err != nil || got.Memo != "tärkeä" || got.Text != e.Text {
		t.Fatalf("%+v %v", got, err)
	}
	if m, _ := p.Memo(coding.MemoTarget{Kind: coding.CodeMemo, ID: sub.ID}); m != "kanavamuistio" {
		t.Fatal("memo not restored")
	}
}

func TestApplyTemplateIsAtomic(t *testing.T) {
	p := newProject(t)
	tpl := coding.Template{Name: "t", Codes: []coding.TemplateCode{
		{Name: "A", Children: []coding.TemplateCode{{Name: "A1"}}},
		{Name: "B", Color: "sininen"},
	}}
	if _, err := p.ApplyTemplate(tpl); err == nil || !strings.Contains(err.Error(), "B") {
		t.Fatalf("err = %v", err)
	}
	if cb, _ := p.CodeBook(); cb.Len() != 0 {
		t.Fatalf("a failed template left %d codes", cb.Len())
	}
	tpl.Codes[1].Color = "#0000ff"
	if n, err := p.ApplyTemplate(tpl); err != nil || n != 3 {
		t.Fatal(n, err)
	}
	if n, err := p.ApplyTemplate(tpl); err != nil || n != 0 {
		t.Fatalf("second apply added %d (%v)", n, err)
	}
}

func TestExcerptRules(t *testing.T) {
	p := newProject(t)
	d := addDoc(t, p, "A", "H1: Öö, yhteistyö sujuu.\n\nH1: Hyvin.")
	c := mustPath(t, p, "Yhteistyö")
	tests := []struct {
		name       string
		start, end int
		ok         bool
	}{
		{"word", 8, 17, true},
		{"same again", 8, 17, false},
		{"across paragraphs", 18, 34, true},
		{"empty", 5, 5, false},
		{"reversed", 9, 3, false},
		{"past end", 30, 99, false},
		{"only whitespace", 24, 26, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := p.AddExcerpt(coding.Excerpt{DocID: d.ID, CodeID: c.ID, Start: tt.start, End: tt.end})
			if (err == nil) != tt.ok {
				t.Fatalf("err = %v", err)
			}
		})
	}
	if _, err := p.AddExcerpt(coding.Excerpt{DocID: d.ID, CodeID: 999, Start: 0, End: 2}); !errors.Is(err, coding.ErrNotFound) {
		t.Fatalf("unknown code: %v", err)
	}
	es, _ := p.Excerpts(coding.ExcerptFilter{DocID: d.ID})
	if len(es) != 2 || es[0].Text != "yhteistyö" {
		t.Fatalf("%+v", es)
	}
	removed, err := p.DeleteExcerpt(es[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	restored, err := p.AddExcerpt(removed)
	if err != nil || restored.ID != removed.ID || !reflect.DeepEqual(restored.Created, removed.Created) {
		t.Fatalf("undo of removal: %+v %v", restored, err)
	}
	if old, err := p.SetExcerptMemo(restored.ID, "muistio"); err != nil || old != "" {
		t.Fatal(old, err)
	}
}

func TestAddExcerptsIsAllOrNothing(t *testing.T) {
	p := newProject(t)
	d := addDoc(t, p, "A", "H1: yksi kaksi kolme")
	c := mustPath(t, p, "K")
	good := []coding.Excerpt{{DocID: d.ID, CodeID: c.ID, Start: 4, End: 8}, {DocID: d.ID, CodeID: c.ID, Start: 9, End: 14}}
	if err := p.AddExcerpts(good); err != nil {
		t.Fatal(err)
	}
	bad := []coding.Excerpt{{DocID: d.ID, CodeID: c.ID, Start: 15, End: 20}, {DocID: d.ID, CodeID: c.ID, Start: 15, End: 99}}
	if err := p.AddExcerpts(bad); err == nil {
		t.Fatal("out-of-range coding accepted")
	}
	es, _ := p.Excerpts(coding.ExcerptFilter{})
	if len(es) != 2 || es[1].Text != "kaksi" {
		t.Fatalf("%+v", es)
	}
}

// TestMergeKeepsAnotherCodersCoding: merging drops a coder's repeat of a
// coding, not another coder's coding of the same words.
func TestMergeKeepsAnotherCodersCoding(t *testing.T) {
	p := newProject(t)
	d := addDoc(t, p, "A", "H1: Palvelu toimii hyvin.")
	from, into := mustPath(t, p, "Palvelu"), mustPath(t, p, "Palvelut")
	for _, e := range []coding.Excerpt{
		{CodeID: from.ID, Coder: "Liisa"}, {CodeID: from.ID, Coder: "Matti"}, {CodeID: into.ID, Coder: "Matti"},
	} {
		e.DocID, e.Start, e.End = d.ID, 4, 11
		if _, err := p.AddExcerpt(e); err != nil {
			t.Fatal(err)
		}
	}
	if err := p.MergeCode(from.ID, into.ID); err != nil {
		t.Fatal(err)
	}
	es, _ := p.Excerpts(coding.ExcerptFilter{CodeIDs: []int64{into.ID}})
	if len(es) != 2 || es[0].Coder == es[1].Coder {
		t.Fatalf("after the merge: %+v", es)
	}
}
