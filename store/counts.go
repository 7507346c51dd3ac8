package store

import "fmt"

// ExcerptCounts counts each code's own codings (not its sub-codes').
func (p *Project) ExcerptCounts() (map[int64]int, error) {
	rows, err := p.db.Query(`SELECT code_id, count(*) FROM excerpts GROUP BY code_id`)
	if err != nil {
		return nil, fmt.Errorf("count excerpts: %w", err)
	}
	defer rows.Close()
	out := map[int64]int{}
	for rows.Next() {
		var id int64
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			return nil, err
		}
		out[id] = n
	}
	return out, rows.Err()
}
