package study

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"teema/coding"
	"teema/message"
	"teema/store"
)

// Fictional interviews of a study of local services during the pandemic:
// two municipalities' staff in Finnish, two associations' people, one of
// them in English.
var transcripts = map[string]string{
	"Kunta A.txt": "Haastattelija: Miten korona muutti työtänne?\n" +
		"H1: Covid19 muutti kaiken. Asiakastapaamiset siirtyivät verkkoon, ja asiakkaat oppivat videoyhteydet.\n" +
		"Haastattelija: Entä yhteistyö?\n" +
		"H1: Yhteistyö kunnan kanssa sujui, vaikka covid19 vei tapaamiset.\n",
	"Kunta B.txt": "Haastattelija: Mikä teillä muuttui?\n" +
		"H2: Asiakkaat soittivat useammin. Puhelinpalvelu ruuhkautui, ja asiakkaiden jonot kasvoivat.\n",
	"Yhdistys C.txt": "Haastattelija: Kertoisitko yhdistyksenne toiminnasta?\n" +
		"H3: Yhdistys kouluttaa vapaaehtoisia. Vapaaehtoiset ovat toimintamme sydän.\n" +
		"Haastattelija: Mikä on vaikeinta?\n" +
		"H3: Rahoitus. Rahoitus on aina epävarmaa.\n",
	"Association D.txt": "Interviewer: What do you think about the volunteers?\n" +
		"H4: I think the volunteers are the heart of what we do. We train them, and they train each other.\n",
}

// groups are the interviews' attribute ryhmä.
var groups = map[string]string{"Kunta A": "Kunnat", "Kunta B": "Kunnat", "Yhdistys C": "Yhteisöt", "Association D": "Yhteisöt"}

// newProject makes a project of the interviews in a folder of its own.
func newProject(t *testing.T) *store.Project {
	t.Helper()
	dir := t.TempDir()
	p, err := store.Create(filepath.Join(dir, "palvelut.teema"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	im := ImportFiles(p, writeFiles(t, dir, transcripts), nil, nil)
	if im.Added != len(transcripts) {
		t.Fatalf("imported %+v", im)
	}
	for _, r := range im.Results {
		if _, err := p.SetAttribute(r.Doc.ID, "ryhmä", groups[r.Doc.Name]); err != nil {
			t.Fatal(err)
		}
	}
	return p
}

// writeFiles writes files into dir and returns their paths, sorted.
func writeFiles(t *testing.T, dir string, files map[string]string) []string {
	t.Helper()
	var paths []string
	for name, text := range files {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
	}
	slices.Sort(paths)
	return paths
}

func docID(t *testing.T, p *store.Project, name string) int64 {
	t.Helper()
	ids, err := DocIDs(p, []string{name})
	if err != nil {
		t.Fatal(err)
	}
	return ids[0]
}

// code codes the first occurrence of quote in a document, by coder, with
// the code at path, made when missing.
func code(t *testing.T, p *store.Project, doc, quote, path, coder string) {
	t.Helper()
	c, _, err := p.EnsureCodePath(path, "", "")
	if err != nil {
		t.Fatal(err)
	}
	d, err := p.Document(docID(t, p, doc))
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(d.Text, quote)
	if i < 0 {
		t.Fatalf("%q is not in %s", quote, doc)
	}
	start := coding.RuneLen(d.Text[:i])
	end := start + coding.RuneLen(quote)
	if _, err := p.AddExcerpt(coding.Excerpt{DocID: d.ID, CodeID: c.ID, Start: start, End: end, Coder: coder}); err != nil {
		t.Fatal(err)
	}
}

// isKind fails unless err is of the kind.
func isKind(t *testing.T, err error, kind *message.Kind) {
	t.Helper()
	if !errors.Is(err, kind) {
		t.Fatalf("got %v, want %q", err, kind.Text())
	}
}

func hasNote(notes []message.Note, kind *message.Kind) bool {
	return slices.ContainsFunc(notes, func(n message.Note) bool { return n.Kind == kind })
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
