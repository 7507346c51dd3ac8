package units

import (
	"testing"

	"teema/coding"
)

const transcript = "Haastattelu 3\n\n" +
	"Haastattelija: Miten yhteistyö sujuu? Entä tiedotteet?\n\n" +
	"H3: Hyvin. Esim. kunnat saavat tiedotteet ajoissa! Palaverit ovat \"hyödyllisiä.\" Se riittää\n" +
	"toinen rivi samassa kappaleessa.\n\n" +
	"Toinen kappale samaa puheenvuoroa… Loppu."

func cut(t *testing.T) (*Text, []rune) {
	t.Helper()
	return Of(transcript, coding.ParseTurns(transcript)), []rune(transcript)
}

func texts(rs []rune, spans []coding.Span) []string {
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = string(rs[s.Start:s.End])
	}
	return out
}

func same(t *testing.T, what string, got []string, want ...string) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %q, want %q", what, got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("%s %d: %q, want %q", what, i, got[i], want[i])
		}
	}
}

func TestUnits(t *testing.T) {
	u, rs := cut(t)
	same(t, "sentences", texts(rs, u.All(Sentence)),
		"Haastattelu 3", "Miten yhteistyö sujuu?", "Entä tiedotteet?", "Hyvin.", "Esim. kunnat saavat tiedotteet ajoissa!",
		"Palaverit ovat \"hyödyllisiä.\"", "Se riittää", "toinen rivi samassa kappaleessa.",
		"Toinen kappale samaa puheenvuoroa…", "Loppu.")
	same(t, "paragraphs", texts(rs, u.All(Paragraph)),
		"Haastattelu 3", "Miten yhteistyö sujuu? Entä tiedotteet?",
		"Hyvin. Esim. kunnat saavat tiedotteet ajoissa! Palaverit ovat \"hyödyllisiä.\" Se riittää\ntoinen rivi samassa kappaleessa.",
		"Toinen kappale samaa puheenvuoroa… Loppu.")
	same(t, "turns, a preface by paragraph", texts(rs, u.All(Turn)),
		"Haastattelu 3", "Miten yhteistyö sujuu? Entä tiedotteet?",
		"Hyvin. Esim. kunnat saavat tiedotteet ajoissa! Palaverit ovat \"hyödyllisiä.\" Se riittää\ntoinen rivi samassa kappaleessa.\n\n"+
			"Toinen kappale samaa puheenvuoroa… Loppu.")
	same(t, "document", texts(rs, u.All(Document)), transcript)
	same(t, "labels", texts(rs, u.Labels()), "Haastattelija: ", "H3: ")
}

func TestAround(t *testing.T) {
	u, rs := cut(t)
	at := func(s string) coding.Span {
		start, end, _ := coding.FindNth(transcript, s, 1)
		return coding.Span{Start: start, End: end}
	}
	hit := at("kunnat")
	for k, want := range map[Kind]string{
		Hit:      "kunnat",
		Sentence: "Esim. kunnat saavat tiedotteet ajoissa!",
		Document: transcript,
	} {
		if got := string(rs[u.Around(k, hit).Start:u.Around(k, hit).End]); got != want {
			t.Errorf("%s around kunnat: %q", k, got)
		}
	}
	if got := u.Around(Sentence, at("3: Hyvin")); got != at("3: Hyvin") {
		t.Errorf("a stretch starting in a label is itself: %v", got)
	}
	if !u.InLabel(at("H3").Start) || u.InLabel(hit.Start) || u.Index(Turn, at("H3").Start) >= 0 {
		t.Error("a label is in no unit")
	}
	if u.Index(Turn, at("Toinen kappale").Start) != u.Index(Turn, hit.Start) {
		t.Error("a turn's paragraphs are one turn")
	}
}

func TestParse(t *testing.T) {
	for s, want := range map[string]Kind{"lause": Sentence, "Turn": Turn, "PUHEENVUORO": Turn, "kappale": Paragraph,
		"document": Document, "haastattelu": Document, "overlap": Hit, "päällekkäin": Hit} {
		if k, ok := Parse(s); !ok || k != want {
			t.Errorf("%q: %v %v", s, k, ok)
		}
	}
	if _, ok := Parse("luku"); ok {
		t.Error("luku is no unit")
	}
}
