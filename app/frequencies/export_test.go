package frequencies

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"

	"teema/app/kit"
	"teema/store/chart"
	"teema/study"
)

// TestWordfreqScopeAndExports counts one group's interviews and writes
// the table and the cloud as the save dialog would.
func TestWordfreqScopeAndExports(t *testing.T) {
	_, w := openStems(t, map[string]string{"eka.txt": asiakas})
	w.attr.SetSelected("ryhmä")
	if w.value.Selected != "Kunnat" || len(w.words.words) == 0 {
		t.Fatalf("value %q, %d words", w.value.Selected, len(w.words.words))
	}
	dir := t.TempDir()
	book := filepath.Join(dir, "w.xlsx")
	if err := study.WriteFile(book, w.wordsWriter(kit.XLSX())); err != nil {
		t.Fatal(err)
	}
	w.saved(book)
	f, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatalf("the exported workbook does not open: %v (note %q)", err, w.note.Text)
	}
	defer f.Close()
	if v, _ := f.GetCellValue("Words", "B2"); v != strconv.Itoa(w.words.words[0].Count) {
		t.Errorf("B2 = %q, want %d", v, w.words.words[0].Count)
	}
	png := filepath.Join(dir, "c.png")
	if err := study.WriteFile(png, w.cloudPicture); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(png); err != nil || !bytes.HasPrefix(b, []byte("\x89PNG")) {
		t.Errorf("cloud picture: %v", err)
	}
}

// TestCloudPictureNamesWhatWasCounted: the exported cloud is titled with
// the group and the word forms (issue 16: it said only "Sanapilvi").
func TestCloudPictureNamesWhatWasCounted(t *testing.T) {
	_, w := openStems(t, map[string]string{"eka.txt": asiakas})
	w.attr.SetSelected("ryhmä")
	var got, want bytes.Buffer
	if err := w.cloudPicture(&got); err != nil {
		t.Fatal(err)
	}
	title := "Word cloud — ryhmä = Kunnat · without the interviewer · stems"
	if _, err := chart.Cloud(&want, title, w.cloudWords()); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Errorf("the cloud is not titled %q", title)
	}
}
