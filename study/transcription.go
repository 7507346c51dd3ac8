package study

import (
	"context"
	"strings"

	"teema/coding"
	"teema/message"
	"teema/store"
	"teema/store/importer"
)

var errDraftEmpty = message.New("The transcription of {{.Name}} has no text yet: type it beside the recording, then finish it.")

// StartTranscription checks a recording as AttachRecording does and
// starts a transcription of it: a draft kept in the project as it is
// typed, which FinishTranscription makes a document.
func StartTranscription(ctx context.Context, p *store.Project, name, path string, progress func(float64)) (store.Draft, error) {
	rec, err := checkRecording(ctx, path, progress)
	if err != nil {
		return store.Draft{}, err
	}
	return p.NewDraft(strings.TrimSpace(name), rec)
}

// FinishTranscription makes a draft a document, read as an imported
// plain-text transcript is (normalised, speaker turns found), its typed
// time markers ([00:12:34]) taken out of the text into its time index,
// with its recording attached. The draft goes in the same step.
func FinishTranscription(p *store.Project, d store.Draft) (coding.Document, []message.Note, error) {
	if strings.TrimSpace(d.Text) == "" {
		return coding.Document{}, nil, errDraftEmpty.New(message.Args{"Name": d.Name})
	}
	res, err := importer.Read(d.Name+".txt", []byte(d.Text))
	if err != nil {
		return coding.Document{}, nil, err
	}
	doc, err := p.FinishDraft(d.ID, d.Name+".txt", res, d.Recording)
	return doc, res.Notes, err
}
