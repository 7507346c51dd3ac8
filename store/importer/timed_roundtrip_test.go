package importer

import (
	"encoding/json"
	"fmt"
	"html"
	"math/rand/v2"
	"strings"
	"testing"
)

// testCue is a cue a test writes in some format and reads back.
type testCue struct {
	start, end int64
	speaker    string
	words      []string
}

// randomCues makes cues in time order, some starting together, some
// overlapping the next, some with speakers.
func randomCues(r *rand.Rand) []testCue {
	vocabulary := []string{"no", "siis", "äiti", "kävi", "torilla,", "Kati", "öisin.", "ja", "[naurua]", "we", "went", "&", "a<b", "market.", "Ääni"}
	labels := []string{"", "", "SPEAKER_00", "SPEAKER_01", "H", "Haastateltava 2"}
	var cues []testCue
	at := int64(r.IntN(5000))
	for range 1 + r.IntN(30) {
		c := testCue{start: at, end: at + int64(r.IntN(6000)), speaker: labels[r.IntN(len(labels))]}
		for range 1 + r.IntN(8) {
			c.words = append(c.words, vocabulary[r.IntN(len(vocabulary))])
		}
		cues = append(cues, c)
		at += int64(r.IntN(5000))
	}
	return cues
}

// srtClock writes ms as SubRip does, WebVTT with a full stop.
func srtClock(ms int64, mark string) string {
	return fmt.Sprintf("%02d:%02d:%02d%s%03d", ms/3600000, ms/60000%60, ms/1000%60, mark, ms%1000)
}

// The writers below write cues as each format's usual tools do.

func writeSRT(cues []testCue) string {
	var b strings.Builder
	for i, c := range cues {
		fmt.Fprintf(&b, "%d\n%s --> %s\n", i+1, srtClock(c.start, ","), srtClock(c.end, ","))
		if c.speaker != "" {
			fmt.Fprintf(&b, "[%s]: ", c.speaker)
		}
		half := (len(c.words) + 1) / 2 // subtitles break long lines
		fmt.Fprintf(&b, "%s\n%s\n\n", strings.Join(c.words[:half], " "), strings.Join(c.words[half:], " "))
	}
	return b.String()
}

func writeVTT(cues []testCue) string {
	b := strings.Builder{}
	b.WriteString("WEBVTT\n\nNOTE written by a test\n\n")
	for _, c := range cues {
		fmt.Fprintf(&b, "%s --> %s align:start\n", srtClock(c.start, "."), srtClock(c.end, "."))
		if c.speaker != "" {
			fmt.Fprintf(&b, "<v %s>", c.speaker)
		}
		fmt.Fprintf(&b, "%s\n\n", html.EscapeString(strings.Join(c.words, " ")))
	}
	return b.String()
}

func writeWhisper(t *testing.T, cues []testCue) string {
	type segment struct {
		Start   float64 `json:"start"`
		End     float64 `json:"end"`
		Text    string  `json:"text"`
		Speaker string  `json:"speaker,omitempty"`
	}
	var segs []segment
	for _, c := range cues {
		segs = append(segs, segment{seconds(c.start), seconds(c.end), " " + strings.Join(c.words, " "), c.speaker})
	}
	b, err := json.MarshalIndent(map[string]any{"segments": segs, "language": "fi"}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// writeMarked writes a paragraph a cue, each opening with its time.
func writeMarked(cues []testCue) string {
	var b strings.Builder
	for _, c := range cues {
		fmt.Fprintf(&b, "[%s] ", srtClock(c.start, "."))
		if c.speaker != "" {
			fmt.Fprintf(&b, "%s: ", c.speaker)
		}
		fmt.Fprintf(&b, "%s\n\n", strings.Join(c.words, " "))
	}
	return b.String()
}

// Cues written in each format read back as the text of their words, in
// order, with a mark on each cue's first word at its start to the
// millisecond.
func TestReadTimedRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for round := range 300 {
		cues := randomCues(r)
		for _, f := range []struct{ name, data string }{
			{"r.srt", writeSRT(cues)},
			{"r.vtt", writeVTT(cues)},
			{"r.json", writeWhisper(t, cues)},
			{"r.txt", writeMarked(cues)},
		} {
			got, err := ReadTimed(f.name, []byte(f.data))
			if err != nil {
				t.Fatalf("round %d, %s: %v\n%s", round, f.name, err, f.data)
			}
			var starts []start
			rest := got.Text
			for _, c := range cues {
				first := c.words[0]
				if f.name == "r.txt" && c.speaker != "" {
					first = c.speaker + ":" // a marker marks the line it opens
				}
				starts = append(starts, start{first, c.start})
				for _, w := range c.words {
					i := strings.Index(rest, w)
					if i < 0 {
						t.Fatalf("round %d, %s: %q lost or out of order in\n%s", round, f.name, w, got.Text)
					}
					rest = rest[i+len(w):]
				}
			}
			checkStarts(t, got, starts)
			if t.Failed() {
				t.Fatalf("round %d, %s:\n%s\n%q", round, f.name, f.data, got.Text)
			}
		}
	}
}
