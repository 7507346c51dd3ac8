package coding

import (
	"errors"
	"slices"
	"testing"
)

// recognised is a transcript as speech recognition labels it.
const recognised = "SPEAKER_00: Kerro, miten SPEAKER_01: alkoi.\nSPEAKER_01: No, se alkoi keväällä.\n\n  SPEAKER_00: Entä sitten?\nSPEAKER_01: Sitten SPEAKER_00: kysyi lisää."

// Only labels that open a turn change, and the rewrite is the same one
// RewriteText applies, so codings and the time index follow it.
func TestRenameSpeaker(t *testing.T) {
	for _, tc := range []struct {
		name, from, to, want string
	}{
		{"interviewer", "SPEAKER_00", "H", "H: Kerro, miten SPEAKER_01: alkoi.\nSPEAKER_01: No, se alkoi keväällä.\n\n  H: Entä sitten?\nSPEAKER_01: Sitten SPEAKER_00: kysyi lisää."},
		{"longer label", "SPEAKER_01", "Haastateltava 3", "SPEAKER_00: Kerro, miten SPEAKER_01: alkoi.\nHaastateltava 3: No, se alkoi keväällä.\n\n  SPEAKER_00: Entä sitten?\nHaastateltava 3: Sitten SPEAKER_00: kysyi lisää."},
		{"merged with another", "SPEAKER_01", "SPEAKER_00", "SPEAKER_00: Kerro, miten SPEAKER_01: alkoi.\nSPEAKER_00: No, se alkoi keväällä.\n\n  SPEAKER_00: Entä sitten?\nSPEAKER_00: Sitten SPEAKER_00: kysyi lisää."},
		{"spaces around the names", " SPEAKER_00 ", "H1 ", "H1: Kerro, miten SPEAKER_01: alkoi.\nSPEAKER_01: No, se alkoi keväällä.\n\n  H1: Entä sitten?\nSPEAKER_01: Sitten SPEAKER_00: kysyi lisää."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rw, err := RenameSpeaker(recognised, tc.from, tc.to)
			if err != nil {
				t.Fatal(err)
			}
			got, err := rw.Apply(recognised)
			if err != nil || got != tc.want {
				t.Errorf("%q %v,\nwant %q", got, err, tc.want)
			}
		})
	}
}

func TestRenameSpeakerRefuses(t *testing.T) {
	for _, tc := range []struct {
		name, text, from, to string
		kind                 error
	}{
		{"no such speaker", recognised, "SPEAKER_02", "H2", errNoSpeaker},
		{"only inside turns", "H: Kysyin SPEAKER_07: miksi.\nH: Niin.", "SPEAKER_07", "H2", errNoSpeaker},
		{"colon", recognised, "SPEAKER_00", "H:1", errBadLabel},
		{"punctuation", recognised, "SPEAKER_00", "Dr. Virtanen", errBadLabel},
		{"a sentence", recognised, "SPEAKER_00", "se oli hän", errBadLabel},
		{"empty", recognised, "SPEAKER_00", " ", errBadLabel},
		{"too long", recognised, "SPEAKER_00", "Haastateltavanaolijahenkilö Numero", errBadLabel},
		// A role's label is a turn even once; a first name said once is not.
		{"no longer read", "Haastateltava: Hei.\nH: Moi.\nH: Mitä?", "Haastateltava", "Anna", errLabelUnread},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := RenameSpeaker(tc.text, tc.from, tc.to); !errors.Is(err, tc.kind) {
				t.Errorf("%v, want %v", err, tc.kind)
			}
		})
	}
	if rw, err := RenameSpeaker(recognised, "SPEAKER_00", "SPEAKER_00"); rw != nil || err != nil {
		t.Errorf("renamed to itself: %v %v", rw, err)
	}
}

// A renamed speaker's turns keep their times: the marks on the words
// after each label move with the label's change in length.
func TestRenameSpeakerMovesMarks(t *testing.T) {
	text := "SPEAKER_00: Hei.\nSPEAKER_01: Moi.\nSPEAKER_00: Mitä kuuluu?"
	ix := TimeIndex{{12, 0.5}, {16, 1.2}, {29, 1.5}, {46, 3}, {58, 4.25}}
	rw, err := RenameSpeaker(text, "SPEAKER_00", "H")
	if err != nil {
		t.Fatal(err)
	}
	newText, err := rw.Apply(text)
	if err != nil {
		t.Fatal(err)
	}
	got := ix.Rewrite(rw)
	want := TimeIndex{{3, 0.5}, {7, 1.2}, {20, 1.5}, {28, 3}, {40, 4.25}}
	if !slices.Equal(got, want) || Slice(newText, 3, 7) != "Hei." || Slice(newText, 28, 32) != "Mitä" {
		t.Errorf("%v in %q", got, newText)
	}
}
