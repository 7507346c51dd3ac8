package importer

import "strings"

// blockWriter assembles the text of a word-processor document from nested
// paragraphs, table rows and table cells, the way the researcher sees it:
// paragraphs separated by a blank line, the cells of a table row joined by
// tabs on one paragraph, paragraphs inside a cell on lines of their own.
type blockWriter struct {
	paras []string
	stack []*block
	n     int // bytes of text written, to stop at MaxTextBytes
}

type blockKind int

const (
	paraBlock blockKind = iota
	rowBlock
	cellBlock
)

type block struct {
	kind  blockKind
	text  strings.Builder // paragraph text
	parts []string        // cells of a row, paragraphs of a cell
	last  rune            // last rune written to text, 0 if none
}

func (w *blockWriter) open(kind blockKind) {
	w.stack = append(w.stack, &block{kind: kind})
}

// close ends the innermost open block and hands its text to the enclosing
// one. A paragraph inside a paragraph (a text box anchored in it) becomes
// lines of the outer paragraph, which keeps it in reading position.
func (w *blockWriter) close() {
	n := len(w.stack)
	if n == 0 {
		return
	}
	b := w.stack[n-1]
	w.stack = w.stack[:n-1]
	var s string
	switch b.kind {
	case paraBlock:
		s = b.text.String()
	case rowBlock:
		s = strings.Join(b.parts, "\t")
	case cellBlock:
		s = strings.Join(b.parts, "\n")
	}
	if n == 1 {
		w.paras = append(w.paras, s)
		return
	}
	parent := w.stack[n-2]
	if parent.kind != paraBlock {
		parent.parts = append(parent.parts, s)
		return
	}
	if s == "" {
		return
	}
	if parent.last != 0 && parent.last != '\n' {
		parent.write("\n")
	}
	parent.write(s)
	parent.write("\n")
}

// para returns the innermost paragraph being written, or nil when text would
// land outside any paragraph (whitespace between table elements, say).
func (w *blockWriter) para() *block {
	if n := len(w.stack); n > 0 && w.stack[n-1].kind == paraBlock {
		return w.stack[n-1]
	}
	return nil
}

func (w *blockWriter) write(s string) {
	if p := w.para(); p != nil {
		p.write(s)
		w.n += len(s)
	}
}

// tooLarge refuses a document once its text passes MaxTextBytes, while it
// is read: a small file can unpack to hundreds of megabytes of text.
func (w *blockWriter) tooLarge() error {
	if w.n > MaxTextBytes {
		return textTooLarge(w.n)
	}
	return nil
}

func (b *block) write(s string) {
	for _, r := range s {
		b.last = r
	}
	b.text.WriteString(s)
}

// String returns the text of the closed blocks. Opens and closes come from
// matching XML start and end tags, so nothing is left open at the end.
func (w *blockWriter) String() string {
	return strings.Join(w.paras, "\n\n")
}
