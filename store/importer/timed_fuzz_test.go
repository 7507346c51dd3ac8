package importer

import (
	"errors"
	"slices"
	"testing"

	"teema/coding"
	"teema/message"
)

// checkReadTimed is the contract every input meets, in every timed
// format: no panic, and either a normalised text within the limits with
// an index that keeps its rules, or a classified message naming the file.
func checkReadTimed(t *testing.T, name string, data []byte) {
	r, err := ReadTimed(name, data)
	if err != nil {
		var m *message.Error
		if !errors.As(err, &m) || m.Args["File"] != name || !slices.ContainsFunc(classes, func(c error) bool { return errors.Is(err, c) }) {
			t.Fatalf("%s: not a classified message naming the file: %v", name, err)
		}
		if errors.Is(err, errUnreadable) {
			t.Fatalf("%s: laid out wrong: %v", name, err) // layCues and markedText promise normal text
		}
		return
	}
	if coding.Normalize(r.Text) != r.Text || CheckText(r.Text) != nil {
		t.Fatalf("%s: text not normalised: %q", name, r.Text)
	}
	if err := r.Index.Check(coding.RuneLen(r.Text)); err != nil || len(r.Index) == 0 {
		t.Fatalf("%s: %v: %v", name, err, r.Index)
	}
}

// FuzzReadTimed reads each input as every timed format.
func FuzzReadTimed(f *testing.F) {
	for _, name := range []string{"haastattelu.srt", "interview.vtt", "haastattelu.whisper.json", "interview.whisperx.json", "haastattelu-f4.txt", "interview-otranscribe.txt"} {
		f.Add(timedFixture(f, name))
	}
	f.Add([]byte("WEBVTT\n\n00:01.000 --> 00:02.000\n<v A>a <rt>b</rt><v B>c &amp;\u0301\n"))
	f.Add([]byte("1\n00:00:01,000 --> 00:00:02,000\n[H]: \u0301x\n\n2\n00:00:01,500 --> 00:00:00,900\ny"))
	f.Add([]byte(`[{"start": 1, "text": "e", "words": [{"word": "e", "start": 0.5}]}, {"start": 1, "text": "\u0301"}]`))
	f.Add([]byte("e[00:01]\u0301 [00:02]#00:00:03-1#(00:04)\n\n\n[00:05]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, ext := range []string{".srt", ".vtt", ".json", ".txt"} {
			checkReadTimed(t, "f"+ext, data)
		}
	})
}
