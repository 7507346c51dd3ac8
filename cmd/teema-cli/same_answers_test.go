package main

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"teema/app/frequencies"
	"teema/app/intercoder"
	"teema/app/kit"
	"teema/app/kit/kittest"
	"teema/coding"
	"teema/i18n"
)

// Three fictional interviews; kittest puts each in the group Kunnat, and
// the test moves the association's to Yhteisöt.
var sameAnswerDocs = map[string]string{
	"kunta1.txt": "Haastattelija: Miten covid19 muutti palveluja?\n\n" +
		"H1: Covid19 muutti kaiken. Asiakastapaamiset siirtyivät verkkoon vuonna 2020, ja asiakkaat soittivat useammin. " +
		"Palvelut toimivat silti, vaikka palveluiden järjestäminen oli vaikeaa.\n",
	"kunta2.txt": "Haastattelija: Entä yhteistyö?\n\n" +
		"H2: Yhteistyö kuntien kanssa jatkui. Tapaamiset olivat lyhyempiä, mutta asiakkaat saivat palvelunsa. " +
		"Covid19 opetti meille joustavuutta.\n",
	"yhdistys.txt": "Haastattelija: Miten rahoitus riitti?\n\n" +
		"H3: Rahoitus on aina epävarmaa. Vapaaehtoiset pitivät toiminnan käynnissä, ja rahoitus järjestyi lopulta. " +
		"Asiakkaat kiittivät vapaaehtoisia.\n",
}

// wordQuestion is one question asked of both: the window's settings, as a
// researcher sets them, and the command line's flags.
type wordQuestion struct {
	name                       string
	forms                      string // the window's choice of word forms
	interviewer, stop, numbers bool   // interviewer left out, stop words left out, numbers counted
	minLen, top, group         string // group "": the whole project
	flags                      []string
}

// TestWordfreqAsTheWindowCounts asks teema-cli wordfreq and the word
// frequency window the same questions of the same project: both show the
// same words, counts, interviews, shares and forms, in the same order.
func TestWordfreqAsTheWindowCounts(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir()) // Voikko's cache, out of the user's
	h, _ := kittest.New(t, sameAnswerDocs)
	if !h.S.Do(coding.SetAttribute{DocID: h.DocID(t, "yhdistys"), Key: "ryhmä", Value: "Yhteisöt"}) {
		t.Fatal("could not move the association to its group")
	}
	var slot kit.Slot[*frequencies.Window]
	win := slot.Open(h, frequencies.New).Window()
	t.Cleanup(win.Close)
	questions := []wordQuestion{
		{"stems", "Stem", true, true, false, "2", "100", "", []string{"--forms", "stem", "--no-interviewer", "--top", "100"}},
		{"as written, all of it", "As written", false, true, true, "3", "All", "",
			[]string{"--forms", "raw", "--numbers", "--min-len", "3", "--top", "0"}},
		{"one group, no stop words", "Stem", true, false, false, "1", "50", "Yhteisöt",
			[]string{"--forms", "stem", "--no-interviewer", "--stopwords", "none", "--min-len", "1", "--top", "50", "--where", "ryhmä=Yhteisöt"}},
	}
	if voikkoMissing() == nil {
		questions = append(questions, wordQuestion{"lemmas", "Base form (lemma)", true, true, false, "2", "100", "Kunnat",
			[]string{"--no-interviewer", "--top", "100", "--where", "ryhmä=Kunnat"}})
	}
	for _, q := range questions {
		setWordQuestion(t, win, q)
		shown := windowWords(t, win)
		var counted []wordJSON
		decode(t, mustRun(t, append([]string{"wordfreq", h.S.Project().Path(), "--format", "json"}, q.flags...)...), &counted)
		if len(counted) == 0 {
			t.Fatalf("%s: nothing counted", q.name)
		}
		if want := wordRows(counted); !slices.EqualFunc(shown, want, slices.Equal) {
			t.Errorf("%s: the window shows\n%q\nteema-cli counts\n%q", q.name, shown, want)
		}
	}
}

// setWordQuestion sets the window's controls as a researcher would.
func setWordQuestion(t *testing.T, win fyne.Window, q wordQuestion) {
	t.Helper()
	checkBox(t, win, "Leave out the interviewer").SetChecked(q.interviewer)
	checkBox(t, win, "Leave out stop words").SetChecked(q.stop)
	checkBox(t, win, "Count numbers").SetChecked(q.numbers)
	selectWith(t, win, i18n.T("Stem")).SetSelected(i18n.T(q.forms))
	selectWith(t, win, "6").SetSelected(q.minLen)
	selectWith(t, win, i18n.T("All")).SetSelected(i18n.T(q.top))
	if q.group == "" {
		selectWith(t, win, i18n.T("Whole project")).SetSelected(i18n.T("Whole project"))
		return
	}
	selectWith(t, win, i18n.T("Whole project")).SetSelected("ryhmä")
	selectWith(t, win, q.group).SetSelected(q.group)
}

func checkBox(t *testing.T, win fyne.Window, text string) *widget.Check {
	t.Helper()
	return kittest.Find(t, win, func(c *widget.Check) bool { return c.Text == i18n.T(text) })
}

// selectWith finds the choice that offers option.
func selectWith(t *testing.T, win fyne.Window, option string) *widget.Select {
	t.Helper()
	return kittest.Find(t, win, func(s *widget.Select) bool { return slices.Contains(s.Options, option) })
}

// windowWords are the rows of the window's table of words, as it draws
// them: word, count, share, interviews and forms. The table is the one
// whose column heads sort it.
func windowWords(t *testing.T, win fyne.Window) [][]string {
	t.Helper()
	tb := kittest.Find(t, win, func(tb *widget.Table) bool {
		_, isButton := tb.CreateHeader().(*widget.Button)
		return isButton
	})
	rows, cols := tb.Length()
	out := make([][]string, rows)
	for r := range out {
		for c := range cols {
			out[r] = append(out[r], tableCell(tb, r, c))
		}
	}
	return out
}

// tableCell is the text a table of labels draws in a cell.
func tableCell(tb *widget.Table, row, col int) string {
	l := tb.CreateCell().(*widget.Label)
	tb.UpdateCell(widget.TableCellID{Row: row, Col: col}, l)
	return l.Text
}

// wordRows are the command line's words as the window's rows: its share
// with two decimals, its first six forms and a count of the rest.
func wordRows(words []wordJSON) [][]string {
	out := make([][]string, len(words))
	for i, w := range words {
		forms := strings.Join(w.Forms, ", ")
		if len(w.Forms) > 6 {
			forms = strings.Join(w.Forms[:6], ", ") + fmt.Sprintf(" (+%d)", len(w.Forms)-6)
		}
		out[i] = []string{w.Word, strconv.Itoa(w.Count), strconv.FormatFloat(100*w.Share, 'f', 2, 64), strconv.Itoa(w.Docs), forms}
	}
	return out
}

// TestAgreementAsTheWindowCompares compares two coders with teema-cli
// agreement and in the intercoder agreement window: both show the same
// figures for every code and overall, and the same disagreements.
func TestAgreementAsTheWindowCompares(t *testing.T) {
	h, _ := kittest.New(t, sameAnswerDocs)
	for _, c := range []struct {
		doc, code  string
		start, end int
		coder      string
	}{
		{"kunta1", "Muutos", 0, 40, "liisa"}, {"kunta1", "Muutos", 20, 60, "matti"},
		{"kunta2", "Muutos/Yhteistyö", 10, 50, "liisa"}, {"kunta2", "Muutos/Yhteistyö", 10, 50, "matti"},
		{"kunta2", "Talous", 60, 90, "liisa"}, {"yhdistys", "Talous", 5, 30, "matti"},
	} {
		h.CodeAs(t, c.doc, c.code, c.start, c.end, c.coder)
	}
	h.S.Reload()
	var slot kit.Slot[*intercoder.Window]
	win := slot.Open(h, intercoder.New).Window()
	t.Cleanup(win.Close)

	out := mustRun(t, "agreement", h.S.Project().Path(), "--coders", "liisa,matti")
	table, notes, _ := strings.Cut(out, "\n\n")
	shown, printed := figureRows(t, win), cliFigures(table)
	if len(shown) != len(printed) || len(shown) < 4 {
		t.Fatalf("the window shows %q, teema-cli prints %q", shown, printed)
	}
	for i := range shown {
		if i == len(shown)-1 { // all codes together, named in each one's words
			shown[i][0], printed[i][0] = "", ""
		}
		if !slices.Equal(shown[i], printed[i][:4]) {
			t.Errorf("row %d: the window shows %q, teema-cli prints %q", i, shown[i], printed[i])
		}
	}
	list := kittest.Find(t, win, func(*widget.List) bool { return true })
	if want := fmt.Sprintf("disagreements: %d", list.Length()); !strings.Contains(notes, want) {
		t.Errorf("the window lists %d disagreements; teema-cli says\n%s", list.Length(), notes)
	}
}

// figureRows are the rows of the window's table of figures.
func figureRows(t *testing.T, win fyne.Window) [][]string {
	t.Helper()
	tb := kittest.Find(t, win, func(*widget.Table) bool { return true })
	rows, cols := tb.Length()
	out := make([][]string, rows)
	for r := range out {
		for c := range cols {
			out[r] = append(out[r], tableCell(tb, r, c))
		}
	}
	return out
}

// cliFigures are the rows of teema-cli's table, its head left out; its
// columns stand two spaces apart or more.
func cliFigures(table string) [][]string {
	var out [][]string
	for _, line := range strings.Split(table, "\n")[1:] {
		out = append(out, regexp.MustCompile(`\s{2,}`).Split(strings.TrimSpace(line), -1))
	}
	return out
}
