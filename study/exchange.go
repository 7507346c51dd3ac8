package study

import (
	"errors"
	"os"

	"teema/store"
	"teema/store/qdpx"
)

// Exchange is a kind of REFI-QDA file, the format NVivo, ATLAS.ti,
// MAXQDA and others read and write.
type Exchange int

// The REFI-QDA files.
const (
	QDPX Exchange = iota // a whole project (.qdpx): documents, codes, codings, memos
	QDC                  // a code book (.qdc)
)

// ImportExchange adds a REFI-QDA file to p in one transaction: nothing of
// it when it fails. What was already in the project is not added again.
func ImportExchange(p *store.Project, path string, x Exchange) (qdpx.Report, error) {
	if x == QDC {
		return qdpx.ImportCodeBookFile(p, path)
	}
	return qdpx.ImportFile(p, path)
}

// ImportExchangeInto imports a REFI-QDA file into the project file at
// project, creating the project when there is none; a project it created
// is removed again when the import fails, so a bad file leaves nothing
// behind.
func ImportExchangeInto(project, path string, x Exchange) (qdpx.Report, error) {
	p, err := store.Create(project)
	created := err == nil
	if errors.Is(err, store.ErrExists) {
		p, err = store.Open(project)
	}
	if err != nil {
		return qdpx.Report{}, err
	}
	rep, err := ImportExchange(p, path, x)
	closeErr := p.Close()
	if err != nil {
		if created {
			os.Remove(project)
		}
		return rep, err
	}
	return rep, closeErr
}

// ExportExchange writes p as a REFI-QDA file. The file is written whole
// or not at all.
func ExportExchange(p *store.Project, path string, x Exchange) error {
	if x == QDC {
		return qdpx.ExportCodeBookFile(p, path)
	}
	return qdpx.ExportFile(p, path)
}
