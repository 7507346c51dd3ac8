package store

import (
	"reflect"
	"testing"

	"teema/coding"
)

func TestSummariesUndoAndCodeDeletion(t *testing.T) {
	p := newProject(t)
	theme := mustPath(t, p, "Yhteistyö")
	sub := mustPath(t, p, "Yhteistyö/Tapaamiset")
	key := coding.SummaryKey{CodeID: sub.ID, RowsBy: coding.ParseRowsBy("ryhmä").String(), Row: "Kunnat"}
	h := coding.NewHistory(0)
	if err := h.Do(p, coding.SetSummary{Key: key, Text: "- kerran kuussa"}); err != nil {
		t.Fatal(err)
	}
	if err := h.Do(p, coding.SetSummary{Key: key, Text: "- kerran kuussa\n- liian harvoin"}); err != nil {
		t.Fatal(err)
	}
	h.Undo(p)
	if s, _ := p.Summaries(); s[key] != "- kerran kuussa" {
		t.Fatalf("after undo: %q", s[key])
	}
	if _, err := p.SetSummary(coding.SummaryKey{CodeID: 999, RowsBy: "document", Row: "1"}, "x"); err == nil {
		t.Fatal("summary on a missing code")
	}
	// Deleting the theme takes the summary; undo brings it back.
	if err := h.Do(p, coding.DeleteCode{ID: theme.ID}); err != nil {
		t.Fatal(err)
	}
	if s, _ := p.Summaries(); len(s) != 0 {
		t.Fatalf("summary outlived its code: %v", s)
	}
	h.Undo(p)
	if s, _ := p.Summaries(); s[key] != "- kerran kuussa" {
		t.Fatalf("undo of delete lost the summary: %v", s)
	}
}

func TestFindingsUndo(t *testing.T) {
	p := newProject(t)
	h := coding.NewHistory(0)
	var a, b coding.Finding
	h.Do(p, coding.PutFinding{Finding: coding.Finding{Finding: "Tiedotus on hajanaista", Proposal: "Yksi kanava"}, Stored: &a})
	h.Do(p, coding.PutFinding{Finding: coding.Finding{Finding: "Yhteyshenkilö vaihtuu", Proposal: "Nimetty vastuuhenkilö"}, Stored: &b})
	if a.Order != 1 || b.Order != 2 {
		t.Fatalf("orders %d %d", a.Order, b.Order)
	}
	edited := a
	edited.Proposal = "Yksi kanava ja tiedotekalenteri"
	h.Do(p, coding.PutFinding{Finding: edited})
	h.Do(p, coding.DeleteFinding{ID: b.ID})
	fs, _ := p.Findings()
	if len(fs) != 1 || fs[0].Proposal != "Yksi kanava ja tiedotekalenteri" {
		t.Fatalf("%+v", fs)
	}
	h.Undo(p)
	h.Undo(p)
	fs, _ = p.Findings()
	if !reflect.DeepEqual(fs, []coding.Finding{a, b}) {
		t.Fatalf("after undo %+v", fs)
	}
	h.Undo(p)
	h.Undo(p)
	if fs, _ := p.Findings(); len(fs) != 0 {
		t.Fatalf("undoing the adds left %+v", fs)
	}
}

func TestCorpusLoadsTheStudy(t *testing.T) {
	p := newProject(t)
	d := addDoc(t, p, "Asiakas 1", "Haastattelija: Miten?\n\nH1: Hyvin menee.")
	p.SetAttribute(d.ID, "ryhmä", "Kunnat")
	c := mustPath(t, p, "T/A")
	p.AddExcerpt(coding.Excerpt{DocID: d.ID, CodeID: c.ID, Start: 27, End: 38})
	corpus, err := p.Corpus()
	if err != nil {
		t.Fatal(err)
	}
	if len(corpus.Docs) != 1 || len(corpus.Excerpts) != 1 || corpus.Speaker(corpus.Excerpts[0]) != "H1" || corpus.Book.Len() != 2 {
		t.Fatalf("%+v", corpus)
	}
}

func summaryKeyFor(codeID int64) coding.SummaryKey {
	return coding.SummaryKey{CodeID: codeID, RowsBy: coding.ParseRowsBy("").String(), Row: "1"}
}
