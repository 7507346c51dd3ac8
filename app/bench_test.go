package app

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"teema/coding"
	"teema/store"
)

var syllables = []string{"asi", "ak", "kas", "ko", "ke", "mus", "pal", "ve", "lu", "jär", "jes", "tel", "mä", "yh", "teis", "työ",
	"tie", "dot", "ta", "mi", "nen", "hen", "ki", "lös", "tö", "muu", "tos", "ä", "ö", "la", "ri", "sa"}

// longTranscript makes a deterministic Finnish-like interview of n words,
// in turns of 40–120 words.
func longTranscript(n int) string {
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	words := 0
	for turn := 0; words < n; turn++ {
		if turn > 0 {
			b.WriteString("\n\n")
		}
		if turn%2 == 0 {
			b.WriteString("Haastattelija:")
		} else {
			b.WriteString("H3:")
		}
		for k := 40 + r.IntN(81); k > 0 && words < n; k-- {
			b.WriteByte(' ')
			for s := 1 + r.IntN(3); s > 0; s-- {
				b.WriteString(syllables[r.IntN(len(syllables))])
			}
			words++
			if r.IntN(12) == 0 {
				b.WriteByte('.')
			}
		}
	}
	return b.String()
}

// BenchmarkOpenLongTranscript opens a 100,000-word transcript with 2,000
// codings in the main window: loading it from the project file, laying it
// out in the transcript view and drawing the first screen.
func BenchmarkOpenLongTranscript(b *testing.B) {
	a := test.NewTempApp(b)
	path := filepath.Join(b.TempDir(), "bench.teema")
	p, err := store.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	text := longTranscript(100_000)
	long, err := p.AddDocument(coding.NewDocument("pitkä", text, "txt", "pitkä.txt", time.Now()))
	if err != nil {
		b.Fatal(err)
	}
	short, _ := p.AddDocument(coding.NewDocument("lyhyt", "H1: lyhyt.", "txt", "lyhyt.txt", time.Now()))
	var codes []coding.Code
	for i := range 24 {
		c, _, err := p.EnsureCodePath(fmt.Sprintf("Teema %d/Alateema %d", i/3, i%3), "", "")
		if err != nil {
			b.Fatal(err)
		}
		codes = append(codes, c)
	}
	var es []coding.Excerpt
	step := long.Chars / 2000
	for i := range 2000 {
		es = append(es, coding.Excerpt{DocID: long.ID, CodeID: codes[i%len(codes)].ID, Start: i * step, End: i*step + step/2 + 40, Coder: "b"})
	}
	if err := p.AddExcerpts(es); err != nil {
		b.Fatal(err)
	}
	p.Close()
	u := New(a, "bench")
	u.win.Resize(fyne.NewSize(1280, 800))
	u.Start(path, false)
	defer u.s.Close()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		u.s.OpenDoc(short.ID)
		u.s.OpenDoc(long.ID)
		u.win.Canvas().Refresh(u.win.Content())
		test.LaidOutObjects(u.win.Content())
	}
	b.StopTimer()
	if len(u.s.Excerpts()) != 2000 || u.s.Doc().Words < 100_000 {
		b.Fatalf("opened %d excerpts, %d words", len(u.s.Excerpts()), u.s.Doc().Words)
	}
}
