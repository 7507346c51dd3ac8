package importer

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"teema/coding"
)

// timedFixture reads a fixture of testdata/timed.
func timedFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "timed", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// start is a cue as a test expects it: its first word, spoken at ms.
type start struct {
	word string
	ms   int64
}

// checkStarts checks that each cue has a mark on its first word at
// exactly its start, and that the index keeps its rules.
func checkStarts(t *testing.T, r Timed, starts []start) {
	t.Helper()
	if err := r.Index.Check(coding.RuneLen(r.Text)); err != nil {
		t.Fatalf("%v: %v", err, r.Index)
	}
	if coding.Normalize(r.Text) != r.Text {
		t.Fatalf("text not normalised: %q", r.Text)
	}
	for _, s := range starts {
		found := false
		for _, m := range r.Index {
			if m.Seconds == seconds(s.ms) && strings.HasPrefix(coding.Slice(r.Text, m.Offset, m.Offset+len(s.word)+8), s.word) {
				found = true
			}
		}
		if !found {
			t.Errorf("no mark on %q at %v s in %v", s.word, seconds(s.ms), r.Index)
		}
	}
}

// speakers are the turns' speakers in order, as the app reads them.
func speakers(text string) []string {
	var out []string
	for _, t := range coding.ParseTurns(text) {
		out = append(out, t.Speaker)
	}
	return out
}

// Each format's fixture becomes the text a researcher codes, speakers'
// cues joined into turns the app recognises, and an index whose marks sit
// on each cue's first word at its start to the millisecond.
func TestReadTimedFixtures(t *testing.T) {
	for _, tc := range []struct {
		file, format string
		text         string
		speakers     []string
		starts       []start
	}{
		{
			"haastattelu.srt", "srt",
			"SPEAKER_00: Kiitos, että ehdit mukaan. Aloitetaanko taustasta?\n\n" +
				"SPEAKER_01: Joo. Olen ollut kirjastossa kohta kymmenen vuotta. Ensin Äänekoskella, sitten täällä.\n\n" +
				"SPEAKER_00: Miten yhteistyö kunnan kanssa toimii?\n\n" +
				"SPEAKER_01: No, tavataan kerran kuussa ja sovitaan isot linjat. Arki on sitten sähköpostia & puheluita.\n\n" +
				"SPEAKER_00: Kiitos haastattelusta.",
			[]string{"SPEAKER_00", "SPEAKER_01", "SPEAKER_00", "SPEAKER_01", "SPEAKER_00"},
			[]start{{"Kiitos,", 840}, {"Joo.", 4500}, {"Ensin", 9300}, {"Miten", 15600}, {"No,", 19450}, {"Arki", 25005}, {"Kiitos haastattelusta", 3723456}},
		},
		{
			"interview.vtt", "vtt",
			"Interviewer: Could you start by telling me about your role?\n\n" +
				"Respondent: Sure. I coordinate the mobile library, the \"book bus\" as kids call it. It visits twelve villages & two schools.\n\n" +
				"Interviewer: How often?\n\n" +
				"Respondent: Every second week. Weather permitting, of course. We had a snowy winter.\n\n" +
				"Interviewer: Thank you, that was all.",
			[]string{"Interviewer", "Respondent", "Interviewer", "Respondent", "Interviewer"},
			[]start{{"Could", 500}, {"Sure.", 3800}, {"It visits", 8400}, {"How", 14000}, {"Every", 14000}, {"Weather", 17000}, {"Thank", 200000}},
		},
		{
			"haastattelu.whisper.json", "json",
			"Eli tämä on ensimmäinen osa. Kerron aluksi hankkeesta. Se alkoi syksyllä kaksi tuhatta kaksikymmentä.\n\n" +
				"Sitten tuli tauko. Ja keväällä jatkettiin.",
			nil,
			[]start{{"Eli", 0}, {"Kerron", 2480}, {"Se alkoi", 5120}, {"Sitten", 13200}, {"Ja", 14560}},
		},
		{
			"interview.whisperx.json", "json",
			"SPEAKER_00: So how did the project start?\n\n" +
				"SPEAKER_01: It started in 2021 with two villages. Then it grew. Mm-hm.\n\n" +
				"SPEAKER_00: And the schools?\n\n" +
				"SPEAKER_01: Those came later.",
			[]string{"SPEAKER_00", "SPEAKER_01", "SPEAKER_00", "SPEAKER_01"},
			// The cues, and words WhisperX timed: not 2021, which it could not.
			[]start{{"So", 31}, {"It", 3402}, {"Then", 8100}, {"Mm-hm.", 11000}, {"And", 12900},
				{"project", 635}, {"with", 5210}, {"villages", 5692}, {"schools", 13350}, {"Those", 14520}, {"later.", 15150}},
		},
		{
			"haastattelu-f4.txt", "txt",
			"I: Kertoisitko ensin, miten päädyit tähän työhön?\n\n" +
				"B: No, se oli oikeastaan sattumaa. Hain sijaisuutta, ja sitten se jatkui.\n\n" +
				"I: Mikä työssä on parasta?\n\n" +
				"B: Ihmiset. Ehdottomasti ihmiset.",
			[]string{"I", "B", "I", "B"},
			// f4's markers end paragraphs: the line break after one is
			// spoken when the paragraph has been.
			[]start{{"\n\nB: No", 6200}, {"\n\nI: Mikä", 19800}, {"\n\nB: Ihmiset", 23000}},
		},
		{
			"interview-otranscribe.txt", "txt",
			"Interview 7, community centre (recording 1 of 1)\n\n" +
				"Q: Thanks for meeting me. What does the centre do?\n\n" +
				"R: Mostly evening groups. Cooking, crafts, a choir.\n\n" +
				"Q: And who comes?\n\n" +
				"R: Everyone, really.",
			[]string{"Q", "R", "Q", "R"},
			[]start{{"Q: Thanks", 4000}, {"R: Mostly", 9000}, {"Cooking", 15000}, {"Q: And", 70000}, {"R: Everyone", 3723500}},
		},
	} {
		t.Run(tc.file, func(t *testing.T) {
			r, err := ReadTimed(tc.file, timedFixture(t, tc.file))
			if err != nil {
				t.Fatal(err)
			}
			if r.Text != tc.text {
				t.Errorf("text differs:\n%s", firstDiff(r.Text, tc.text))
			}
			if r.Format != tc.format || r.Encoding != UTF8 || len(r.Notes) > 0 {
				t.Errorf("format %q, encoding %q, notes %v", r.Format, r.Encoding, r.Notes)
			}
			if got := speakers(r.Text); !slices.Equal(got, tc.speakers) {
				t.Errorf("speakers %q, want %q", got, tc.speakers)
			}
			checkStarts(t, r, tc.starts)
		})
	}
}

// The index's end: the last cue's end is marked on the text's end, so an
// excerpt of the last words has a time span.
func TestReadTimedLastCueEnds(t *testing.T) {
	r, err := ReadTimed("haastattelu.srt", timedFixture(t, "haastattelu.srt"))
	if err != nil {
		t.Fatal(err)
	}
	n := coding.RuneLen(r.Text)
	from, to, ok := r.Index.SpanTime(n-len("haastattelusta."), n)
	if !ok || to != 3725 || from <= 3723.456 {
		t.Errorf("%v–%v %v", from, to, ok)
	}
}

// A subtitle file in Windows-1252 or UTF-16, as older subtitle editors
// save them, reads as its UTF-8 original does, and says how it was read.
func TestReadTimedEncodings(t *testing.T) {
	utf8Text := timedFixture(t, "haastattelu.srt")
	want, err := ReadTimed("haastattelu.srt", utf8Text)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, encoding string
		data           []byte
	}{
		{"cp1252.srt", Windows1252, encode(t, charmap.Windows1252, string(utf8Text))},
		{"utf16.srt", UTF16LE, encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), string(utf8Text))},
		{"bom.srt", UTF8, append([]byte("\uFEFF"), utf8Text...)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := ReadTimed(tc.name, tc.data)
			if err != nil {
				t.Fatal(err)
			}
			if r.Text != want.Text || !slices.Equal(r.Index, want.Index) || r.Encoding != tc.encoding {
				t.Errorf("%q read as %s: %q", tc.name, r.Encoding, r.Text)
			}
			if tc.encoding != UTF8 && len(r.Notes) != 1 {
				t.Errorf("notes %v", r.Notes)
			}
		})
	}
}
