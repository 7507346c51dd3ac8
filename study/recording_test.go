package study

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"teema/coding"
	"teema/store/report"
)

const timedSRT = "1\n00:00:01,000 --> 00:00:03,500\n[SPEAKER_00]: Miten yhteistyö sujuu?\n\n" +
	"2\n00:12:04,000 --> 00:12:08,250\n[SPEAKER_01]: Yhteistyö sujuu hyvin.\n"

// fixture copies a recording of media/testdata into dir.
func fixture(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "media", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestRecordingFoundAgainAfterAMove: a recording attached, then moved,
// is refused with a message FindRecording mends by its content.
func TestRecordingFoundAgainAfterAMove(t *testing.T) {
	p := newProject(t)
	dir := t.TempDir()
	path := fixture(t, dir, "tone440.flac")
	id := docID(t, p, "Kunta A")
	ch, notes, err := AttachRecording(context.Background(), p, id, path, nil)
	if err != nil || len(notes) != 0 {
		t.Fatal(err, notes)
	}
	if _, err := ch.Apply(p); err != nil {
		t.Fatal(err)
	}
	rec, err := OpenRecording(p, id)
	if err != nil {
		t.Fatal(err)
	}
	rec.Close()
	moved := filepath.Join(dir, "arkisto", "haastattelu A.flac")
	os.MkdirAll(filepath.Dir(moved), 0o755)
	if err := os.Rename(path, moved); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenRecording(p, id); !IsRecordingMissing(err) {
		t.Fatalf("a moved recording: %v", err)
	}
	found, err := FindRecording(context.Background(), p, id, dir)
	if err != nil || found.Recording.Path != moved {
		t.Fatalf("found %+v %v", found.Recording, err)
	}
	if _, err := OpenRecording(p, docID(t, p, "Kunta B")); err == nil || !strings.Contains(err.Error(), "no recording") {
		t.Fatalf("a document without a recording: %v", err)
	}
}

// TestTimedQuotesNameTheTime: with the rule's time, a quote of a timed
// transcript names when it is heard, in the report and on the clipboard.
func TestTimedQuotesNameTheTime(t *testing.T) {
	p := newProject(t)
	dir := t.TempDir()
	srt := filepath.Join(dir, "Kunta E.srt")
	if err := os.WriteFile(srt, []byte(timedSRT), 0o644); err != nil {
		t.Fatal(err)
	}
	r, notes, err := ImportTimedTranscript(context.Background(), p, srt, map[string]string{"ryhmä": "Kunnat"}, fixture(t, dir, "tone440.mp3"))
	if err != nil || len(notes) != 1 {
		t.Fatalf("import: %v, notes %v (the recording is much shorter than 12:08)", err, notes)
	}
	code(t, p, "Kunta E", "Yhteistyö sujuu hyvin.", "Yhteistyö/Arki", "Liisa")
	if _, err := (coding.SetQuoteRule{Rule: coding.QuoteRule{Source: coding.QuoteByCode, Time: true}}).Apply(p); err != nil {
		t.Fatal(err)
	}
	es, _ := p.Excerpts(coding.ExcerptFilter{DocID: r.Doc.ID})
	q, err := Quote(p, es[0])
	if err != nil || !strings.HasSuffix(q, ", 12:04)") {
		t.Fatalf("quote %q %v", q, err)
	}
	if _, err := p.SetQuote(es[0].ID, true); err != nil {
		t.Fatal(err)
	}
	doc, _ := reportXML(t, p, ReportChoices{Parts: report.Parts{Quotes: true}, Lang: "fi"})
	if !strings.Contains(doc, q) {
		t.Errorf("the report does not quote %q", q)
	}
}

// TestTranscriptionBecomesATimedDocument: typed time markers become the
// new document's time index, and the draft is gone.
func TestTranscriptionBecomesATimedDocument(t *testing.T) {
	p := newProject(t)
	d, err := StartTranscription(context.Background(), p, " Kunta F ", fixture(t, t.TempDir(), "tone440.ogg"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := FinishTranscription(p, d); err == nil {
		t.Fatal("an empty transcription was finished")
	}
	d.Text = "[00:00:00] Haastattelija: Miten menee?\n[00:00:01] H1: Hyvin menee."
	if err := p.SaveDraft(d.ID, d.Text); err != nil {
		t.Fatal(err)
	}
	doc, _, err := FinishTranscription(p, d)
	if err != nil {
		t.Fatal(err)
	}
	start, _, _ := coding.FindNth(doc.Text, "H1:", 1)
	if s, ok := doc.Times.SecondsAt(start); !ok || s != 1 || strings.Contains(doc.Text, "[00") || doc.Name != "Kunta F" {
		t.Fatalf("document %q, times %v", doc.Text, doc.Times)
	}
	if ds, _ := p.Drafts(); len(ds) != 0 {
		t.Fatalf("drafts left: %+v", ds)
	}
	if rec, _ := p.Recording(doc.ID); rec == nil || !strings.HasSuffix(rec.Path, "tone440.ogg") {
		t.Fatalf("recording %+v", rec)
	}
}
