package store

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"teema/coding"
)

// The documents listing must come from the documents_listing index: read
// from the table, it walks every transcript's overflow pages to reach the
// counts stored after the text, and the app lists the documents after
// every coding (#8).
func TestDocumentsListingUsesIndex(t *testing.T) {
	p := newProject(t)
	// The query of Project.Documents.
	rows, err := p.db.Query(`EXPLAIN QUERY PLAN SELECT d.id, d.name, d.format, d.original_name, d.chars, d.words,
		(SELECT count(*) FROM excerpts e WHERE e.doc_id = d.id)
		FROM documents d ORDER BY d.name COLLATE NOCASE, d.id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	if !strings.Contains(strings.Join(plan, "\n"), "COVERING INDEX documents_listing") {
		t.Fatalf("the documents listing reads the table:\n%s", strings.Join(plan, "\n"))
	}
}

// BenchmarkDocuments lists 100 interviews of 10,000 words.
func BenchmarkDocuments(b *testing.B) {
	p, err := Create(filepath.Join(b.TempDir(), "b.teema"))
	if err != nil {
		b.Fatal(err)
	}
	defer p.Close()
	words := strings.Repeat("asiakaskokemus palvelukeskus yhteistyö ", 3300)
	for i := range 100 {
		text := fmt.Sprintf("Haastattelija: Kerro.\n\nH%d: %s", i, words)
		if _, err := p.AddDocument(coding.NewDocument(fmt.Sprintf("Asiakas %d", i), text, "txt", "a.txt", time.Now())); err != nil {
			b.Fatal(err)
		}
	}
	for b.Loop() {
		if docs, err := p.Documents(); err != nil || len(docs) != 100 {
			b.Fatal(len(docs), err)
		}
	}
}
