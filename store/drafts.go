package store

import (
	"database/sql"
	"fmt"

	"teema/coding"
	"teema/store/importer"
)

// Draft is a transcription in progress: the text typed so far beside the
// recording it transcribes. It is saved as it is typed, apart from the
// undo history, so a crash loses at most the last moment of typing.
type Draft struct {
	ID        int64
	Name      string // the document it will become
	Recording coding.Recording
	Text      string
	UpdatedAt string
}

// NewDraft starts a transcription of a recording.
func (p *Project) NewDraft(name string, rec coding.Recording) (Draft, error) {
	d := Draft{Name: name, Recording: rec, UpdatedAt: timeText(p.now())}
	err := p.tx(func(tx *sql.Tx) error {
		res, err := tx.Exec(`INSERT INTO transcription_drafts(name, path, fingerprint, seconds, text, updated_at)
			VALUES (?, ?, ?, ?, '', ?)`, name, rec.Path, rec.Print, rec.Seconds, d.UpdatedAt)
		if err != nil {
			return err
		}
		d.ID, err = res.LastInsertId()
		return err
	})
	if err != nil {
		return Draft{}, fmt.Errorf("start a transcription: %w", err)
	}
	return d, nil
}

// SaveDraft keeps a draft's text as typed so far.
func (p *Project) SaveDraft(id int64, text string) error {
	err := p.tx(func(tx *sql.Tx) error {
		_, err := tx.Exec(`UPDATE transcription_drafts SET text = ?, updated_at = ? WHERE id = ?`, text, timeText(p.now()), id)
		return err
	})
	if err != nil {
		return fmt.Errorf("save transcription %d: %w", id, err)
	}
	return nil
}

// Drafts lists the unfinished transcriptions, the latest first.
func (p *Project) Drafts() ([]Draft, error) {
	rows, err := p.db.Query(`SELECT id, name, path, fingerprint, seconds, text, updated_at
		FROM transcription_drafts ORDER BY updated_at DESC, id DESC`)
	if err != nil {
		return nil, fmt.Errorf("list transcriptions: %w", err)
	}
	defer rows.Close()
	var out []Draft
	for rows.Next() {
		var d Draft
		if err := rows.Scan(&d.ID, &d.Name, &d.Recording.Path, &d.Recording.Print, &d.Recording.Seconds, &d.Text, &d.UpdatedAt); err != nil {
			return nil, fmt.Errorf("list transcriptions: %w", err)
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// FinishDraft adds the finished transcription, read as the file named
// file would be, as a document with its time index and its recording,
// and drops the draft, in one transaction: the typing is never lost
// between the two.
func (p *Project) FinishDraft(id int64, file string, res importer.Result, rec coding.Recording) (coding.Document, error) {
	d := p.newImported(file, res, nil)
	err := p.tx(func(tx *sql.Tx) error {
		var err error
		if d, err = addImported(tx, d); err != nil {
			return err
		}
		if err := writeRecording(tx, d.ID, &rec); err != nil {
			return err
		}
		_, err = tx.Exec(`DELETE FROM transcription_drafts WHERE id = ?`, id)
		return err
	})
	if err != nil {
		return coding.Document{}, fmt.Errorf("finish transcription %d: %w", id, err)
	}
	return d, nil
}

// DeleteDraft throws a transcription away.
func (p *Project) DeleteDraft(id int64) error {
	err := p.tx(func(tx *sql.Tx) error {
		_, err := tx.Exec(`DELETE FROM transcription_drafts WHERE id = ?`, id)
		return err
	})
	if err != nil {
		return fmt.Errorf("delete transcription %d: %w", id, err)
	}
	return nil
}
