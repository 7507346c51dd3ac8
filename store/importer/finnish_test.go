package importer

import (
	"errors"
	"strings"
	"testing"

	"teema/i18n"
)

// TestRefusalsInFinnish: the refusals a researcher meets most, an empty
// file, a binary file and a picture, name the file and say why in Finnish.
func TestRefusalsInFinnish(t *testing.T) {
	defer i18n.Use(i18n.Lang())
	i18n.Use(i18n.Finnish)
	for _, c := range []struct {
		name  string
		data  []byte
		class error
		says  string
	}{
		{"puhe.txt", nil, ErrEmpty, "tyhjä"},
		{"data.txt", []byte("abc\x00\x00\x01def"), ErrBinary, "binääri"},
		{"kuva.png", pngBytes(t), ErrUnsupported, "ei tueta"},
	} {
		_, err := Read(c.name, c.data)
		if !errors.Is(err, c.class) {
			t.Fatalf("%s: %v, want %v", c.name, err, c.class)
		}
		if fi := i18n.Error(err); !strings.Contains(fi, c.name) || !strings.Contains(strings.ToLower(fi), c.says) {
			t.Errorf("%s: Finnish %q does not name the file and say %q", c.name, fi, c.says)
		}
	}
}
