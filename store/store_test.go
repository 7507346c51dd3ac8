package store

import (
	"bytes"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"teema/coding"
)

func newProject(t *testing.T) *Project {
	t.Helper()
	p, err := Create(filepath.Join(t.TempDir(), "p"+Extension))
	if err != nil {
		t.Fatal(err)
	}
	p.SetClock(func() time.Time { return time.Date(2026, 5, 12, 10, 0, 0, 0, time.UTC) })
	t.Cleanup(func() { p.Close() })
	return p
}

func addDoc(t *testing.T, p *Project, name, text string) coding.Document {
	t.Helper()
	d, err := p.AddDocument(coding.NewDocument(name, coding.Normalize(text), "txt", name+".txt", time.Now()))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestCreateAndReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tutkimus ä#?.teema")
	p, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	d := addDoc(t, p, "Asiakas 1", "Haastattelija: Moi.\n\nH1: Hei, asiakaskokemus on hyvä.")
	d.Attributes = nil
	if _, err := p.SetAttribute(d.ID, "ryhmä", "Kunnat"); err != nil {
		t.Fatal(err)
	}
	code, _, err := p.EnsureCodePath("Asiakaskokemukset/Palvelut", "", "kuvaus")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.AddExcerpt(coding.Excerpt{DocID: d.ID, CodeID: code.ID, Start: 30, End: 44, Coder: "Liisa"}); err != nil {
		t.Fatal(err)
	}
	p.Close()
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("project not at the path with special characters: %v", err)
	}
	if _, err := Create(path); !errors.Is(err, ErrExists) {
		t.Fatalf("Create over an existing file: %v", err)
	}
	p, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	got, err := p.Document(d.ID)
	if err != nil || got.Text != d.Text || got.Attributes["ryhmä"] != "Kunnat" || len(got.Turns) != 2 || got.Turns[1].Speaker != "H1" {
		t.Fatalf("document after reopen: %+v %v", got, err)
	}
	es, err := p.Excerpts(coding.ExcerptFilter{})
	if err != nil || len(es) != 1 || es[0].Text != "asiakaskokemus" || es[0].Coder != "Liisa" || es[0].Drifted(got.Text) {
		t.Fatalf("excerpts after reopen: %+v %v", es, err)
	}
	if err := p.IntegrityCheck(); err != nil {
		t.Fatal(err)
	}
}

func TestOpenRefusesAndLeavesFileUntouched(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	otherDB := filepath.Join(dir, "other.db")
	db, err := sql.Open("sqlite", otherDB)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE x(a)"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	newer := filepath.Join(dir, "newer.teema")
	p, err := Create(newer)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.db.Exec("PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	p.Close()

	tests := []struct {
		name string
		path string
		want error
	}{
		{"empty file", write("empty.teema", nil), ErrNotProject},
		{"text file", write("notes.teema", bytes.Repeat([]byte("Haastattelija: moi\n"), 20)), ErrNotProject},
		{"other sqlite database", otherDB, ErrNotProject},
		{"newer Teema", newer, ErrNewerVersion},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before, _ := os.ReadFile(tt.path)
			for _, open := range []func(string) (*Project, error){Open, OpenReadOnly} {
				p, err := open(tt.path)
				if !errors.Is(err, tt.want) {
					if p != nil {
						p.Close()
					}
					t.Fatalf("err = %v, want %v", err, tt.want)
				}
			}
			after, _ := os.ReadFile(tt.path)
			if !bytes.Equal(before, after) {
				t.Fatal("refused file was changed")
			}
		})
	}
	if _, err := Open(filepath.Join(dir, "missing.teema")); err == nil {
		t.Fatal("missing file opened")
	}
	if _, err := os.Stat(filepath.Join(dir, "missing.teema")); !os.IsNotExist(err) {
		t.Fatal("Open created a missing file")
	}
}

func TestSchemaVersionAndApplicationID(t *testing.T) {
	p := newProject(t)
	var v, id int
	p.db.QueryRow("PRAGMA user_version").Scan(&v)
	p.db.QueryRow("PRAGMA application_id").Scan(&id)
	if v != SchemaVersion() || id != applicationID {
		t.Fatalf("user_version %d application_id %x", v, id)
	}
	var fk int
	p.db.QueryRow("PRAGMA foreign_keys").Scan(&fk)
	if fk != 1 {
		t.Fatal("foreign keys off")
	}
}

func TestReadOnlyRefusesWrites(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ro.teema")
	p, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	p.Close()
	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if _, err := ro.AddCode(0, "Teema", "", ""); err == nil {
		t.Fatal("read-only project accepted a write")
	}
	cb, err := ro.CodeBook()
	if err != nil || cb.Len() != 0 {
		t.Fatal(err)
	}
}

func TestDocumentNamesAndAttributes(t *testing.T) {
	p := newProject(t)
	a := addDoc(t, p, "haastattelu", "H1: yksi")
	b := addDoc(t, p, "haastattelu", "H1: kaksi")
	if b.Name != "haastattelu (2)" {
		t.Fatalf("second name = %q", b.Name)
	}
	old, err := p.SetAttribute(a.ID, "ryhmä", "Kunnat")
	if err != nil || old != "" {
		t.Fatal(old, err)
	}
	if old, _ := p.SetAttribute(a.ID, "ryhmä", "Yhteisöt"); old != "Kunnat" {
		t.Fatalf("old value %q", old)
	}
	if _, err := p.SetAttribute(a.ID, "", "x"); err == nil {
		t.Fatal("empty key accepted")
	}
	if _, err := p.SetAttribute(999, "k", "v"); !errors.Is(err, coding.ErrNotFound) {
		t.Fatalf("missing doc: %v", err)
	}
	docs, _ := p.Documents()
	if len(docs) != 2 || docs[0].Attributes["ryhmä"] != "Yhteisöt" {
		t.Fatalf("%+v", docs)
	}
	p.SetAttribute(a.ID, "ryhmä", "")
	if d, _ := p.Document(a.ID); len(d.Attributes) != 0 {
		t.Fatal("empty value did not remove the attribute")
	}
	if _, err := p.RenameDocument(b.ID, "haastattelu"); err == nil {
		t.Fatal("rename onto a taken name")
	}
	for ref, want := range map[string]int64{"haastattelu": a.ID, "HAASTATTELU (2)": b.ID, "2": b.ID} {
		if d, err := p.FindDocument(ref); err != nil || d.ID != want {
			t.Errorf("FindDocument(%q) = %d %v", ref, d.ID, err)
		}
	}
	if _, err := p.FindDocument("nope"); !errors.Is(err, coding.ErrNotFound) {
		t.Error("unknown document found")
	}
	if _, err := p.DeleteDocument(a.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Document(a.ID); !errors.Is(err, coding.ErrNotFound) {
		t.Fatal("deleted document still there")
	}
}

func TestTwoCodersMayCodeTheSameWords(t *testing.T) {
	p := newProject(t)
	d := addDoc(t, p, "Asiakas 1", "H1: Yhteistyö sujuu hyvin.")
	code, _, err := p.EnsureCodePath("Yhteistyö", "", "")
	if err != nil {
		t.Fatal(err)
	}
	e := coding.Excerpt{DocID: d.ID, CodeID: code.ID, Start: 4, End: 14}
	for _, coder := range []string{"Liisa", "Matti"} {
		e.Coder = coder
		if _, err := p.AddExcerpt(e); err != nil {
			t.Fatalf("%s: %v", coder, err)
		}
	}
	if _, err := p.AddExcerpt(e); said(err) != "This text is already coded with Yhteistyö." {
		t.Errorf("a coder's repeat of a coding: %v", err)
	}
	if n, _ := p.CountExcerpts(code.ID); n != 2 {
		t.Errorf("%d codings, want one per coder", n)
	}
}
