package study

import (
	"testing"

	"teema/coding/wordfreq"
)

func TestCompareGroups(t *testing.T) {
	p := newProject(t)
	forms := NewForms()
	defer forms.Close()
	q := WordQuery{Forms: FormsRaw, Numbers: true, StopLists: StopLists, NoInterviewer: true, Top: 5}
	c, err := CompareGroups(p, q, "ryhmä", "Kunnat", "Yhteisöt", forms)
	if err != nil {
		t.Fatal(err)
	}
	if c.A.Docs != 2 || c.B.Docs != 2 || len(c.Keys) != 5 || c.Forms != FormsRaw {
		t.Fatalf("comparison %+v", c)
	}
	q.Top = 0
	all, err := CompareGroups(p, q, "ryhmä", "Kunnat", "Yhteisöt", forms)
	if err != nil {
		t.Fatal(err)
	}
	if g := keyOf(t, all.Keys, "covid19").G2; g <= 0 {
		t.Errorf("covid19 characterises the municipalities, G² %v", g)
	}
	if g := keyOf(t, all.Keys, "rahoitus").G2; g >= 0 {
		t.Errorf("rahoitus characterises the associations, G² %v", g)
	}
}

func keyOf(t *testing.T, keys []wordfreq.Key, word string) wordfreq.Key {
	t.Helper()
	for _, k := range keys {
		if k.Word == word {
			return k
		}
	}
	t.Fatalf("%q not compared: %+v", word, keys)
	return wordfreq.Key{}
}

func TestCompareGroupsRefuses(t *testing.T) {
	p := newProject(t)
	forms := NewForms()
	defer forms.Close()
	q := WordQuery{Forms: FormsRaw, Where: map[string][]string{"ryhmä": {"Kunnat"}}}
	_, err := CompareGroups(p, q, "ryhmä", "Kunnat", "kunnat", forms)
	isKind(t, err, errSameGroups)
	_, err = CompareGroups(p, q, "ikä", "30", "40", forms)
	isKind(t, err, errNoAttribute)
	_, err = CompareGroups(p, WordQuery{Forms: FormsRaw, Speakers: []string{"H1"}}, "ryhmä", "Kunnat", "Yhteisöt", forms)
	isKind(t, err, errEmptyGroup)
}
