// Package merge brings another coder's work into a project: their
// documents, codes, codings, memos and attributes, matched to ours so
// that nothing is doubled and nothing of ours is overwritten.
//
// The other project arrives as a Source held in memory, so it can come
// from a .teema file (ReadTeema) or, later, from any exchange format.
//
// Matching rules:
//   - documents by content (the hash of their normalised text); a
//     document with one of our names but another text is added under a
//     new name and reported;
//   - codes by path, ignoring case; a missing code is created with its
//     colour and description; a differing colour or description is
//     reported and ours kept;
//   - codings keep their coder; an exact duplicate (same document, code,
//     range and coder) is skipped;
//   - memos and attributes: ours are kept; theirs fill what we lack, and
//     a memo that differs from ours is appended to it under their name.
//
// Merging the same source twice adds nothing the second time.
//
// A merge is one transaction: a failed merge, or a crash mid-merge,
// changes nothing. Everything the merge reads of our project is read
// before the transaction begins.
package merge
