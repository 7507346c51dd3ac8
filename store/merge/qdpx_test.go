package merge

import (
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"teema/coding"
	"teema/store"
	"teema/store/qdpx"
)

// Merging Matti's project from a .qdpx brings in the same codings, with
// their coders, as merging his .teema file.
func TestMergeQDPX(t *testing.T) {
	dir := t.TempDir()
	p := ours(t, dir)
	exported := filepath.Join(dir, "matti.qdpx")
	other, err := store.OpenReadOnly(theirs(t, dir))
	if err != nil {
		t.Fatal(err)
	}
	if err := qdpx.ExportFile(other, exported); err != nil {
		t.Fatal(err)
	}
	other.Close()
	src, rep, err := ReadQDPX(exported)
	if err != nil {
		t.Fatal(err)
	}
	if src.Name != "matti" || rep.NotPlaced != 0 || len(rep.Skipped) != 0 {
		t.Fatalf("read %q: %s", src.Name, english(rep.Notes()))
	}
	r, err := Into(p, src)
	if err != nil {
		t.Fatal(err)
	}
	if c := r.Counts[Codings]; c.Added != 3 || c.Matched != 1 {
		t.Fatalf("codings %+v\n%s", c, english(r.Notes()))
	}
	checkMerged(t, p)
	again, err := Into(p, src)
	if err != nil {
		t.Fatal(err)
	}
	if addedAny(again) {
		t.Fatalf("second merge of the .qdpx added:\n%s", english(again.Notes()))
	}
}

func TestFromExchangeKeepsCodersAndTree(t *testing.T) {
	doc := coding.NewDocument("H1", text1, "txt", "h1.txt", time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC))
	src := FromExchange(store.Exchange{
		Codes: []store.ExchangeCode{{Key: "a", Name: "Yhteistyö", Memo: "m"}, {Key: "b", ParentKey: "a", Name: "Tapaamiset"}},
		Documents: []store.ExchangeDocument{{Doc: doc, Excerpts: []store.ExchangeExcerpt{
			{CodeKey: "b", Start: 52, End: 79, Coder: "matti"}, {CodeKey: "b", Start: 52, End: 79, Coder: "liisa"}}}},
	})
	var got []string
	for _, e := range src.Excerpts {
		got = append(got, e.Coder+" "+src.Book.Path(e.CodeID)+" "+e.Text)
	}
	want := []string{"matti Yhteistyö/Tapaamiset kerran kuussa ja se riittää", "liisa Yhteistyö/Tapaamiset kerran kuussa ja se riittää"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("excerpts %q, want %q", got, want)
	}
	if src.Memos[coding.MemoTarget{Kind: coding.CodeMemo, ID: 1}] != "m" {
		t.Fatalf("memos %v", src.Memos)
	}
}

// A file that is no project is refused by name, before anything is read.
func TestReadFileRefusesOtherFiles(t *testing.T) {
	_, _, err := ReadFile(filepath.Join(t.TempDir(), "muistiinpanot.docx"))
	if !errors.Is(err, errNotMergeable) || !strings.HasPrefix(err.Error(), "muistiinpanot.docx cannot be merged") {
		t.Fatalf("got %v", err)
	}
}
