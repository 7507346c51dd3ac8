package pseudonyms

import (
	"path/filepath"
	"slices"

	"teema/app/kit"
	"teema/i18n"
	"teema/study"
)

// exportCopies writes each chosen transcript, as it now reads, to a file
// of its own in a folder the researcher chooses: pseudonymised copies to
// archive or to share.
func (w *Window) exportCopies() {
	ext := copyExts[max(w.copiesFormat.SelectedIndex(), 0)]
	kit.OpenFolder(w.win, func(dir string) {
		n, err := w.writeCopies(dir, ext)
		if err != nil {
			w.fail(err)
		}
		w.say(i18n.TF("Transcripts written to {{.Folder}}: {{.N}}.", map[string]any{"N": n, "Folder": dir}))
	})
}

// writeCopies writes the copies and counts them.
func (w *Window) writeCopies(dir, ext string) (int, error) {
	n := 0
	for _, d := range w.s.Docs() {
		if len(w.docIDs) > 0 && !slices.Contains(w.docIDs, d.ID) {
			continue
		}
		write, err := study.TranscriptFile(w.s.Project(), d.ID, ext)
		if err == nil {
			err = study.WriteFile(filepath.Join(dir, kit.FileName(d.Name)+ext), write)
		}
		if err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}
