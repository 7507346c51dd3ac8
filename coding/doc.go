// Package coding is Teema's domain: documents, the code book, codings
// (excerpts) and memos, and the rules that hold between them. It knows
// nothing of SQL, files or the GUI.
package coding
