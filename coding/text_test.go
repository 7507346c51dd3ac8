package coding

import (
	"testing"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"crlf", "a\r\nb\r\n", "a\nb"},
		{"old mac", "a\rb", "a\nb"},
		{"bom", "\uFEFFHaastattelija: moi", "Haastattelija: moi"},
		{"trailing spaces", "rivi  \t\ntoinen ", "rivi\ntoinen"},
		{"blank lines collapse", "a\n\n\n\n\nb", "a\n\nb"},
		{"whitespace-only lines are blank", "a\n  \n\t\nb", "a\n\nb"},
		{"leading and trailing blank lines", "\n\n a\n\n\n", " a"},
		{"nfc", "a\u0308iti", "äiti"},
		{"nbsp", "10\u00A0000", "10 000"},
		{"controls dropped", "a\x00b\x07c\u200Bd", "abcd"},
		{"tabs kept", "a\tb", "a\tb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Normalize(tt.in)
			if got != tt.want {
				t.Fatalf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if again := Normalize(got); again != got {
				t.Fatalf("not idempotent: %q -> %q", got, again)
			}
		})
	}
}

func TestSliceAndFind(t *testing.T) {
	s := "Hääyö: öö, asiakaskokemus ja asiakaskokemus."
	if got := Slice(s, 0, 5); got != "Hääyö" {
		t.Fatalf("Slice = %q", got)
	}
	if got := Slice(s, 40, 100); got != "mus." {
		t.Fatalf("Slice clamps end: %q", got)
	}
	if got := Slice(s, 5, 5); got != "" {
		t.Fatalf("empty range: %q", got)
	}
	start, end, ok := FindNth(s, "asiakaskokemus", 2)
	if !ok || Slice(s, start, end) != "asiakaskokemus" || start != 29 {
		t.Fatalf("FindNth 2 = %d %d %v", start, end, ok)
	}
	if _, _, ok := FindNth(s, "asiakaskokemus", 3); ok {
		t.Fatal("third occurrence should not exist")
	}
	if _, _, ok := FindNth(s, "", 1); ok {
		t.Fatal("empty needle found")
	}
	// Overlapping occurrences are counted one character apart.
	if a, _, ok := FindNth("ööö", "öö", 2); !ok || a != 1 {
		t.Fatalf("overlap: %d %v", a, ok)
	}
}

func TestCountWords(t *testing.T) {
	tests := map[string]int{
		"":                              0,
		"Haastattelija: no niin.":       3,
		"HR-yksikkö ja talous-hallinto": 3,
		"vuonna 2016, 13 henkilöä":      4,
		"it's   fine":                   2,
	}
	for in, want := range tests {
		if got := CountWords(in); got != want {
			t.Errorf("CountWords(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestSlicerCutsLikeSlice(t *testing.T) {
	text := "Hyvä 🙂 yhteistyö, äö."
	s := NewSlicer(text)
	n := RuneLen(text)
	for start := -2; start <= n+2; start++ {
		for end := start - 1; end <= n+3; end++ {
			if got, want := s.Slice(start, end), Slice(text, start, end); got != want {
				t.Fatalf("Slice(%d, %d) = %q, want %q", start, end, got, want)
			}
		}
	}
}
