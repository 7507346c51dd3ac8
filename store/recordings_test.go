package store

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"teema/coding"
	"teema/store/importer"
)

const timedSRT = "1\n00:00:01,000 --> 00:00:03,500\n[SPEAKER_00]: Miten yhteistyö sujuu?\n\n" +
	"2\n00:00:04,000 --> 00:00:08,250\n[SPEAKER_01]: Yhteistyö sujuu hyvin.\n\n" +
	"3\n00:00:09,000 --> 00:00:12,000\n[SPEAKER_01]: Tiedotteet tulevat sähköpostilla.\n"

// TestTimedTranscriptKeepsItsTimes: an .srt imports as a transcript with
// its time index; fixing its text, renaming a speaker, deleting it and
// every undo keep the times on their words.
func TestTimedTranscriptKeepsItsTimes(t *testing.T) {
	p := newProject(t)
	path := filepath.Join(t.TempDir(), "Asiakas 9.srt")
	writeFile(t, path, timedSRT)
	d, err := p.ImportFile(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	ix, _ := p.TimeIndex(d.ID)
	at := func(ix coding.TimeIndex, word string) float64 {
		t.Helper()
		doc, err := p.Document(d.ID)
		if err != nil {
			t.Fatal(err)
		}
		start, _, ok := coding.FindNth(doc.Text, word, 1)
		if !ok {
			t.Fatalf("no %q in %q", word, doc.Text)
		}
		s, _ := ix.SecondsAt(start)
		return s
	}
	if len(ix) < 3 || at(ix, "Tiedotteet") != 9 || at(ix, "Miten") != 1 {
		t.Fatalf("imported index %v", ix)
	}

	h := coding.NewHistory(100)
	start, end, _ := coding.FindNth(d.Text, "sujuu hyvin", 1)
	if err := h.Do(p, coding.EditText{DocID: d.ID, Edit: coding.Edit{Start: start, End: end, Insert: "menee oikein hyvin"}}); err != nil {
		t.Fatal(err)
	}
	rw, err := coding.RenameSpeaker(mustText(t, p, d.ID), "SPEAKER_01", "H1")
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Do(p, coding.RewriteText{DocID: d.ID, Rewrite: rw}); err != nil {
		t.Fatal(err)
	}
	ix2, _ := p.TimeIndex(d.ID)
	if at(ix2, "Tiedotteet") != 9 || at(ix2, "Miten") != 1 {
		t.Fatalf("after the edits %v", ix2)
	}
	for range 2 {
		if err := h.Undo(p); err != nil {
			t.Fatal(err)
		}
	}
	if back, _ := p.TimeIndex(d.ID); !reflect.DeepEqual(back, ix) {
		t.Fatalf("undo gave %v, want %v", back, ix)
	}

	rec := &coding.Recording{Path: "/äänet/asiakas9.mp3", Print: "10:ab", Seconds: 12.5}
	if err := h.Do(p, coding.SetRecording{DocID: d.ID, Recording: rec}); err != nil {
		t.Fatal(err)
	}
	if err := h.Do(p, coding.DeleteDocument{DocID: d.ID}); err != nil {
		t.Fatal(err)
	}
	if got, _ := p.TimeIndex(d.ID); len(got) != 0 {
		t.Fatal("the deleted document's times stay")
	}
	if err := h.Undo(p); err != nil {
		t.Fatal(err)
	}
	got, _ := p.Recording(d.ID)
	back, _ := p.TimeIndex(d.ID)
	if !reflect.DeepEqual(got, rec) || !reflect.DeepEqual(back, ix) {
		t.Fatalf("undoing the deletion gave %+v %v", got, back)
	}
	if err := h.Undo(p); err != nil {
		t.Fatal(err)
	}
	if got, _ := p.Recording(d.ID); got != nil {
		t.Fatalf("undo left the recording %+v", got)
	}
}

// TestDraftBecomesADocument: a transcription kept as typed becomes a
// document with its recording in one step, and is gone from the drafts.
func TestDraftBecomesADocument(t *testing.T) {
	p := newProject(t)
	rec := coding.Recording{Path: "/äänet/a.wav", Print: "1:2", Seconds: 60}
	dr, err := p.NewDraft("Asiakas 10", rec)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.SaveDraft(dr.ID, "H1: Kesken"); err != nil {
		t.Fatal(err)
	}
	ds, _ := p.Drafts()
	if len(ds) != 1 || ds[0].Text != "H1: Kesken" || ds[0].Recording != rec {
		t.Fatalf("drafts %+v", ds)
	}
	res := importer.Result{Text: "H1: Valmis.", Format: "txt", Times: coding.TimeIndex{{Offset: 4, Seconds: 2}}}
	d, err := p.FinishDraft(dr.ID, "Asiakas 10.txt", res, rec)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := p.Recording(d.ID)
	ix, _ := p.TimeIndex(d.ID)
	if ds, _ := p.Drafts(); len(ds) != 0 || got == nil || *got != rec || len(ix) != 1 {
		t.Fatalf("finished: drafts %v, recording %+v, times %v", ds, got, ix)
	}
}

func mustText(t *testing.T, p *Project, id int64) string {
	t.Helper()
	d, err := p.Document(id)
	if err != nil {
		t.Fatal(err)
	}
	return d.Text
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
