package study

import (
	"context"
	"errors"
	"os"
	"path/filepath"

	"teema/coding"
	"teema/media"
	"teema/message"
	"teema/store"
)

// What attaching and finding a recording says.
var (
	errNoRecording      = message.New("{{.Document}} has no recording: attach one with Documents → Attach recording….")
	errRecordingMissing = message.New("The recording of {{.Document}} is no longer at {{.File}}: show Teema the folder it is in now, and it finds it by its content.")
	errRecordingChanged = message.New("The recording of {{.Document}} at {{.File}} is not the file that was attached (its size has changed): attach it again if it is the right one.")
	noteShorter         = message.New("{{.File}} lasts {{.Length}}, but the transcript's times reach {{.Last}}: check that it is this interview's recording.")
)

// AttachRecording checks a recording, decoding it whole once, and makes
// the change that attaches it to a document: the project keeps where it
// is, its fingerprint and its length, never the audio. A recording much
// shorter than the transcript's times is attached with a note saying so.
func AttachRecording(ctx context.Context, p *store.Project, docID int64, path string, progress func(float64)) (coding.SetRecording, []message.Note, error) {
	rec, err := checkRecording(ctx, path, progress)
	if err != nil {
		return coding.SetRecording{}, nil, err
	}
	ix, err := p.TimeIndex(docID)
	if err != nil {
		return coding.SetRecording{}, nil, err
	}
	return coding.SetRecording{DocID: docID, Recording: &rec}, shorter(rec, ix), nil
}

// shorter notes a recording much shorter than its transcript's times,
// with a few seconds of slack: a subtitle's last cue may end after the
// sound does.
func shorter(rec coding.Recording, ix coding.TimeIndex) []message.Note {
	if last := ix.LastTime(); last > rec.Seconds+5 {
		return []message.Note{noteShorter.Say(message.Args{"File": filepath.Base(rec.Path),
			"Length": coding.FormatTime(rec.Seconds), "Last": coding.FormatTime(last)})}
	}
	return nil
}

// checkRecording opens and verifies a recording and fingerprints it.
func checkRecording(ctx context.Context, path string, progress func(float64)) (coding.Recording, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return coding.Recording{}, err
	}
	r, err := media.OpenContext(ctx, abs, media.Options{Verify: true, Progress: progress})
	if err != nil {
		return coding.Recording{}, err
	}
	seconds := r.Duration().Seconds()
	r.Close()
	print, err := media.Fingerprint(abs)
	if err != nil {
		return coding.Recording{}, err
	}
	return coding.Recording{Path: abs, Print: print.String(), Seconds: seconds}, nil
}

// OpenRecording opens a document's recording to play, without decoding
// it whole again. A recording moved or changed since it was attached is
// refused with a message saying what to do.
func OpenRecording(p *store.Project, docID int64) (*media.Recording, error) {
	rec, name, err := recordingOf(p, docID)
	if err != nil {
		return nil, err
	}
	args := message.Args{"Document": name, "File": rec.Path}
	st, err := os.Stat(rec.Path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, errRecordingMissing.New(args)
	}
	if print, perr := media.ParsePrint(rec.Print); err == nil && perr == nil && st.Size() != print.Size {
		return nil, errRecordingChanged.New(args)
	}
	return media.OpenContext(context.Background(), rec.Path, media.Options{})
}

// IsRecordingMissing tells OpenRecording's refusal of a moved recording,
// which FindRecording can mend.
func IsRecordingMissing(err error) bool { return errors.Is(err, errRecordingMissing) }

// FindRecording looks in folder, and the folders in it, for a document's
// recording that was moved, by its fingerprint, and makes the change
// that attaches it where it is now.
func FindRecording(ctx context.Context, p *store.Project, docID int64, folder string) (coding.SetRecording, error) {
	rec, _, err := recordingOf(p, docID)
	if err != nil {
		return coding.SetRecording{}, err
	}
	print, err := media.ParsePrint(rec.Print)
	if err != nil {
		return coding.SetRecording{}, err
	}
	path, err := media.FindMoved(ctx, folder, print)
	if err != nil {
		return coding.SetRecording{}, err
	}
	moved := *rec
	moved.Path = path
	return coding.SetRecording{DocID: docID, Recording: &moved}, nil
}

// recordingOf is a document's recording and the document's name.
func recordingOf(p *store.Project, docID int64) (*coding.Recording, string, error) {
	d, err := p.DocumentText(docID)
	if err != nil {
		return nil, "", err
	}
	rec, err := p.Recording(docID)
	if err != nil {
		return nil, "", err
	}
	if rec == nil {
		return nil, "", errNoRecording.New(message.Args{"Document": d.Name})
	}
	return rec, d.Name, nil
}

// ImportTimedTranscript imports a transcript, timed or not, as the import
// dialog does, and attaches a recording to it when one is given. The
// recording is checked first, so a bad one changes nothing.
func ImportTimedTranscript(ctx context.Context, p *store.Project, path string, attrs map[string]string, recording string) (store.ImportResult, []message.Note, error) {
	var rec coding.Recording
	if recording != "" {
		var err error
		if rec, err = checkRecording(ctx, recording, nil); err != nil {
			return store.ImportResult{}, nil, err
		}
	}
	r := p.ImportFiles([]string{path}, attrs, nil)[0]
	if r.Err != nil || recording == "" {
		return r, nil, r.Err
	}
	_, err := coding.SetRecording{DocID: r.Doc.ID, Recording: &rec}.Apply(p)
	return r, shorter(rec, r.Doc.Times), err
}
