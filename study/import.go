package study

import (
	"errors"

	"teema/message"
	"teema/store"
)

// Imported is what importing a batch of transcripts did, file by file and
// in sum. A file whose text is already in the project added nothing: it
// is a duplicate, neither added nor failed.
type Imported struct {
	Results                   []store.ImportResult // one per file, in order
	Added, Duplicates, Failed int
}

// ImportFiles imports transcripts, each file on its own: one that fails
// stops or undoes no other. attrs are given to every document added;
// progress, if not nil, is called after each file.
func ImportFiles(p *store.Project, paths []string, attrs map[string]string, progress func(done int, r store.ImportResult)) Imported {
	im := Imported{Results: p.ImportFiles(paths, attrs, progress)}
	for _, r := range im.Results {
		switch {
		case r.Err == nil:
			im.Added++
		case errors.Is(r.Err, store.ErrDuplicate):
			im.Duplicates++
		default:
			im.Failed++
		}
	}
	return im
}

// Summary says in a line what the import did.
func (im Imported) Summary() message.Note {
	return noteImported.Say(message.Args{"Added": im.Added, "Files": len(im.Results), "Duplicates": im.Duplicates, "Failed": im.Failed})
}
