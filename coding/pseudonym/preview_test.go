package pseudonym

import (
	"fmt"
	"testing"
)

// A preview shows an occurrence's line as the key leaves it, the
// replacement where the occurrence was.
func TestPreview(t *testing.T) {
	key, _ := Key{{Original: "Kati", Replacement: "H2"}, {Original: "Calpro", Replacement: "[yritys]"}}.Check()
	r := NewReplacer(key, nil)
	for _, tc := range []struct {
		in   Line
		want string
	}{
		{Line{Before: "Kati: Calpro palkkasi ", Match: "Katin", After: " ja Calpron."}, "{H2: [yritys] palkkasi |H2:n| ja [yritys]en.}"},
		{Line{Before: "Kati: ", Match: "Onni", After: " ja Calpron."}, "{H2: |Onni| ja [yritys]en.}"},
		{Line{Before: "", Match: "Onni", After: " ja Calpron."}, "{|Onni| ja [yritys]en.}"},
		{Line{Before: "Ja ", Match: "Onni", After: ""}, "{Ja |Onni|}"},
	} {
		l := r.Preview(tc.in)
		if got := fmt.Sprintf("{%s|%s|%s}", l.Before, l.Match, l.After); got != tc.want {
			t.Errorf("%+v: %s, want %s", tc.in, got, tc.want)
		}
	}
}

// A word of the researcher's own is found in every form a key with it
// would replace.
func TestOwn(t *testing.T) {
	c := Own([]Text{{DocID: 3, Text: "Kerroin Calprolle. Calpron väki, calpro ei."}}, nil, "Calpro")
	if c.Word != "Calpro" || c.Kind != Word || c.Count != 2 || fmt.Sprint(c.Forms) != "[Calprolle Calpron]" || fmt.Sprint(c.Docs) != "[3]" {
		t.Errorf("own word: %+v", c)
	}
	if c := Own(nil, nil, "Liisa"); c.Count != 0 || c.Word != "Liisa" {
		t.Errorf("a word not found: %+v", c)
	}
}
