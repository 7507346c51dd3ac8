package search

import (
	"unicode/utf8"

	"teema/coding"
	"teema/coding/units"
	"teema/coding/wordfreq"
)

// Index holds what searching a project's transcripts needs, built once
// and kept while the project is open: the words of the texts, numbered
// as the project's word tallies number them, and for each text read the
// place of every token. A document's tally says which words it has, so a
// search reads only the texts that may hold its words; the others are
// read when a later search needs them (Load).
//
// An Index is not safe for concurrent use.
type Index struct {
	v     *vocab
	docs  map[int64]*Doc
	known map[int64]known // documents not yet read, by their tallies
}

// known is what a document's tally says of it.
type known struct {
	words []int32
	lang  wordfreq.Lang
}

// Doc is a document as the index knows it: its text cut into units and
// its tokens in text order.
type Doc struct {
	ID     int64
	Text   string
	Hash   string // the text's content hash: a document whose hash changes is read again
	Lang   wordfreq.Lang
	Turns  []coding.Turn
	Units  *units.Text
	tokens []token
}

// token is a token's word and place: code points for offsets, bytes for
// cutting out its context.
type token struct {
	id                 int32
	start, end         int32 // code points
	startByte, endByte int32
}

// NewIndex starts an index whose words are numbered as words, a project's
// list of tally words (wordfreq.TallyWords), so a tally's numbers are the
// index's.
func NewIndex(words []string) *Index {
	return &Index{v: newVocab(words), docs: map[int64]*Doc{}, known: map[int64]known{}}
}

// KeepForms gives the forms of the tally words kept under the forms named
// name for lang: kept(i) is word i's form, "" when none is kept.
func (ix *Index) KeepForms(name string, lang wordfreq.Lang, kept func(i int) string) {
	ix.v.kept[formsKey{name, lang}] = kept
}

// Knows records the words a document's tally holds, by number, and the
// language it was counted in; a search then reads its text only when it
// may hold the words searched for.
func (ix *Index) Knows(docID int64, words []int32, lang wordfreq.Lang) {
	if _, read := ix.docs[docID]; !read {
		ix.known[docID] = known{words, lang}
	}
}

// Doc is a document read into the index, if it is.
func (ix *Index) Doc(id int64) (*Doc, bool) {
	d, ok := ix.docs[id]
	return d, ok
}

// Forget drops a document whose text changed or that was deleted.
func (ix *Index) Forget(id int64) {
	delete(ix.docs, id)
	delete(ix.known, id)
}

// Add reads a document (with its text and turns) into the index, in lang
// (Auto: detected from its text).
func (ix *Index) Add(doc coding.Document, lang wordfreq.Lang) *Doc {
	return ix.commit(cut(doc, lang))
}

// cutDoc is a document cut into units and tokens, its tokens numbered by
// a list of its own words: what cut makes, in parallel for several
// documents, before commit numbers them in the index.
type cutDoc struct {
	doc   *Doc
	words []string
}

// cut tokenises a document, leaving out the speakers' labels.
func cut(doc coding.Document, lang wordfreq.Lang) cutDoc {
	if lang == wordfreq.Auto {
		lang = wordfreq.DetectLang(doc.Text)
	}
	d := &Doc{ID: doc.ID, Text: doc.Text, Hash: doc.Hash, Lang: lang, Turns: doc.Turns, Units: units.Of(doc.Text, doc.Turns)}
	c := cutDoc{doc: d}
	local := map[string]int32{}
	cp, at := 0, 0 // code points up to byte at
	wordfreq.ScanTokens(doc.Text, false, func(tok []byte, start, end int) {
		cp += utf8.RuneCountInString(doc.Text[at:start])
		s := cp
		cp += utf8.RuneCount(tok) // a token's runes are its text's, case-folded
		at = end
		if d.Units.InLabel(s) {
			return // a speaker's label is no word of theirs
		}
		id, ok := local[string(tok)]
		if !ok {
			id = int32(len(c.words))
			c.words = append(c.words, string(tok))
			local[c.words[id]] = id
		}
		d.tokens = append(d.tokens, token{id: id, start: int32(s), end: int32(cp), startByte: int32(start), endByte: int32(end)})
	})
	return c
}

// commit numbers a cut document's tokens in the index and keeps it.
func (ix *Index) commit(c cutDoc) *Doc {
	ids := make([]int32, len(c.words))
	for i, w := range c.words {
		ids[i] = ix.v.id(w)
	}
	for i := range c.doc.tokens {
		c.doc.tokens[i].id = ids[c.doc.tokens[i].id]
	}
	ix.docs[c.doc.ID] = c.doc
	delete(ix.known, c.doc.ID)
	return c.doc
}
