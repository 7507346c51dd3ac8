package transcribe

import "testing"

func TestMarker(t *testing.T) {
	for _, c := range []struct {
		seconds float64
		want    string
	}{
		{0, "[00:00:00]"},
		{7.9, "[00:00:07]"},
		{754, "[00:12:34]"},
		{3723.5, "[01:02:03]"},
		{-3, "[00:00:00]"},
	} {
		if got := marker(c.seconds); got != c.want {
			t.Errorf("marker(%v) = %q, want %q", c.seconds, got, c.want)
		}
	}
}

func TestTimeEdit(t *testing.T) {
	const m = "[00:01:02]"
	for _, c := range []struct {
		name, line, after string
		del               int
		insert            string
	}{
		{"empty text", "", "", 0, m + " "},
		{"after a word", "Se oli", "", 0, " " + m + " "},
		{"after a space", "Se oli ", "", 0, m + " "},
		{"before a word", "", "Se oli", 0, m + " "},
		{"before a space", "Se", " oli", 0, " " + m},
		{"after a label alone", "H1: ", "", 4, m + " H1: "},
		{"after a label without its space", "H1:", "", 3, m + " H1: "},
		{"after a time and a label", "[00:00:01] H1: ", "", 4, m + " H1: "},
		{"after a label and words", "H1: Se", "", 0, " " + m + " "},
	} {
		t.Run(c.name, func(t *testing.T) {
			del, insert := timeEdit(c.line, c.after, m)
			if del != c.del || insert != c.insert {
				t.Errorf("timeEdit(%q, %q) = %d, %q; want %d, %q", c.line, c.after, del, insert, c.del, c.insert)
			}
		})
	}
}

func TestLabelEdit(t *testing.T) {
	for _, c := range []struct {
		name, line string
		del        int
		insert     string
	}{
		{"an empty line", "", 0, "H1: "},
		{"spaces", "  ", 0, "H1: "},
		{"after a time", "[00:00:05] ", 0, "H1: "},
		{"after a time without its space", "[00:00:05]", 0, " H1: "},
		{"after words", "Se oli hyvä.", 0, "\nH1: "},
		{"after another label: replaced", "Haastattelija: ", 15, "H1: "},
		{"after a time and another label", "[00:00:05] Haastattelija:", 14, "H1: "},
		{"after a sentence with a colon", "Se oli näin: ", 0, "\nH1: "},
	} {
		t.Run(c.name, func(t *testing.T) {
			del, insert := labelEdit(c.line, "H1")
			if del != c.del || insert != c.insert {
				t.Errorf("labelEdit(%q) = %d, %q; want %d, %q", c.line, del, insert, c.del, c.insert)
			}
		})
	}
}

func TestCurrentLine(t *testing.T) {
	text := "Haastattelija: Miten?\nH1: Hyvin ää"
	for _, c := range []struct {
		offset int
		want   string
	}{
		{0, ""},
		{14, "Haastattelija:"},
		{22, ""},
		{33, "H1: Hyvin ä"},
		{99, "H1: Hyvin ää"},
	} {
		if got := currentLine(text, c.offset); got != c.want {
			t.Errorf("currentLine at %d = %q, want %q", c.offset, got, c.want)
		}
	}
}

func TestLastMarked(t *testing.T) {
	for text, want := range map[string]float64{
		"":                                   -1,
		"[00:00:05] H1: Se.\n[00:01:10] H2:": 70,
		"[01:00:00] a [00:00:03] b":          3600,
		"(02:03.5) a":                        123.5,
	} {
		got, ok := lastMarked(text)
		if !ok {
			got = -1
		}
		if got != want {
			t.Errorf("lastMarked(%q) = %v, want %v", text, got, want)
		}
	}
}
