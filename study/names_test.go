package study

import (
	"reflect"
	"strings"
	"testing"

	"teema/message"
)

func TestNames(t *testing.T) {
	p := newProject(t)
	a := docID(t, p, "Kunta A")
	if ids, err := DocIDs(p, []string{"kunta a", "Kunta A"}); err != nil || !reflect.DeepEqual(ids, []int64{a, a}) {
		t.Errorf("DocIDs: %v %v", ids, err)
	}
	_, err := DocIDs(p, []string{"Kunta X"})
	isKind(t, err, errNoDocument)
	if !strings.Contains(err.Error(), "Association D, Kunta A, Kunta B, Yhdistys C") {
		t.Errorf("%v does not list the interviews", err)
	}
	code(t, p, "Kunta B", "Puhelinpalvelu ruuhkautui", "Muutos/Palvelut", "maija")
	_, err = CodeIDs(p, []string{"Muutos/Palvelu"})
	isKind(t, err, errNoCode)
	if !strings.Contains(err.Error(), "Muutos, Muutos/Palvelut") {
		t.Errorf("%v does not list the codes", err)
	}
	where, err := Where(p, []string{"ryhmä=Kunnat", " ryhmä = Yhteisöt "})
	if err != nil || !reflect.DeepEqual(where, map[string][]string{"ryhmä": {"Kunnat", "Yhteisöt"}}) {
		t.Errorf("Where: %v %v", where, err)
	}
	for pair, kind := range map[string]*message.Kind{"ikä=40": errNoAttribute, "ryhmä": errNotPair, "=Kunnat": errNotPair} {
		_, err := Where(p, []string{pair})
		isKind(t, err, kind)
	}
}
