package study

import "testing"

func TestCodeFrequencies(t *testing.T) {
	p := newProject(t)
	code(t, p, "Kunta A", "Covid19 muutti kaiken.", "Muutos/Korona", "maija")
	code(t, p, "Kunta B", "Asiakkaat soittivat useammin.", "Muutos/Asiakkaat", "maija")
	code(t, p, "Yhdistys C", "Rahoitus on aina epävarmaa.", "Talous/Rahoitus", "maija")
	counts, err := CodeFrequencies(p, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(counts) != 5 || counts[0].Code != "Muutos" || counts[0].Excerpts != 2 || counts[0].Docs != 2 {
		t.Errorf("code frequencies %+v", counts)
	}
}
