package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"teema/store"
)

// A fictional interview with a speaker who is named, and named again in
// other forms.
const namedInterview = "Haastattelija: Kuka perehdytti?\nKati: Pekka Aalto perehdytti. Aallolle soitin Espoossa.\n" +
	"Haastattelija: Entä Calpro?\nKati: Calpron väki auttoi Katia."

func namedCLIProject(t *testing.T) (dir, proj string) {
	t.Helper()
	if err := voikkoMissing(); err != nil {
		t.Skipf("Voikko is not installed here (%v); install libvoikko1 and voikko-fi to run this test", err)
	}
	dir = t.TempDir()
	proj = filepath.Join(dir, "tutkimus.teema")
	mustRun(t, "init", proj)
	mustRun(t, "import", proj, transcript(t, dir, "haastattelu.txt", namedInterview))
	return dir, proj
}

// names lists the candidates with their forms, kinds and transcripts.
func TestNames(t *testing.T) {
	_, proj := namedCLIProject(t)
	var got []nameJSON
	decode(t, mustRun(t, "names", proj, "--doc", "haastattelu", "--json"), &got)
	byWord := map[string]nameJSON{}
	for _, n := range got {
		byWord[n.Word] = n
	}
	kati, aalto := byWord["Kati"], byWord["Aalto"]
	if kati.Kind != "person" || kati.Count != 3 || strings.Join(kati.Forms, " ") != "Kati Katia" || strings.Join(kati.Docs, " ") != "haastattelu" ||
		aalto.Kind != "person" || strings.Join(aalto.Forms, " ") != "Aallolle Aalto" || byWord["Espoo"].Kind != "place" {
		t.Errorf("names: %+v", got)
	}
	if out := mustRun(t, "names", proj); !strings.Contains(out, "Kati") || !strings.Contains(out, "REPLACEMENT") {
		t.Errorf("table: %s", out)
	}
}

// pseudonymise applies a key, makes it final and deletes the backups
// that hold the names; a key that breaks a rule changes nothing.
func TestPseudonymiseCommand(t *testing.T) {
	dir, proj := namedCLIProject(t)
	bad := transcript(t, dir, "huono.csv", "alkuperäinen;korvaava\nKati;H2\nKati;H3\n")
	code, _, errOut := cliRun(t, "pseudonymise", proj, "--key", bad)
	if code != 1 || !strings.Contains(errOut, "Row 3") {
		t.Fatalf("a key with Kati twice: exit %d %s", code, errOut)
	}
	if text := mustRun(t, "text", proj, "haastattelu"); text != namedInterview {
		t.Fatalf("a refused key changed the text: %s", text)
	}
	if code, _, _ := cliRun(t, "pseudonymise", proj); code != 2 {
		t.Errorf("no key: exit %d", code)
	}
	key := transcript(t, dir, "avain.csv", "Kati;H2\nPekka Aalto;H3\nAalto;H3\nEspoo;[kaupunki]\nCalpro;[yritys]\n")
	out := mustRun(t, "pseudonymise", proj, "--key", key)
	if !strings.Contains(out, "Aallolle → H3:lle") || !strings.Contains(out, "Deleted") {
		t.Errorf("report: %s", out)
	}
	want := "Haastattelija: Kuka perehdytti?\nH2: H3 perehdytti. H3:lle soitin [kaupunki]ssa.\n" +
		"Haastattelija: Entä [yritys]?\nH2: [yritys]en väki auttoi H2:ta."
	if text := mustRun(t, "text", proj, "haastattelu"); text != want {
		t.Errorf("text:\n%s\nwant\n%s", text, want)
	}
	data, _ := os.ReadFile(proj)
	for _, name := range []string{"Kati", "Aalto", "Aallo", "Espoo", "Calpro", "Pekka"} {
		if strings.Contains(string(data), name) {
			t.Errorf("the project file holds %s", name)
		}
	}
	if bs, _ := store.Backups(proj); len(bs) != 0 {
		t.Errorf("backups left: %v", bs)
	}
}

// --keep-backups keeps the backups that hold the names, and says where.
func TestPseudonymiseKeepsBackups(t *testing.T) {
	dir, proj := namedCLIProject(t)
	p, err := store.Open(proj) // a backup, as opening for writing makes one
	if err != nil {
		t.Fatal(err)
	}
	p.Close()
	key := transcript(t, dir, "avain.csv", "Kati;H2\n")
	code, _, errOut := cliRun(t, "pseudonymise", proj, "--key", key, "--keep-backups")
	if bs, _ := store.Backups(proj); code != 0 || len(bs) == 0 || !strings.Contains(errOut, bs[0].Path) {
		t.Errorf("exit %d, backups %v, said %s", code, bs, errOut)
	}
}
