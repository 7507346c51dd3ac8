-- Schema 3: the documents listing from an index. Each row of documents
-- holds a transcript's whole text, and its counts (chars, words) come after
-- it, so listing the documents read every transcript's overflow pages: on
-- 100 interviews 10 ms each time the app reloads, i.e. after every coding
-- (#8). This index covers the listing (Project.Documents) in name order.
CREATE INDEX documents_listing ON documents(name COLLATE NOCASE, id, format, original_name, chars, words);
