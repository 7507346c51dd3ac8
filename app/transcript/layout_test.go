package transcript

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// fakeMeasure is a monospaced font: 10 px a code point, 12 px in bold.
func fakeMeasure(s string, bold bool) float32 {
	w := float32(10)
	if bold {
		w = 12
	}
	return w * float32(utf8.RuneCountInString(s))
}

// describe writes lines as "start-end:x=word,x=word" for readable tables.
func describe(text string, lines []line) []string {
	var out []string
	for _, l := range lines {
		var ws []string
		for _, p := range l.pieces {
			w := text[p.bs:p.be]
			if p.bold {
				w = "*" + w + "*"
			}
			ws = append(ws, fmt.Sprintf("%g=%s", p.x, w))
		}
		out = append(out, fmt.Sprintf("%d-%d:%s", l.start, l.end, strings.Join(ws, ",")))
	}
	return out
}

func TestWrap(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		boldEnd int
		width   float32
		want    []string
	}{
		{"fits exactly", "Hyvä päivä", 0, 100, []string{"0-10:0=Hyvä,50=päivä"}},
		{"wraps at space", "Hyvä päivä", 0, 90, []string{"0-5:0=Hyvä", "5-10:0=päivä"}},
		{"empty paragraph", "", 0, 100, []string{"0-0:"}},
		{"bold label", "H3: joo", 3, 100, []string{"0-7:0=*H3:*,46=joo"}},
		{"label of two words", "Haastateltava 2: no", 16, 400,
			[]string{"0-19:0=*Haastateltava*,166=*2:*,200=no"}},
		{"long word broken", "epäjärjestelmällisyys", 0, 80,
			[]string{"0-8:0=epäjärje", "8-16:0=stelmäll", "16-21:0=isyys"}},
		{"long word after a short one", "ja epäjärjestelmällisyys", 0, 80,
			[]string{"0-3:0=ja", "3-11:0=epäjärje", "11-19:0=stelmäll", "19-24:0=isyys"}},
		{"narrower than a letter", "öljy", 0, 5, []string{"0-1:0=ö", "1-2:0=l", "2-3:0=j", "3-4:0=y"}},
		{"dashes and quotes", "Se oli – no – ”hyvä”.", 0, 120,
			[]string{"0-12:0=Se,30=oli,70=–,90=no", "12-21:0=–,20=”hyvä”."}},
		{"trailing spaces stay on the line", "aa  bb", 0, 30, []string{"0-4:0=aa", "4-6:0=bb"}},
		{"tab after label", "H:\tjoo", 2, 200, []string{"0-6:0=*H:*,64=joo"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := describe(tt.text, wrap(tt.text, tt.boldEnd, tt.width, fakeMeasure))
			if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("wrap(%q, %g)\n got %q\nwant %q", tt.text, tt.width, got, tt.want)
			}
		})
	}
}

func TestWrapPartitionsText(t *testing.T) {
	text := "Haastattelija: Miten kuvailisit työtäsi? Äänitteellä kuuluu öljylämmitin – ja sitten uusi rivi ääääääääääääääääääää loppu."
	for _, width := range []float32{5, 30, 77, 150, 1000} {
		lines := wrap(text, 14, width, fakeMeasure)
		pos := 0
		for _, l := range lines {
			if l.start != pos || l.end < l.start {
				t.Fatalf("width %g: line %d-%d does not follow %d", width, l.start, l.end, pos)
			}
			for _, p := range l.pieces {
				if p.start < l.start || p.end > l.end || p.x+p.w > width && p.end-p.start > 1 {
					t.Fatalf("width %g: piece %+v outside line %d-%d", width, p, l.start, l.end)
				}
			}
			pos = l.end
		}
		if pos != utf8.RuneCountInString(text) {
			t.Fatalf("width %g: lines end at %d", width, pos)
		}
	}
}

func TestHit(t *testing.T) {
	const lineH = 20
	tests := []struct {
		name         string
		text         string
		boldEnd      int
		width        float32
		x, y         float32
		wantBoundary int
		wantOver     int
	}{
		{"first letter", "Hyvä päivä", 0, 100, 1, 5, 0, 0},
		{"left half of y", "Hyvä päivä", 0, 100, 14, 5, 1, 1},
		{"right half of y", "Hyvä päivä", 0, 100, 16, 5, 2, 1},
		{"on ä", "Hyvä päivä", 0, 100, 36, 5, 4, 3},
		{"left half of space", "Hyvä päivä", 0, 100, 42, 5, 4, 4},
		{"right half of space", "Hyvä päivä", 0, 100, 47, 5, 5, 4},
		{"past the end", "Hyvä päivä", 0, 100, 200, 5, 10, -1},
		{"left of the text", "Hyvä päivä", 0, 100, -5, 5, 0, -1},
		{"second line", "Hyvä päivä", 0, 90, 3, 25, 5, 5},
		{"end of first line", "Hyvä päivä", 0, 90, 85, 5, 4, -1},
		{"below the paragraph", "Hyvä päivä", 0, 90, 22, 500, 7, 7},
		{"above the paragraph", "Hyvä päivä", 0, 90, 22, -30, 2, 2},
		{"empty paragraph", "", 0, 100, 30, 5, 0, -1},
		{"bold label", "H3: joo", 3, 100, 13, 5, 1, 1},
		{"after bold label", "H3: joo", 3, 100, 47, 5, 4, 4},
		{"broken long word", "epäjärjestelmällisyys", 0, 80, 21, 25, 10, 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := wrap(tt.text, tt.boldEnd, tt.width, fakeMeasure)
			b, o := hit(tt.text, lines, lineH, tt.x, tt.y, fakeMeasure)
			if b != tt.wantBoundary || o != tt.wantOver {
				t.Errorf("hit(%g, %g) = %d, %d; want %d, %d", tt.x, tt.y, b, o, tt.wantBoundary, tt.wantOver)
			}
		})
	}
}

func TestXAt(t *testing.T) {
	text := "H3: hyvä  päivä"
	lines := wrap(text, 3, 1000, fakeMeasure)
	tests := []struct {
		offset int
		want   float32
	}{
		{0, 0}, {2, 24}, {3, 36}, {4, 46}, {6, 66}, {8, 86}, {9, 96}, {10, 106}, {15, 156},
	}
	for _, tt := range tests {
		if got := xAt(text, lines[0], tt.offset, fakeMeasure); got != tt.want {
			t.Errorf("xAt(%d) = %g, want %g", tt.offset, got, tt.want)
		}
	}
	// Every boundary maps back to itself.
	for o := 0; o <= utf8.RuneCountInString(text); o++ {
		x := xAt(text, lines[0], o, fakeMeasure)
		if b, _ := hit(text, lines, 20, x+1, 5, fakeMeasure); b != o {
			t.Errorf("hit(xAt(%d)+1) = %d", o, b)
		}
	}
}

func TestLineIndex(t *testing.T) {
	lines := wrap("Hyvä päivä", 0, 90, fakeMeasure)
	for offset, want := range map[int]int{0: 0, 4: 0, 5: 1, 9: 1, 10: 1, 99: 1} {
		if got := lineIndex(lines, offset); got != want {
			t.Errorf("lineIndex(%d) = %d, want %d", offset, got, want)
		}
	}
}
