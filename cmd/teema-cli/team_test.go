package main

import (
	"math"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"teema/store"
)

// coderProject makes one coder's project of the same two interviews and
// codes X on the first from start to end.
func coderProject(t *testing.T, dir, coder, start, end string) string {
	t.Helper()
	proj := filepath.Join(dir, coder+".teema")
	mustRun(t, "init", proj)
	mustRun(t, "import", proj, transcript(t, dir, "h1.txt", "abcdefghijklmnopqrst"), transcript(t, dir, "h2.txt", "Toinen haastattelu."))
	mustRun(t, "code-add", proj, "X")
	mustRun(t, "code-add", proj, "Y")
	mustRun(t, "code", proj, "--doc", "h1", "--code", "X", "--start", start, "--end", end, "--coder", coder)
	return proj
}

func TestMergeAndAgreement(t *testing.T) {
	dir := t.TempDir()
	liisa := coderProject(t, dir, "liisa", "0", "10")
	matti := coderProject(t, dir, "matti", "5", "15")

	out := mustRun(t, "merge", liisa, matti)
	for _, want := range []string{"documents: 0 added, 2 matched, 0 conflicting", "codes: 0 added, 2 matched", "codings: 1 added, 0 matched"} {
		if !strings.Contains(out, want) {
			t.Fatalf("merge output lacks %q:\n%s", want, out)
		}
	}
	// Opening the project for the codings may have made a backup of its own
	// a second earlier: the merge's is one of them, the newest.
	backups, err := store.Backups(liisa)
	if err != nil || len(backups) == 0 || !strings.Contains(out, "before the merge is backed up in "+backups[0].Path+".") {
		t.Fatalf("the merge does not say where its backup is (backups %+v, %v):\n%s", backups, err, out)
	}
	if out := mustRun(t, "merge", liisa, matti); !strings.Contains(out, "codings: 0 added, 1 matched") {
		t.Fatalf("second merge:\n%s", out)
	}

	// X worked by hand in coding/agreement: 5 characters each of both,
	// only liisa, only matti and neither: 50 %, kappa 0, alpha 0.025.
	// Nobody coded Y: its kappa and alpha are undefined. Overall pools
	// both: both 5, only liisa 5, only matti 5, neither 25 of 40;
	// po = 0.75, pe = 0.25² + 0.75² = 0.625, kappa = 0.125/0.375 = 1/3;
	// alpha = 1 − 79·10/(60·20) = 41/120.
	var got map[string]any
	decode(t, mustRun(t, "agreement", liisa, "--coders", "liisa,matti", "--code", "X", "--code", "Y", "--json"), &got)
	want := map[string]any{
		"overall": map[string]any{"kappa": 1.0 / 3, "alpha": 41.0 / 120, "percent": 75.0},
		"codes": []any{
			map[string]any{"code": "X", "kappa": 0.0, "alpha": 0.025, "percent": 50.0},
			map[string]any{"code": "Y", "kappa": nil, "alpha": nil, "percent": 100.0},
		},
	}
	if !jsonNear(got, want) {
		t.Fatalf("agreement JSON\n%v\nwant\n%v", got, want)
	}

	xlsx := filepath.Join(dir, "agreement.xlsx")
	out = mustRun(t, "agreement", liisa, "--coders", "liisa,matti", "--out", xlsx)
	for _, want := range []string{"X", "50.0 %", "0.000", "0.025", "compared: 1; disagreements: 2", "wrote " + xlsx} {
		if !strings.Contains(out, want) {
			t.Fatalf("agreement table lacks %q:\n%s", want, out)
		}
	}
	f, err := excelize.OpenFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if v, _ := f.GetCellValue("Disagreements", "F2"); v != "abcde" {
		t.Fatalf("first disagreement %q", v)
	}
}

// A .qdpx from another program merges like a .teema: Matti's coding
// arrives with his name.
func TestMergeQDPX(t *testing.T) {
	dir := t.TempDir()
	liisa := coderProject(t, dir, "liisa", "0", "10")
	matti := coderProject(t, dir, "matti", "5", "15")
	exported := filepath.Join(dir, "matti.qdpx")
	mustRun(t, "export-qdpx", matti, exported)
	out := mustRun(t, "merge", liisa, exported)
	if !strings.Contains(out, "codings: 1 added, 0 matched") {
		t.Fatalf("merge of a .qdpx:\n%s", out)
	}
	if out := mustRun(t, "agreement", liisa, "--coders", "liisa,matti"); !strings.Contains(out, "disagreements: 2") {
		t.Fatalf("agreement after merging a .qdpx:\n%s", out)
	}
}

// jsonNear compares decoded JSON, numbers to the six decimals printed.
func jsonNear(a, b any) bool {
	switch a := a.(type) {
	case float64:
		bf, ok := b.(float64)
		return ok && math.Abs(a-bf) < 1e-6
	case map[string]any:
		bm, ok := b.(map[string]any)
		if !ok || !reflect.DeepEqual(jsonKeys(a), jsonKeys(bm)) {
			return false
		}
		for k := range a {
			if !jsonNear(a[k], bm[k]) {
				return false
			}
		}
		return true
	case []any:
		bs, ok := b.([]any)
		if !ok || len(a) != len(bs) {
			return false
		}
		for i := range a {
			if !jsonNear(a[i], bs[i]) {
				return false
			}
		}
		return true
	}
	return reflect.DeepEqual(a, b)
}

func jsonKeys(m map[string]any) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func TestTeamCommandErrors(t *testing.T) {
	dir := t.TempDir()
	liisa := coderProject(t, dir, "liisa", "0", "10")
	for _, c := range []struct {
		args []string
		exit int
		msg  string
	}{
		{[]string{"agreement", liisa}, 2, "--coders A,B"},
		{[]string{"agreement", liisa, "--coders", "liisa,matti"}, 1, "matti has no codings in this project. The coders are: liisa."},
		{[]string{"agreement", liisa, "--coders", "liisa,matti", "--code", "Z"}, 1, "There is no code Z."},
		{[]string{"agreement", liisa, "--coders", "a,b", "--out", "x.csv"}, 2, ".xlsx"},
		{[]string{"merge", liisa, liisa}, 1, "liisa.teema is this project itself"},
		{[]string{"merge", liisa, filepath.Join(dir, "other.qdpx")}, 1, "other.qdpx"},
		{[]string{"merge", liisa, filepath.Join(dir, "other.nvp")}, 2, "merge reads .teema and .qdpx projects"},
		{[]string{"merge", liisa}, 2, "merge takes"},
	} {
		code, _, errOut := cliRun(t, c.args...)
		if code != c.exit || !strings.Contains(errOut, c.msg) {
			t.Errorf("teema-cli %s: exit %d, want %d with %q\n%s", strings.Join(c.args, " "), code, c.exit, c.msg, errOut)
		}
	}
}
