-- Schema 5: chosen quotes (#13). The researcher marks the excerpts to quote
-- in the thesis; the report quotes them under their sub-theme. Undoing the
-- deletion of a coding puts its mark back with it.
ALTER TABLE excerpts ADD COLUMN quote INTEGER NOT NULL DEFAULT 0;
