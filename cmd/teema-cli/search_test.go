package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"teema/i18n"
)

// searchProject makes a project of two fictional interviews of a payroll
// service's customers, in the groups Kunnat and Yhteisöt.
func searchProject(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	proj := filepath.Join(dir, "palkat.teema")
	a := transcript(t, dir, "Kunta A.txt", "Haastattelija: Miten tiedotteet tulevat?\n\n"+
		"H1: Tiedotteet tulevat sähköpostilla. Tiedote on usein myöhässä.\n\n"+
		"Haastattelija: Entä yhteistyö?\n\nH1: Yhteistyö sujuu. Palaverissa käydään tiedote läpi.")
	b := transcript(t, dir, "Yhdistys C.txt", "Haastattelija: Mitä yhdistys odottaa?\n\nH3: Yhdistys odottaa, että tiedote tulee ajoissa.")
	mustRun(t, "init", proj)
	mustRun(t, "import", proj, "--attr", "ryhmä=Kunnat", a)
	mustRun(t, "import", proj, "--attr", "ryhmä=Yhteisöt", b)
	return proj
}

func TestSearchJSON(t *testing.T) {
	proj := searchProject(t)
	var hits []hitJSON
	decode(t, mustRun(t, "search", proj, "tiedote OR tiedotteet", "--forms", "raw", "--no-interviewer", "--json"), &hits)
	if len(hits) != 4 || hits[0] != (hitJSON{Doc: "Kunta A", Start: 46, End: 56, Text: "Tiedotteet", Form: "tiedotteet", Speaker: "H1"}) {
		t.Fatalf("hits %+v", hits)
	}
	raw, _ := json.Marshal(hits[0])
	if string(raw) != `{"doc":"Kunta A","start":46,"end":56,"text":"Tiedotteet","form":"tiedotteet","speaker":"H1"}` {
		t.Errorf("shape %s", raw)
	}
	decode(t, mustRun(t, "search", proj, "tiedote", "--forms", "raw", "--where", "ryhmä=Yhteisöt", "--json"), &hits)
	if len(hits) != 1 || hits[0].Doc != "Yhdistys C" {
		t.Errorf("where: %+v", hits)
	}
	out := mustRun(t, "search", proj, "tiedote palaverissa", "--forms", "raw", "--scope", "turn")
	if !strings.Contains(out, "Kunta A · H1") || !strings.Contains(out, "[tiedote]") || !strings.Contains(out, "2 hits in 1 interviews") {
		t.Errorf("text:\n%s", out)
	}
}

func TestSearchMistakesInTheUsersLanguage(t *testing.T) {
	proj := searchProject(t)
	defer i18n.Use(i18n.Lang())
	t.Setenv("LC_ALL", "fi_FI.UTF-8")
	code, _, errOut := cliRun(t, "search", proj, `tiedote OR "oma`)
	if code != 1 || !strings.Contains(errOut, `"oma (sana 3)`) {
		t.Errorf("exit %d: %s", code, errOut)
	}
	code, _, errOut = cliRun(t, "query", proj, "Kanavat AND")
	if code != 1 || !strings.Contains(errOut, "Kanavat (sana 1) ei ole projektin koodi") {
		t.Errorf("exit %d: %s", code, errOut)
	}
	if code, _, errOut := cliRun(t, "autocode", proj, "tiedote"); code != 2 || !strings.Contains(errOut, "--code") {
		t.Errorf("autocode without --code: exit %d %s", code, errOut)
	}
}

func TestAutocodeQueryAndOut(t *testing.T) {
	proj := searchProject(t)
	out := mustRun(t, "autocode", proj, "tiedote", "--forms", "raw", "--code", "Tiedotus", "--extent", "sentence", "--coder", "Aino", "--preview")
	if !strings.Contains(out, "Tiedote on usein myöhässä.") || !strings.Contains(out, "would code 3 passages") {
		t.Errorf("preview:\n%s", out)
	}
	if out := mustRun(t, "excerpts", proj); strings.Contains(out, "Tiedote on") {
		t.Fatalf("a preview coded: %s", out)
	}
	out = mustRun(t, "autocode", proj, "tiedote", "--forms", "raw", "--code", "Tiedotus", "--extent", "sentence", "--coder", "Aino")
	if !strings.Contains(out, "made the code Tiedotus") || !strings.Contains(out, "coded 3 passages") {
		t.Errorf("autocode:\n%s", out)
	}
	out = mustRun(t, "autocode", proj, "tiedote", "--forms", "raw", "--code", "Tiedotus", "--extent", "sentence", "--coder", "Aino")
	if !strings.Contains(out, "coded 0 passages as Tiedotus (3 found; 3 already coded, skipped)") {
		t.Errorf("again:\n%s", out)
	}
	out = mustRun(t, "autocode", proj, "--speaker", "Haastattelija", "--code", "Kysymykset", "--where", "ryhmä=Kunnat", "--coder", "Aino")
	if !strings.Contains(out, "coded 2 passages as Kysymykset") {
		t.Errorf("speaker:\n%s", out)
	}

	var passages []hitJSON
	decode(t, mustRun(t, "query", proj, "Tiedotus AND Kysymykset IN document", "--json", "--save", "yhdessä"), &passages)
	if len(passages) != 4 || passages[0].Doc != "Kunta A" || passages[0].Text != "Miten tiedotteet tulevat?" {
		t.Fatalf("query: %+v", passages)
	}
	out = mustRun(t, "query", proj, "yhdessä", "--by", "ryhmä", "--code-as", "Tiedotus/Kysytty")
	if !strings.Contains(out, "Kunnat") || !strings.Contains(out, "coded 4 passages as Tiedotus/Kysytty") {
		t.Errorf("saved query by name:\n%s", out)
	}
	xlsx := filepath.Join(filepath.Dir(proj), "osumat.xlsx")
	mustRun(t, "search", proj, "tiedote", "--out", xlsx)
	if b, err := os.ReadFile(xlsx); err != nil || !strings.HasPrefix(string(b), "PK") {
		t.Errorf("xlsx: %v", err)
	}
}
