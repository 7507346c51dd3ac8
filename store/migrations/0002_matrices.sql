-- Schema 2: the researcher's matrix cell summaries and the findings table.
CREATE TABLE summaries (
	code_id    INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
	rows_by    TEXT NOT NULL,
	row_key    TEXT NOT NULL,
	text       TEXT NOT NULL,
	updated_at TEXT NOT NULL,
	PRIMARY KEY (code_id, rows_by, row_key)
);

CREATE TABLE findings (
	id       INTEGER PRIMARY KEY,
	position INTEGER NOT NULL,
	finding  TEXT NOT NULL,
	proposal TEXT NOT NULL
);
