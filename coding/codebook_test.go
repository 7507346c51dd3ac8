package coding

import (
	"reflect"
	"testing"
)

func calproLike() *CodeBook {
	return NewCodeBook([]Code{
		{ID: 1, Name: "Asiakasodotukset", Order: 0},
		{ID: 2, ParentID: 1, Name: "Asiakkuus", Order: 0},
		{ID: 3, ParentID: 1, Name: "Palvelut", Order: 1},
		{ID: 4, Name: "Lisäarvo", Order: 1},
		{ID: 5, ParentID: 4, Name: "Palvelut", Order: 1},
		{ID: 6, ParentID: 4, Name: "Asiakkuus", Order: 0},
		{ID: 7, ParentID: 6, Name: "Syvempi", Order: 0},
	})
}

func TestCodeBookPaths(t *testing.T) {
	cb := calproLike()
	if got := cb.Path(5); got != "Lisäarvo/Palvelut" {
		t.Fatalf("Path = %q", got)
	}
	if got := cb.Path(99); got != "" {
		t.Fatalf("missing Path = %q", got)
	}
	for path, id := range map[string]int64{
		"Asiakasodotukset/Palvelut":  3,
		"Lisäarvo/Palvelut":          5,
		" Lisäarvo / Asiakkuus ":     6,
		"Lisäarvo/Asiakkuus/Syvempi": 7,
		"Asiakasodotukset":           1,
	} {
		c, ok := cb.Lookup(path)
		if !ok || c.ID != id {
			t.Errorf("Lookup(%q) = %d %v, want %d", path, c.ID, ok, id)
		}
	}
	for _, bad := range []string{"", "Lisäarvo/", "Lisäarvo/Puuttuu", "Asiakkuus"} {
		if _, ok := cb.Lookup(bad); ok {
			t.Errorf("Lookup(%q) found something", bad)
		}
	}
	if got := cb.Children(4); !reflect.DeepEqual(got, []int64{6, 5}) {
		t.Errorf("children in order = %v", got)
	}
	if got := cb.Subtree(4); !reflect.DeepEqual(got, []int64{4, 6, 5, 7}) {
		t.Errorf("Subtree = %v", got)
	}
	if th := cb.Theme(7); th.ID != 4 {
		t.Errorf("Theme = %d", th.ID)
	}
	if _, ok := cb.SiblingNamed(1, "asiakkuus"); !ok {
		t.Error("SiblingNamed ignores case")
	}
	var walked []string
	cb.Walk(func(c Code, depth int) { walked = append(walked, cb.Path(c.ID)) })
	if len(walked) != 7 || walked[0] != "Asiakasodotukset" || walked[4] != "Lisäarvo/Asiakkuus" || walked[5] != "Lisäarvo/Asiakkuus/Syvempi" {
		t.Errorf("Walk = %v", walked)
	}
}

func TestValidateCodeName(t *testing.T) {
	for _, ok := range []string{"Asiakkuus", "Häiriö- ja virhetilanteet", "Aikaisemmin–nykyhetki"} {
		if err := ValidateCodeName(ok); err != nil {
			t.Errorf("%q: %v", ok, err)
		}
	}
	for _, bad := range []string{"", "  ", " lead", "a/b", "x\ty", string(make([]rune, 200))} {
		if err := ValidateCodeName(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	if ValidateColor("#A0b1C2") != nil || ValidateColor("red") == nil || ValidateColor("#12345") == nil {
		t.Error("ValidateColor")
	}
}

func TestParseTemplate(t *testing.T) {
	tpl, err := ParseTemplate([]byte(`{"name":"x","codes":[{"name":"A","color":"#112233","children":[{"name":"B"}]}]}`))
	if err != nil || len(tpl.Codes) != 1 || tpl.Codes[0].Children[0].Name != "B" {
		t.Fatalf("%+v %v", tpl, err)
	}
	for _, bad := range []string{`{`, `{"codes":[{"name":"a/b"}]}`, `{"codes":[{"name":"A","color":"blue"}]}`, `{"codes":[{"name":"A","children":[{"name":""}]}]}`} {
		if _, err := ParseTemplate([]byte(bad)); err == nil {
			t.Errorf("%s accepted", bad)
		}
	}
}

func TestShadeColor(t *testing.T) {
	if got := ShadeColor("#000000", 1); got != "#2d2d2d" {
		t.Errorf("ShadeColor = %s", got)
	}
	if got := ShadeColor("#1f77b4", 0); got != "#1f77b4" {
		t.Errorf("step 0 = %s", got)
	}
	if ValidateColor(ShadeColor("#ffffff", 3)) != nil {
		t.Error("white stays valid")
	}
}
