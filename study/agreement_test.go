package study

import (
	"strings"
	"testing"

	"teema/coding/agreement"
)

func TestAgreement(t *testing.T) {
	p := newProject(t)
	code(t, p, "Kunta A", "Covid19 muutti kaiken.", "Muutos", "maija")
	code(t, p, "Kunta A", "Covid19 muutti kaiken. Asiakastapaamiset siirtyivät verkkoon", "Muutos", "ville")
	code(t, p, "Kunta B", "Asiakkaat soittivat useammin.", "Muutos", "maija")
	r, err := Agreement(p, agreement.Options{CoderA: "maija", CoderB: "ville"})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Docs) != 1 || len(r.Left) != 1 || len(r.Codes) != 1 || len(r.Disagreements) != 1 {
		t.Errorf("report %+v", r)
	}
	_, err = Agreement(p, agreement.Options{CoderA: "maija", CoderB: "maija"})
	isKind(t, err, errSameCoder)
	_, err = Agreement(p, agreement.Options{CoderA: "maija", CoderB: "liisa"})
	isKind(t, err, errNoCodings)
	if !strings.Contains(err.Error(), "liisa has no codings in this project. The coders are: maija, ville.") {
		t.Errorf("%v does not name the coders", err)
	}
}

// TestAgreementForgetsDeletedCodes: a code deleted since it was chosen
// drops out of the comparison.
func TestAgreementForgetsDeletedCodes(t *testing.T) {
	p := newProject(t)
	code(t, p, "Kunta A", "Covid19 muutti kaiken.", "Muutos", "maija")
	code(t, p, "Kunta A", "Covid19 muutti kaiken.", "Muutos", "ville")
	ids, err := CodeIDs(p, []string{"Muutos"})
	if err != nil {
		t.Fatal(err)
	}
	r, err := Agreement(p, agreement.Options{CoderA: "maija", CoderB: "ville", Codes: append(ids, 999)})
	if err != nil || len(r.Codes) != 1 || r.Overall.Percent() != 100 {
		t.Errorf("report %+v (%v)", r, err)
	}
}
