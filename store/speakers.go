package store

import "fmt"

// Speakers lists the speakers of the project's turns, each once.
func (p *Project) Speakers() ([]string, error) {
	rows, err := p.db.Query(`SELECT DISTINCT speaker FROM turns`)
	if err != nil {
		return nil, fmt.Errorf("list speakers: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, fmt.Errorf("list speakers: %w", err)
		}
		out = append(out, s)
	}
	return out, rows.Err()
}
