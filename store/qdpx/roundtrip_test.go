package qdpx

import (
	"strings"
	"testing"
	"time"

	"teema/coding"
	"teema/store"
)

// richDemo is the demo study plus what the demo lacks: a second coder,
// excerpt memos, a project memo and an emoji beyond the BMP.
func richDemo(t *testing.T) *store.Project {
	t.Helper()
	p := demoProject(t)
	infos, err := p.Documents()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := p.Document(infos[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	code, _, err := p.EnsureCodePath("Uusi teema/Alateema 😀", "#00aa55", "Kuvaus, jossa on \"lainausmerkit\" & <merkit>.")
	if err != nil {
		t.Fatal(err)
	}
	e := coding.Excerpt{DocID: doc.ID, CodeID: code.ID, Start: 3, End: 25, Coder: "Kati",
		Memo: "Toinen koodaaja.\nKaksi riviä.", Created: time.Date(2026, 3, 4, 5, 6, 7, 8000, time.UTC)}
	if _, err := p.AddExcerpt(e); err != nil {
		t.Fatal(err)
	}
	if _, err := p.SetMemo(coding.MemoTarget{Kind: coding.ProjectMemo}, "Projektin muistio 🤝"); err != nil {
		t.Fatal(err)
	}
	if _, err := p.SetMemo(coding.MemoTarget{Kind: coding.CodeMemo, ID: code.ID}, "Koodin muistio"); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRoundTripLosesNothing(t *testing.T) {
	src := richDemo(t)
	want := dump(t, src)
	for _, fact := range []string{"excerpt ", "memo project", "memo document", "memo code", "coder=\"Kati\"", "ryhmä=Kunnat"} {
		if !strings.Contains(want, fact) {
			t.Fatalf("the test project has no %q to lose:\n%s", fact, want)
		}
	}
	dst := newProject(t)
	rep, err := importBytes(dst, exportBytes(t, src))
	if err != nil {
		t.Fatal(err)
	}
	if got := dump(t, dst); got != want {
		t.Errorf("round trip changed the project:\n%s", diff(want, got))
	}
	if rep.NotPlaced != 0 || len(rep.Skipped) != 0 || rep.Unverified != 0 {
		t.Errorf("a Teema export should import cleanly:\n%s", english(rep.Notes()))
	}
}

func TestImportTwiceAddsNothing(t *testing.T) {
	src := richDemo(t)
	b := exportBytes(t, src)
	dst := newProject(t)
	if _, err := importBytes(dst, b); err != nil {
		t.Fatal(err)
	}
	before := dump(t, dst)
	rep, err := importBytes(dst, b)
	if err != nil {
		t.Fatal(err)
	}
	if got := dump(t, dst); got != before {
		t.Errorf("second import changed the project:\n%s", diff(before, got))
	}
	if rep.Documents != 0 || rep.Codes != 0 || rep.Codings != 0 || rep.Duplicates == 0 {
		t.Errorf("second import: %s", english(rep.Notes()))
	}
}

func TestExportIsStable(t *testing.T) {
	p := richDemo(t)
	a, b := exportBytes(t, p), exportBytes(t, p)
	if string(unzipEntry(t, a, "project.qde")) != string(unzipEntry(t, b, "project.qde")) {
		t.Error("two exports of one project differ")
	}
}

func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	inW, inG := map[string]bool{}, map[string]bool{}
	for _, l := range w {
		inW[l] = true
	}
	for _, l := range g {
		inG[l] = true
	}
	var out []string
	for _, l := range w {
		if !inG[l] {
			out = append(out, "- "+l)
		}
	}
	for _, l := range g {
		if !inW[l] {
			out = append(out, "+ "+l)
		}
	}
	return strings.Join(out, "\n")
}
