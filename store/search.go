package store

import (
	"fmt"
	"strings"
	"unicode"
)

// Hit is one occurrence of a searched phrase in a document.
type Hit struct {
	DocID   int64
	DocName string
	Start   int // code points
	End     int
	Before  string // context before the match
	Match   string
	After   string
}

// contextRunes is how much text is shown on each side of a hit.
const contextRunes = 40

// Search finds a phrase in every document, case-insensitively. The full-text
// index narrows the documents; the exact places are then found in the text,
// so hits carry offsets that the transcript view can jump to.
func (p *Project) Search(phrase string, limit int) ([]Hit, error) {
	phrase = strings.TrimSpace(phrase)
	if phrase == "" {
		return nil, nil
	}
	rows, err := p.db.Query(`SELECT d.id, d.name, d.text FROM documents_fts f JOIN documents d ON d.id = f.rowid
		WHERE documents_fts MATCH ? ORDER BY d.name`, ftsPhrase(phrase))
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", phrase, err)
	}
	defer rows.Close()
	var hits []Hit
	for rows.Next() && (limit <= 0 || len(hits) < limit) {
		var id int64
		var name, text string
		if err := rows.Scan(&id, &name, &text); err != nil {
			return nil, err
		}
		for _, h := range FindInText(text, phrase) {
			h.DocID, h.DocName = id, name
			hits = append(hits, h)
			if limit > 0 && len(hits) >= limit {
				break
			}
		}
	}
	return hits, rows.Err()
}

// ftsPhrase quotes the user's words as FTS5 strings, so no character they
// type can be read as query syntax.
func ftsPhrase(phrase string) string {
	var terms []string
	for _, w := range strings.FieldsFunc(phrase, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		terms = append(terms, `"`+strings.ReplaceAll(w, `"`, `""`)+`"`)
	}
	if len(terms) == 0 {
		return `""`
	}
	return strings.Join(terms, " AND ")
}

// FindInText returns every case-insensitive occurrence of phrase in text
// with its code-point range and context.
func FindInText(text, phrase string) []Hit {
	hay := []rune(text)
	needle := []rune(phrase)
	fold := func(r rune) rune { return unicode.ToLower(r) }
	var hits []Hit
	for i := 0; i+len(needle) <= len(hay); i++ {
		ok := true
		for j, r := range needle {
			if fold(hay[i+j]) != fold(r) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		end := i + len(needle)
		hits = append(hits, Hit{
			Start:  i,
			End:    end,
			Before: string(hay[max(0, i-contextRunes):i]),
			Match:  string(hay[i:end]),
			After:  string(hay[end:min(len(hay), end+contextRunes)]),
		})
		i = end - 1
	}
	return hits
}
