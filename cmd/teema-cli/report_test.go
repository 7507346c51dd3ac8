package main

import (
	"archive/zip"
	"html"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// docxBody is the document part of a written report.
func docxBody(t *testing.T, path string) string {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	for _, f := range z.File {
		if f.Name == "word/document.xml" {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			b, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
	}
	t.Fatal("no word/document.xml")
	return ""
}

// TestCLIReportQuotesTheChosenExcerpt: an excerpt marked with quote is
// listed as chosen and appears in the report's quotes; unmarked, it
// leaves them.
func TestCLIReportQuotesTheChosenExcerpt(t *testing.T) {
	dir := t.TempDir()
	proj := filepath.Join(dir, "demo.teema")
	mustRun(t, "demo", proj)
	var ex []excerptJSON
	decode(t, mustRun(t, "excerpts", proj, "--json"), &ex)
	chosen := ex[0]
	if chosen.Quote {
		t.Fatal("a demo excerpt starts chosen")
	}
	id := strconv.FormatInt(chosen.ID, 10)
	if out := mustRun(t, "quote", proj, id); !strings.Contains(out, "is a chosen quote") {
		t.Fatalf("quote says %q", out)
	}
	decode(t, mustRun(t, "excerpts", proj, "--json"), &ex)
	if !ex[0].Quote {
		t.Fatal("the excerpt is not listed as chosen")
	}
	out := filepath.Join(dir, "raportti.docx")
	mustRun(t, "report", proj, "--out", out, "--parts", "quotes")
	words := strings.Fields(chosen.Text)
	probe := strings.Join(words[:min(4, len(words))], " ")
	if !strings.Contains(docxBody(t, out), html.EscapeString(probe)) {
		t.Fatalf("the report does not quote %q", probe)
	}
	mustRun(t, "quote", proj, id, "--off")
	mustRun(t, "report", proj, "--out", out, "--parts", "quotes")
	if strings.Contains(docxBody(t, out), html.EscapeString(probe)) {
		t.Fatal("an unmarked excerpt is still quoted")
	}
}

// TestCLIReportRefusesBadChoices: a wrong part or choice is named and no
// file is written.
func TestCLIReportRefusesBadChoices(t *testing.T) {
	dir := t.TempDir()
	proj := filepath.Join(dir, "demo.teema")
	mustRun(t, "demo", proj)
	out := filepath.Join(dir, "r.docx")
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"report", proj}, "--out"},
		{[]string{"report", proj, "--out", out, "--parts", "themes,appendix"}, "no part appendix"},
		{[]string{"report", proj, "--out", out, "--figure", "bars"}, "bars"},
		{[]string{"report", proj, "--out", filepath.Join(dir, "r.xlsx")}, ".docx"},
		{[]string{"quote", proj, "seitsemän"}, "excerpt's id"},
	} {
		code, _, errOut := cliRun(t, tt.args...)
		if code != 2 || !strings.Contains(errOut, tt.want) {
			t.Errorf("%v: exit %d, stderr %q, want %q", tt.args[2:], code, errOut, tt.want)
		}
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Error("a refused report wrote a file")
	}
	if code, _, errOut := cliRun(t, "quote", proj, "999999"); code != 1 || errOut == "" {
		t.Errorf("quoting a missing excerpt: exit %d, %q", code, errOut)
	}
}
