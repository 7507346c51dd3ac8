package study

import (
	"testing"

	"teema/i18n"
)

// TestCloudTitleNamesWhatWasCounted: the picture names its material
// (issue 16: it said only "Sanapilvi").
func TestCloudTitleNamesWhatWasCounted(t *testing.T) {
	p := newProject(t)
	code(t, p, "Kunta A", "Covid19 muutti kaiken.", "Muutos/Korona", "maija")
	codes, err := CodeIDs(p, []string{"Muutos/Korona"})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		q     WordQuery
		forms string
		want  string
	}{
		{WordQuery{}, FormsLemma, "Word cloud — all interviews · base forms"},
		{WordQuery{Where: map[string][]string{"ryhmä": {"Kunnat"}}, NoInterviewer: true}, FormsStem,
			"Word cloud — ryhmä = Kunnat · without the interviewer · stems"},
		{WordQuery{Docs: []int64{docID(t, p, "Kunta B")}, Codes: codes, Speakers: []string{"H2"}}, FormsRaw,
			"Word cloud — interviews Kunta B · text coded Muutos/Korona · turns of H2 · words as written"},
	} {
		note, err := CloudTitle(p, tt.q, tt.forms)
		if err != nil {
			t.Fatal(err)
		}
		if got := i18n.Say(note); got != tt.want {
			t.Errorf("title %q, want %q", got, tt.want)
		}
	}
}
