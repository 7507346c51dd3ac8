package store

import (
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"teema/coding"
	"teema/coding/wordfreq"
)

// Projects made by every earlier Teema must keep opening. testdata/schema
// holds one project per schema version, made by running the migrations up
// to that version; a new migration needs only a new fixture:
//
//	go test ./store -run TestSchemaFixtures -update-schema-fixtures
var updateSchemaFixtures = flag.Bool("update-schema-fixtures", false, "rewrite testdata/schema/v*.teema")

const schemaFixtures = "../testdata/schema"

const fixtureText = "Haastattelija: Miten asiakkuus alkoi?\n\nH7: Asiakkuus alkoi messuilta."

// fixtureContent is fictional content in the tables of schema 1; later
// schemas add their own rows below.
var fixtureContent = []string{
	`INSERT INTO meta(key, value) VALUES ('created_at', '2026-01-05T09:00:00Z'), ('name', 'Vanha tutkimus')`,
	`INSERT INTO documents(id, name, text, format, original_name, hash, imported_at, chars, words)
		VALUES (1, 'Asiakas 7', '` + fixtureText + `', 'txt', 'Asiakas 7.txt', 'h7', '2026-01-05T09:00:00Z', 67, 9)`,
	`INSERT INTO attributes(doc_id, key, value) VALUES (1, 'ryhmä', 'Kunnat')`,
	`INSERT INTO turns(doc_id, seq, speaker, start, end) VALUES (1, 0, 'Haastattelija', 0, 37), (1, 1, 'H7', 39, 67)`,
	`INSERT INTO codes(id, parent_id, name, color, description, position) VALUES
		(1, NULL, 'Asiakkuus', '#1f77b4', 'Miten asiakkuus syntyy', 0),
		(2, 1, 'Alku', '#ff7f0e', '', 0)`,
	`INSERT INTO excerpts(doc_id, code_id, start, end, text, coder, memo, created_at)
		VALUES (1, 2, 43, 66, 'Asiakkuus alkoi messuil', 'Tutkija', 'Tärkeä kohta', '2026-01-05T09:10:00Z')`,
	`INSERT INTO memos(kind, target_id, text, updated_at) VALUES
		('project', 0, 'Projektin muistio', '2026-01-05T09:20:00Z'),
		('document', 1, 'Haastattelu messuilla', '2026-01-05T09:20:00Z'),
		('code', 1, 'Teeman muistio', '2026-01-05T09:20:00Z')`,
}

// fixtureAdded are rows for tables a schema version added.
var fixtureAdded = map[int][]string{
	2: {
		`INSERT INTO summaries(code_id, rows_by, row_key, text, updated_at) VALUES (2, 'ryhmä', 'Kunnat', '- Messut', '2026-01-05T09:30:00Z')`,
		`INSERT INTO findings(id, position, finding, proposal) VALUES (1, 0, 'Messut toimivat', 'Lisää messuja')`,
	},
	// A tally of no version Teema knows: counting must read the text.
	4: {`INSERT INTO word_tallies(doc_id, mode, data) VALUES (1, 0, x'00')`},
	5: {`UPDATE excerpts SET quote = 1`},
	6: {
		`INSERT INTO recordings(doc_id, path, fingerprint, seconds) VALUES (1, '/äänitteet/asiakas7.mp3', '1234:abcd', 61.5)`,
		`INSERT INTO time_marks(doc_id, offset, seconds) VALUES (1, 0, 0.5), (1, 39, 4.25)`,
		`INSERT INTO transcription_drafts(name, path, fingerprint, seconds, text, updated_at)
			VALUES ('Asiakas 8', '/äänitteet/asiakas8.mp3', '99:ef', 30, 'H8: Kesken', '2026-01-05T09:40:00Z')`,
	},
}

func TestSchemaFixtures(t *testing.T) {
	if *updateSchemaFixtures {
		for v := 1; v <= SchemaVersion(); v++ {
			writeSchemaFixture(t, v)
		}
	}
	for v := 1; v <= SchemaVersion(); v++ {
		t.Run(fmt.Sprintf("v%d", v), func(t *testing.T) {
			path := filepath.Join(schemaFixtures, fmt.Sprintf("v%d%s", v, Extension))
			if _, err := os.Stat(path); err != nil {
				t.Fatalf("no fixture for schema %d: run go test ./store -run TestSchemaFixtures -update-schema-fixtures (%v)", v, err)
			}
			checkSchemaFixture(t, path, v)
		})
	}
}

// writeSchemaFixture builds the project of schema v as that Teema wrote it.
func writeSchemaFixture(t *testing.T, v int) {
	path := filepath.Join(schemaFixtures, fmt.Sprintf("v%d%s", v, Extension))
	os.Remove(path)
	db, err := sql.Open("sqlite", path+"?_pragma=foreign_keys(1)&_pragma=journal_mode(DELETE)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	stmts := []string{fmt.Sprintf("PRAGMA application_id = %d", applicationID)}
	stmts = append(stmts, migrations()[:v]...)
	stmts = append(stmts, fmt.Sprintf("PRAGMA user_version = %d", v))
	stmts = append(stmts, fixtureContent...)
	for w := 2; w <= v; w++ {
		stmts = append(stmts, fixtureAdded[w]...)
	}
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("schema %d: %s: %v", v, s, err)
		}
	}
	if _, err := db.Exec("VACUUM"); err != nil {
		t.Fatal(err)
	}
}

// checkSchemaFixture opens a copy (opening upgrades the file) and checks
// that everything in it reads back through this Teema.
func checkSchemaFixture(t *testing.T, fixture string, v int) {
	raw, err := os.ReadFile(fixture)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "vanha.teema")
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	var got int
	if err := p.db.QueryRow("PRAGMA user_version").Scan(&got); err != nil || got != SchemaVersion() {
		t.Fatalf("schema %d after opening, want %d (%v)", got, SchemaVersion(), err)
	}
	if err := p.IntegrityCheck(); err != nil {
		t.Fatal(err)
	}
	c, err := p.Corpus()
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Docs) != 1 || c.Docs[0].Name != "Asiakas 7" || c.Docs[0].Attributes["ryhmä"] != "Kunnat" || len(c.Turns[1]) != 2 {
		t.Fatalf("documents: %+v", c.Docs)
	}
	if d, err := p.Document(1); err != nil || d.Text != fixtureText {
		t.Fatalf("text: %q %v", d.Text, err)
	}
	code, ok := c.Book.Lookup("Asiakkuus/Alku")
	if !ok || c.Book.Len() != 2 {
		t.Fatalf("code book has %d codes, Asiakkuus/Alku %v", c.Book.Len(), ok)
	}
	if len(c.Excerpts) != 1 || c.Excerpts[0].CodeID != code.ID || c.Excerpts[0].Memo != "Tärkeä kohta" {
		t.Fatalf("codings: %+v", c.Excerpts)
	}
	memos, err := p.Memos()
	if err != nil || memos[coding.MemoTarget{Kind: coding.ProjectMemo}] != "Projektin muistio" ||
		memos[coding.MemoTarget{Kind: coding.DocumentMemo, ID: 1}] != "Haastattelu messuilla" || len(memos) != 3 {
		t.Fatalf("memos: %v %v", memos, err)
	}
	checkAddedContent(t, p, v)
	checkWordCount(t, p, c)
	// The upgraded project takes new writes.
	if _, err := p.AddCode(0, "Uusi teema", "", ""); err != nil {
		t.Fatal(err)
	}
}

// checkAddedContent checks the rows of tables added after schema 1: kept
// when the fixture had them, empty and writable when it did not.
func checkAddedContent(t *testing.T, p *Project, v int) {
	sums, err := p.Summaries()
	if err != nil {
		t.Fatal(err)
	}
	fs, err := p.Findings()
	if err != nil {
		t.Fatal(err)
	}
	wantSums, wantFindings := 0, 0
	if v >= 2 {
		wantSums, wantFindings = 1, 1
	}
	if len(sums) != wantSums || len(fs) != wantFindings {
		t.Fatalf("schema %d fixture: %d summaries, %d findings", v, len(sums), len(fs))
	}
	if v >= 2 && (fs[0].Finding != "Messut toimivat" || fs[0].Proposal != "Lisää messuja") {
		t.Fatalf("findings: %+v", fs)
	}
	es, err := p.Excerpts(coding.ExcerptFilter{})
	if err != nil || len(es) != 1 || es[0].Quote != (v >= 5) {
		t.Fatalf("schema %d fixture: the coding's quote mark %+v (%v)", v, es, err)
	}
	checkRecordings(t, p, v)
}

// checkRecordings reads schema 6's recording, time index and draft.
func checkRecordings(t *testing.T, p *Project, v int) {
	rec, err1 := p.Recording(1)
	ix, err2 := p.TimeIndex(1)
	drafts, err3 := p.Drafts()
	if err := errors.Join(err1, err2, err3); err != nil {
		t.Fatal(err)
	}
	if v < 6 {
		if rec != nil || len(ix) != 0 || len(drafts) != 0 {
			t.Fatalf("schema %d fixture: %+v %v %v", v, rec, ix, drafts)
		}
		return
	}
	if rec == nil || rec.Path != "/äänitteet/asiakas7.mp3" || rec.Seconds != 61.5 ||
		len(ix) != 2 || ix[1] != (coding.TimeMark{Offset: 39, Seconds: 4.25}) ||
		len(drafts) != 1 || drafts[0].Text != "H8: Kesken" {
		t.Fatalf("schema %d fixture: %+v %v %+v", v, rec, ix, drafts)
	}
}

// checkWordCount counts words where no usable tally is kept (schema 4's
// fixture holds a broken one) and keeps one for the next count.
func checkWordCount(t *testing.T, p *Project, c coding.Corpus) {
	for range 2 {
		res, keep, err := p.CountWords(wordfreq.Scope{}.Select(c), wordfreq.Options{})
		if err == nil {
			err = keep()
		}
		if err != nil || res.Docs != 1 || len(res.Words) != 4 || res.Words[1].Word != "asiakkuus" || res.Words[1].Count != 2 || res.Counted != 6 {
			t.Fatalf("word count: %+v %v", res, err)
		}
	}
	if ts, _, err := p.WordTallies(0); err != nil || len(ts[1]) < 10 {
		t.Fatalf("tally kept: %q %v", ts[1], err)
	}
}
