package study

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"teema/coding"
)

func TestWorkbook(t *testing.T) {
	p := newProject(t)
	code(t, p, "Kunta A", "Covid19 muutti kaiken.", "Muutos/Korona", "maija")
	code(t, p, "Yhdistys C", "Rahoitus on aina epävarmaa.", "Talous", "maija")
	b, err := LoadWorkbook(p, coding.ParseRowsBy("ryhmä"), []string{"Muutos"}, "fi")
	if err != nil {
		t.Fatal(err)
	}
	if b.Interviews != 4 || b.Excerpts != 2 || b.o.Title != "palvelut" {
		t.Errorf("workbook of %d interviews and %d excerpts, titled %q", b.Interviews, b.Excerpts, b.o.Title)
	}
	path := filepath.Join(t.TempDir(), "palvelut.xlsx")
	if err := WriteFile(path, b.Write); err != nil {
		t.Fatal(err)
	}
	if got, err := os.ReadFile(path); err != nil || !bytes.HasPrefix(got, []byte("PK")) {
		t.Errorf("no workbook written (%v)", err)
	}
	_, err = LoadWorkbook(p, coding.ParseRowsBy("ikä"), nil, "fi")
	isKind(t, err, errNoAttribute)
	_, err = LoadWorkbook(p, coding.ParseRowsBy(""), []string{"Muutos/Korona"}, "fi")
	isKind(t, err, errNoTheme)
}

func TestTitle(t *testing.T) {
	p := newProject(t)
	if title, err := Title(p); err != nil || title != "palvelut" {
		t.Errorf("untitled project's title %q (%v), want its file's name", title, err)
	}
	if err := p.SetName("Palvelut koronan aikana"); err != nil {
		t.Fatal(err)
	}
	if title, err := Title(p); err != nil || title != "Palvelut koronan aikana" {
		t.Errorf("title %q (%v)", title, err)
	}
}
