package store

import "fmt"

// DocumentHashes returns each document's content hash, so a search index
// can tell which texts changed since it read them.
func (p *Project) DocumentHashes() (map[int64]string, error) {
	rows, err := p.db.Query(`SELECT id, hash FROM documents`)
	if err != nil {
		return nil, fmt.Errorf("read document hashes: %w", err)
	}
	defer rows.Close()
	out := map[int64]string{}
	for rows.Next() {
		var id int64
		var hash string
		if err := rows.Scan(&id, &hash); err != nil {
			return nil, fmt.Errorf("read document hashes: %w", err)
		}
		out[id] = hash
	}
	return out, rows.Err()
}
