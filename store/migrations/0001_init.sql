-- Schema 1: documents, their attributes and speaker turns, the code book,
-- excerpts (codings), memos, and a full-text index of document text.
CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);

CREATE TABLE documents (
	id            INTEGER PRIMARY KEY,
	name          TEXT NOT NULL UNIQUE,
	text          TEXT NOT NULL,
	format        TEXT NOT NULL,
	original_name TEXT NOT NULL,
	hash          TEXT NOT NULL,
	imported_at   TEXT NOT NULL,
	chars         INTEGER NOT NULL,
	words         INTEGER NOT NULL
);
CREATE INDEX documents_hash ON documents(hash);

CREATE TABLE attributes (
	doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	key    TEXT NOT NULL,
	value  TEXT NOT NULL,
	PRIMARY KEY (doc_id, key)
);

CREATE TABLE turns (
	doc_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	seq     INTEGER NOT NULL,
	speaker TEXT NOT NULL,
	start   INTEGER NOT NULL,
	end     INTEGER NOT NULL,
	PRIMARY KEY (doc_id, seq)
);

CREATE TABLE codes (
	id          INTEGER PRIMARY KEY,
	parent_id   INTEGER REFERENCES codes(id) ON DELETE CASCADE,
	name        TEXT NOT NULL,
	color       TEXT NOT NULL,
	description TEXT NOT NULL DEFAULT '',
	position    INTEGER NOT NULL DEFAULT 0
);
-- Names are unique among siblings only (Calpro reuses sub-theme names).
CREATE UNIQUE INDEX codes_sibling_name ON codes(ifnull(parent_id, 0), name);

CREATE TABLE excerpts (
	id         INTEGER PRIMARY KEY,
	doc_id     INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	code_id    INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
	start      INTEGER NOT NULL,
	end        INTEGER NOT NULL,
	text       TEXT NOT NULL,
	coder      TEXT NOT NULL,
	memo       TEXT NOT NULL DEFAULT '',
	created_at TEXT NOT NULL,
	CHECK (start >= 0 AND end > start)
);
CREATE INDEX excerpts_doc ON excerpts(doc_id, start);
CREATE INDEX excerpts_code ON excerpts(code_id);

CREATE TABLE memos (
	kind       TEXT NOT NULL CHECK (kind IN ('project', 'document', 'code')),
	target_id  INTEGER NOT NULL,
	text       TEXT NOT NULL,
	updated_at TEXT NOT NULL,
	PRIMARY KEY (kind, target_id)
);
CREATE TRIGGER documents_memo_cleanup AFTER DELETE ON documents BEGIN
	DELETE FROM memos WHERE kind = 'document' AND target_id = old.id;
END;
CREATE TRIGGER codes_memo_cleanup AFTER DELETE ON codes BEGIN
	DELETE FROM memos WHERE kind = 'code' AND target_id = old.id;
END;

CREATE VIRTUAL TABLE documents_fts USING fts5(
	text, content = 'documents', content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
	INSERT INTO documents_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
	INSERT INTO documents_fts(documents_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF text ON documents BEGIN
	INSERT INTO documents_fts(documents_fts, rowid, text) VALUES ('delete', old.id, old.text);
	INSERT INTO documents_fts(rowid, text) VALUES (new.id, new.text);
END;
