package docx

// Document is what is written: its blocks in order, on A4 pages.
type Document struct {
	Title  string // the document's title in its properties
	Lang   string // "fi" or "en": the language Word checks the text in
	Blocks []Block
}

// Block is one part of the body.
type Block interface{ isBlock() }

// Heading is a heading of level 1 or 2 (Word's Heading 1, Heading 2).
type Heading struct {
	Level int
	Text  string
}

// Paragraph is body text, in runs.
type Paragraph struct{ Runs []Run }

// Run is a stretch of text in one style.
type Run struct {
	Text         string
	Bold, Italic bool
}

// Bullet is an item of a bulleted list (Word's List Bullet).
type Bullet struct{ Runs []Run }

// Quote is a block quote (Word's Quote style).
type Quote struct{ Runs []Run }

// Caption numbers a table or a figure: "Taulukko 3. Yhteistyö". Label is
// the caption's word ("Taulukko", "Table", "Kuvio", "Figure"), which also
// names its sequence, so tables and figures are numbered apart and Word
// can list each.
type Caption struct {
	Label string
	Text  string
}

// Table is a table with a header row, repeated on every page it spans.
type Table struct {
	Header []Cell
	Rows   [][]Cell
	Widths []int // relative widths of the columns; equal when empty
}

// Cell holds paragraphs and bullets.
type Cell struct{ Blocks []Block }

// Picture is a PNG picture, WidthCM wide (its height follows its shape).
type Picture struct {
	PNG     []byte
	WidthCM float64
}

// Landscape puts the blocks in a section of landscape pages, for a table
// too wide for a portrait page.
type Landscape struct{ Blocks []Block }

func (Heading) isBlock()   {}
func (Paragraph) isBlock() {}
func (Bullet) isBlock()    {}
func (Quote) isBlock()     {}
func (Caption) isBlock()   {}
func (Table) isBlock()     {}
func (Picture) isBlock()   {}
func (Landscape) isBlock() {}

// Text is a paragraph of plain text.
func Text(s string) Paragraph { return Paragraph{Runs: []Run{{Text: s}}} }
