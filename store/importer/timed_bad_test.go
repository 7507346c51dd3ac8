package importer

import (
	"bytes"
	"errors"
	"slices"
	"testing"

	"teema/coding"
	"teema/message"
)

// Timed files that cannot be read are refused with a message that names
// the file, and the line to blame where there is one.
func TestReadTimedRefuses(t *testing.T) {
	for _, tc := range []struct {
		name, data string
		kind       error
		line       int // 0: the message names no line
	}{
		{"tyhjä.srt", "", errEmptyFile, 0},
		{"teksti.srt", "Pelkkää tekstiä ilman aikoja.\n", errNoCues, 0},
		{"huomio.vtt", "WEBVTT\n\nNOTE vain huomio\n", errNoCues, 0},
		{"tagit.srt", "1\n00:00:01,000 --> 00:00:02,000\n<i></i>\n", errNoCues, 0},
		{"kello.srt", "1\n00:00:01,000 --> 00:00:02,000\nHei.\n\n2\n00:00:03,000 --> 00:00:0x,000\nMoi.\n", errBadClock, 6},
		{"minuutit.srt", "1\n00:61:00,000 --> 00:62:00,000\nHei.\n", errBadClock, 2},
		{"nuoli.srt", "1\n00:00:01,000 -->\nHei.\n", errBadTiming, 2},
		{"taakse.srt", "1\n00:00:10,000 --> 00:00:12,000\nHei.\n\n2\n00:00:02,000 --> 00:00:03,000\nMoi.\n", errTimeBackward, 6},
		{"loppu.vtt", "WEBVTT\n\n00:10.000 --> 00:05.000\nHei.\n", errEndsEarly, 3},
		{"ei-segmentteja.json", `{"text": "Hei."}`, errNotWhisper, 0},
		{"luku.json", `42`, errNotWhisper, 0},
		{"lista.json", `{"segments": {"start": 1}}`, errNotWhisper, 0},
		{"rikki.json", "{\"segments\": [\n{\"start\": 1, \"end\": 2, \"text\": \"a\"},\n{\"start\": }\n]}", errBadJSON, 3},
		{"kesken.json", "{\"segments\": [\n{\"start\": 1, \"end\": 2, \"text\": \"a\"}", errBadJSON, 2},
		{"tyyppi.json", "{\"segments\": [\n  {\"start\": 0, \"text\": \"a\"},\n\n  {\"start\": \"yksi\", \"text\": \"a\"}]}", errBadSegment, 4},
		{"alku.json", "{\"segments\": [{\"end\": 2, \"text\": \"a\"}]}", errNoStart, 1},
		{"miinus.json", "{\"segments\": [{\"start\": -1, \"text\": \"a\"}]}", errBadClock, 1},
		{"tyhjät.json", `{"segments": [{"start": 1, "text": "  "}]}`, errNoCues, 0},
		{"merkitön.txt", "H: Pelkkää tekstiä.\nV: Ilman aikoja (noin klo 12).\n", errNoMarkers, 0},
		{"merkki.txt", "[00:01] H: Hei.\n[00:75] V: Moi.\n", errBadClock, 2},
		{"taakse.txt", "[00:10] H: Hei.\n\n[00:02] V: Moi.\n", errTimeBackward, 3},
		{"haastattelu.docx", "PK", errUnsupportedExt, 0},
		{"haastattelu", "1", errNoExtension, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadTimed(tc.name, []byte(tc.data))
			checkErr(t, err, tc.kind, tc.name)
			var m *message.Error
			if errors.As(err, &m) && tc.line > 0 && m.Args["Line"] != tc.line {
				t.Errorf("line %v, want %d: %v", m.Args["Line"], tc.line, err)
			}
		})
	}
}

// What Read refuses, ReadTimed refuses alike.
func TestReadTimedRefusesAsRead(t *testing.T) {
	for _, tc := range []struct {
		name  string
		data  []byte
		class error
	}{
		{"kuva.srt", pngBytes(t), ErrBinary},
		{"nul.vtt", []byte("WEBVTT\n\n00:01.000 --> 00:02.000\nHei\x00\n"), ErrBinary},
		{"valtava.srt", bytes.Repeat([]byte("a"), MaxFileSize+1), ErrTooLarge},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadTimed(tc.name, tc.data)
			checkErr(t, err, tc.class, tc.name)
		})
	}
}

// Cues out of order by a little, as overlapping speech is timed, are
// kept in order and reported; invalid UTF-8 reads as the importer reads
// it, with a note.
func TestReadTimedNotes(t *testing.T) {
	srt := "1\n00:00:10,000 --> 00:00:12,000\nHei.\n\n2\n00:00:09,600 --> 00:00:11,000\nMoi pää \xe4.\n"
	r, err := ReadTimed("päällekkäin.srt", []byte(srt))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Notes) != 2 || r.Notes[0].Kind != noteStray || r.Notes[1].Kind != noteOverlap || r.Notes[1].Args["Line"] != 6 {
		t.Errorf("notes %v", r.Notes)
	}
	want := coding.TimeIndex{{Offset: 0, Seconds: 10}, {Offset: 5, Seconds: 10}, {Offset: 15, Seconds: 11}}
	if r.Text != "Hei. Moi pää �." || !slices.Equal(r.Index, want) {
		t.Errorf("%q %v", r.Text, r.Index)
	}
}

func TestParseClock(t *testing.T) {
	for _, tc := range []struct {
		in string
		ms int64
		ok bool
	}{
		{"00:00:01,000", 1000, true},
		{"01:02:03.456", 3723456, true},
		{"1:02:03", 3723000, true},
		{"02:03", 123000, true},
		{"75:30", 4530000, true},
		{"00:00:12-5", 12500, true},
		{"00:00:12-45", 12450, true},
		{"00:01.5", 1500, true},
		{"00:00:01.123456", 1123, true},
		{"00:60:00", 0, false},
		{"00:00:60", 0, false},
		{"1:2:3:4", 0, false},
		{"12", 0, false},
		{"00:0x", 0, false},
		{"00:00:01,", 1000, true},
		{"-1:00", 0, false},
		{"1001:00:00", 0, false},
		{"00:00:01.1234567890", 0, false},
	} {
		ms, ok := parseClock(tc.in)
		if ok != tc.ok || ok && ms != tc.ms {
			t.Errorf("parseClock(%q) = %d %v, want %d %v", tc.in, ms, ok, tc.ms, tc.ok)
		}
	}
}

func TestHasTimeMarkers(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"[00:04] Q: Hei.\n\n[00:09] R: Moi.", true},
		{"I: Hei. #00:00:06-2#\n\nB: Moi. #00:00:19-8#", true},
		{"(01:02) H: Hei.\n(01:05:07) V: Moi.", true},
		{"Tavataan (12:30) torilla.\nJa sitten (13:30) kahvilla.", false},
		{"[00:04] Vain yksi merkki.", false},
		{"Ei merkkejä lainkaan.", false},
	} {
		if got := HasTimeMarkers([]byte(tc.text)); got != tc.want {
			t.Errorf("HasTimeMarkers(%q) = %v", tc.text, got)
		}
	}
}

// Markers in odd places: inside a line, glued to words, two together, on
// lines of their own, after the last words.
func TestReadTimedMarkerPlaces(t *testing.T) {
	for _, tc := range []struct {
		name, in, text string
		index          coding.TimeIndex
	}{
		{"inside a line", "H: Hei [00:02] vain.", "H: Hei vain.", coding.TimeIndex{{Offset: 7, Seconds: 2}}},
		{"glued", "H: Hei[00:02]vain.", "H: Hei vain.", coding.TimeIndex{{Offset: 7, Seconds: 2}}},
		{"two together", "[00:01] [00:02] H: Hei.", "H: Hei.", coding.TimeIndex{{Offset: 0, Seconds: 2}}},
		{"own line", "H: Hei.\n\n[00:05]\n\n\n\nV: Moi.", "H: Hei.\n\nV: Moi.", coding.TimeIndex{{Offset: 9, Seconds: 5}}},
		{"at the end", "H: Hei.\n[00:05]\n", "H: Hei.", coding.TimeIndex{{Offset: 7, Seconds: 5}}},
		{"ending lines", "H: Hei. (00:01)\nV: Moi. (00:03)", "H: Hei.\nV: Moi.", coding.TimeIndex{{Offset: 7, Seconds: 1}, {Offset: 15, Seconds: 3}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := ReadTimed("m.txt", []byte(tc.in))
			if err != nil || r.Text != tc.text || !slices.Equal(r.Index, tc.index) {
				t.Errorf("%q %v %v, want %q %v", r.Text, r.Index, err, tc.text, tc.index)
			}
		})
	}
}
