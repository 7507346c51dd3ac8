-- Schema 4: word tallies (#5). A count of word frequencies read and
-- tokenised every transcript each time; a tally keeps one document's
-- tokens with their counts, per tokenisation (mode), so a later count of
-- whole documents or speakers reads a few kilobytes per document instead
-- (coding/wordfreq/tally.go). Tallies number their tokens in one list of
-- words, word_tally_words, that only grows; word_tally_forms keeps the
-- words' forms (lemmas, stems) by the signature of what made them, so a
-- later count need not ask Voikko or its cache again. The first count that
-- needs a tally makes it; changing a document's text drops its tallies,
-- and so does deleting the document. Turns change only with the text.
CREATE TABLE word_tallies (
	doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	mode   INTEGER NOT NULL,
	data   BLOB NOT NULL,
	PRIMARY KEY (doc_id, mode)
);
CREATE TABLE word_tally_words (
	id   INTEGER PRIMARY KEY CHECK (id = 1),
	data BLOB NOT NULL
);
CREATE TABLE word_tally_forms (
	signature TEXT PRIMARY KEY,
	data      BLOB NOT NULL
);
CREATE TRIGGER word_tallies_text AFTER UPDATE OF text ON documents BEGIN
	DELETE FROM word_tallies WHERE doc_id = old.id;
END;
