-- Schema 6: recordings beside transcripts (#17 of the plan). A document
-- may have a recording: the project keeps where it is, its fingerprint
-- (size and SHA-256, to know it again after a move) and its length, never
-- the audio. A timed transcript keeps its time index, character offsets
-- to seconds, apart from its text. An unfinished transcription is kept as
-- it is typed, so it survives a crash.
CREATE TABLE recordings (
	doc_id      INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
	path        TEXT NOT NULL,
	fingerprint TEXT NOT NULL,
	seconds     REAL NOT NULL
);
CREATE TABLE time_marks (
	doc_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	offset  INTEGER NOT NULL,
	seconds REAL NOT NULL,
	PRIMARY KEY (doc_id, offset)
) WITHOUT ROWID;
CREATE TABLE transcription_drafts (
	id          INTEGER PRIMARY KEY,
	name        TEXT NOT NULL,
	path        TEXT NOT NULL,
	fingerprint TEXT NOT NULL,
	seconds     REAL NOT NULL,
	text        TEXT NOT NULL,
	updated_at  TEXT NOT NULL
);
