package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCLIQDPXRoundTrip(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "demo.teema")
	mustRun(t, "demo", src)
	qdpxFile := filepath.Join(dir, "demo.qdpx")
	mustRun(t, "export-qdpx", src, qdpxFile)

	dst := filepath.Join(dir, "tuotu.teema")
	out := mustRun(t, "import-qdpx", qdpxFile, dst)
	if !strings.Contains(out, "Imported 7 documents, 32 codes and") || !strings.Contains(out, "0 of ") {
		t.Fatalf("import-qdpx said:\n%s", out)
	}
	if a, b := withoutIDs(mustRun(t, "excerpts", src, "--json")), withoutIDs(mustRun(t, "excerpts", dst, "--json")); a != b {
		t.Error("excerpts differ after the round trip")
	}

	qdc := filepath.Join(dir, "koodit.qdc")
	mustRun(t, "export-qdc", src, qdc)
	fresh := filepath.Join(dir, "koodit.teema")
	mustRun(t, "import-qdc", qdc, fresh)
	if a, b := codePaths(t, src), codePaths(t, fresh); a != b {
		t.Errorf("code book differs:\n%s\n---\n%s", a, b)
	}
}

// withoutIDs drops the row ids, which an import may hand out in another order.
func withoutIDs(jsonText string) string {
	var keep []string
	for _, line := range strings.Split(jsonText, "\n") {
		if !strings.Contains(line, `"id":`) {
			keep = append(keep, line)
		}
	}
	return strings.Join(keep, "\n")
}

func codePaths(t *testing.T, project string) string {
	var paths []string
	for _, line := range strings.Split(mustRun(t, "codes", project, "--json"), "\n") {
		if strings.Contains(line, `"path"`) || strings.Contains(line, `"color"`) {
			paths = append(paths, strings.TrimSpace(line))
		}
	}
	return strings.Join(paths, "\n")
}

// A bad file must not leave a new, empty project behind.
func TestCLIImportBadQDPXCreatesNothing(t *testing.T) {
	dir := t.TempDir()
	bad := transcript(t, dir, "rikki.qdpx", "PK\x03\x04 not really a zip")
	dst := filepath.Join(dir, "uusi.teema")
	code, _, errOut := cliRun(t, "import-qdpx", bad, dst)
	if code != 1 || !strings.Contains(errOut, "not a zip archive") {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if _, err := os.Stat(dst); !os.IsNotExist(err) {
		t.Error("the failed import left a project file")
	}
	if code, _, _ := cliRun(t, "import-qdpx", bad); code != 2 {
		t.Error("one argument is a usage error")
	}
}
