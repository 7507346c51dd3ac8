package importer

import "testing"

func TestReadPlain(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"cp1252.txt", "\xe4\xf6\xe5 \xc5\x80 \x93lainaus\x94 \x96 loppu", "äöå Å€ “lainaus” – loppu"},
		{"utf16le-ilman-bom.txt", "H\x00e\x00i\x00 \x00\xe4\x00i\x00t\x00i\x00\r\x00\n\x00", "Hei äiti"},
		{"utf16be-ilman-bom.txt", "\x00H\x00e\x00i\x00 \x00\xe4\x00i\x00t\x00i", "Hei äiti"},
		{"mac.txt", "rivi yksi\rrivi kaksi\r\rkappale", "rivi yksi\nrivi kaksi\n\nkappale"},
		{"hajotettu.txt", "a\u0308iti", "äiti"}, // NFD from macOS becomes NFC
		{"mz.txt", "MZ on lyhenne.", "MZ on lyhenne."},
		{"ISO.TXT", "Isolla kirjoitettu pääte", "Isolla kirjoitettu pääte"},
		{"etusivu.md", "---\ntitle: Haastattelu 2\n---\n\n# Otsikko\n\n*H2:* teksti  \n\n\n\nloppu", "---\ntitle: Haastattelu 2\n---\n\n# Otsikko\n\n*H2:* teksti\n\nloppu"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Read(tt.name, []byte(tt.data))
			if err != nil {
				t.Fatal(err)
			}
			if r.Text != tt.want {
				t.Errorf("got %q, want %q", r.Text, tt.want)
			}
		})
	}
}
