package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"teema/coding/cloud"
	"teema/store/chart"
)

// TestCLIMatrixLeavesOutUncodedThemes: a theme nothing is coded with gets
// a sheet only with --empty-themes.
func TestCLIMatrixLeavesOutUncodedThemes(t *testing.T) {
	dir := t.TempDir()
	proj := filepath.Join(dir, "demo.teema")
	mustRun(t, "demo", proj)
	mustRun(t, "code-add", proj, "Uusi teema")
	for flags, want := range map[string]bool{"": false, "--empty-themes": true} {
		out := filepath.Join(dir, "t"+flags+".xlsx")
		args := []string{"matrix", proj, "--out", out}
		if flags != "" {
			args = append(args, flags)
		}
		mustRun(t, args...)
		f, err := excelize.OpenFile(out)
		if err != nil {
			t.Fatal(err)
		}
		sheets := strings.Join(f.GetSheetList(), "|")
		f.Close()
		if strings.Contains(sheets, "Uusi teema") != want || !strings.Contains(sheets, "Yhteistyö") {
			t.Errorf("%q: sheets %s", flags, sheets)
		}
	}
}

// TestCLICloudIsTitledWithWhatWasCounted: the cloud picture is the one
// titled with the group and the forms counted, not just "Word cloud".
func TestCLICloudIsTitledWithWhatWasCounted(t *testing.T) {
	dir, proj := wordfreqProject(t)
	count := []string{"wordfreq", proj, "--where", "ryhmä=Kunnat", "--forms", "raw", "--top", "20"}
	out := filepath.Join(dir, "pilvi.png")
	mustRun(t, append(count, "--out", out, "--picture", "cloud")...)
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var ws []wordJSON
	decode(t, mustRun(t, append(count, "--format", "json")...), &ws)
	words := make([]cloud.Word, len(ws))
	for i, w := range ws {
		words[i] = cloud.Word{Text: w.Word, Weight: w.Count}
	}
	draw := func(title string) []byte {
		var b bytes.Buffer
		if _, err := chart.Cloud(&b, title, words); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	if !bytes.Equal(got, draw("Word cloud — ryhmä = Kunnat · words as written")) {
		t.Error("the cloud is not titled with the group and the forms")
	}
	if bytes.Equal(got, draw("Word cloud")) {
		t.Error("the cloud is titled only Word cloud")
	}
}

// TestCLIAttrImport sets attributes from a Finnish Excel CSV, saying row
// by row what each row named; --dry-run changes nothing.
func TestCLIAttrImport(t *testing.T) {
	dir := t.TempDir()
	proj := filepath.Join(dir, "demo.teema")
	mustRun(t, "demo", proj)
	sheet := filepath.Join(dir, "taustat.csv")
	csv := "\ufeffHaastattelu;ikäryhmä\r\nAsiakas 1;30–39\r\nAsiakas 9;40–49\r\n"
	if err := os.WriteFile(sheet, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	out := mustRun(t, "attr-import", proj, sheet, "--dry-run")
	for _, want := range []string{"Row 2: Asiakas 1: ikäryhmä = 30–39", "Row 3: no interview is called Asiakas 9",
		"1 of 2 rows name an interview; 1 values of 1 interviews change.", "--dry-run"} {
		if !strings.Contains(out, want) {
			t.Errorf("the preview does not say %q:\n%s", want, out)
		}
	}
	if docs := mustRun(t, "docs", proj); strings.Contains(docs, "ikäryhmä") {
		t.Fatal("--dry-run set attributes")
	}
	mustRun(t, "attr-import", proj, sheet)
	if docs := mustRun(t, "docs", proj); !strings.Contains(docs, "ikäryhmä=30–39") {
		t.Errorf("attributes not set:\n%s", docs)
	}
	if code, _, errOut := cliRun(t, "attr-import", proj, filepath.Join(dir, "taustat.ods")); code != 1 || !strings.Contains(errOut, ".xlsx or .csv") {
		t.Errorf("an .ods file: exit %d, %s", code, errOut)
	}
	if code, _, _ := cliRun(t, "attr-import", proj); code != 2 {
		t.Errorf("no spreadsheet: exit %d", code)
	}
}
