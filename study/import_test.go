package study

import (
	"path/filepath"
	"testing"
)

// TestImportCountsDuplicatesApart: a file already in the project is
// neither added nor failed.
func TestImportCountsDuplicatesApart(t *testing.T) {
	p := newProject(t)
	dir := t.TempDir()
	paths := writeFiles(t, dir, map[string]string{
		"Kunta A uudelleen.txt": transcripts["Kunta A.txt"],
		"Kunta E.txt":           "H5: Etätyö jäi pysyväksi.\n",
		"tyhjä.txt":             "",
	})
	im := ImportFiles(p, paths, map[string]string{"ryhmä": "Kunnat"}, nil)
	if im.Added != 1 || im.Duplicates != 1 || im.Failed != 1 || len(im.Results) != 3 {
		t.Fatalf("imported %+v", im)
	}
	s := im.Summary()
	if s.Kind != noteImported || s.Args["Added"] != 1 || s.Args["Files"] != 3 || s.Args["Duplicates"] != 1 || s.Args["Failed"] != 1 {
		t.Errorf("summary %v", s)
	}
	d, err := p.Document(docID(t, p, "Kunta E"))
	if err != nil || d.Attributes["ryhmä"] != "Kunnat" || filepath.Ext(d.OriginalName) != ".txt" {
		t.Errorf("imported %+v (%v)", d, err)
	}
}
