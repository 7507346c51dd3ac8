package docx

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

// writer builds word/document.xml and gathers the pictures it embeds.
type writer struct {
	b        bytes.Buffer
	pictures []picture
	seq      map[string]int // caption numbers so far, by label
}

type picture struct {
	png           []byte
	id            string // its relationship id
	width, height int64  // in EMU
}

func (w *writer) s(s string) { w.b.WriteString(s) }

// A4 in twentieths of a point, and margins of 2.5 cm and 2 cm.
const (
	a4Short   = 11906
	a4Long    = 16838
	marginTB  = 1417
	marginLR  = 1134
	emuPerCM  = 360000
	twipPerCM = 567
)

func (w *writer) body(blocks []Block) {
	for _, b := range blocks {
		w.block(b)
	}
	w.s(sectPr(false))
}

func (w *writer) block(b Block) {
	switch b := b.(type) {
	case Heading:
		w.paragraph(fmt.Sprintf("Heading%d", min(max(b.Level, 1), 2)), []Run{{Text: b.Text}})
	case Paragraph:
		w.paragraph("", b.Runs)
	case Bullet:
		w.paragraph("ListBullet", b.Runs)
	case Quote:
		w.paragraph("Quote", b.Runs)
	case Caption:
		w.caption(b)
	case Table:
		w.table(b)
	case Picture:
		w.picture(b)
	case Landscape:
		w.landscape(b)
	}
}

// paragraph writes a paragraph in a style ("" is Normal). Word needs a
// paragraph even where there is no text.
func (w *writer) paragraph(style string, runs []Run) {
	w.s("<w:p>")
	if style != "" {
		w.s(`<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`)
	}
	w.writeRuns(runs)
	w.s("</w:p>")
}

// caption numbers a table or figure with a SEQ field, as Word's own
// Insert Caption does, so its lists of tables and figures find it; the
// number written is the field's value until Word updates it.
func (w *writer) caption(c Caption) {
	label := seqName(c.Label)
	w.seq[label]++
	w.s(`<w:p><w:pPr><w:pStyle w:val="Caption"/><w:keepNext/></w:pPr>`)
	w.writeRuns([]Run{{Text: c.Label + " "}})
	w.s(fmt.Sprintf(`<w:fldSimple w:instr=" SEQ %s \* ARABIC "><w:r><w:t>%d</w:t></w:r></w:fldSimple>`, label, w.seq[label]))
	w.writeRuns([]Run{{Text: ". " + c.Text}})
	w.s("</w:p>")
}

// seqName is a caption label as a field's sequence name: letters only.
func seqName(label string) string {
	name := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return r
		}
		return -1
	}, label)
	if name == "" {
		return "Table"
	}
	return name
}

// landscape writes blocks on landscape pages: Word ends a section with
// the last paragraph before it, which carries the section's page setup.
func (w *writer) landscape(l Landscape) {
	w.s("<w:p><w:pPr>" + sectPr(false) + "</w:pPr></w:p>")
	for _, b := range l.Blocks {
		w.block(b)
	}
	w.s("<w:p><w:pPr>" + sectPr(true) + "</w:pPr></w:p>")
}

// sectPr is a section's page setup: A4, portrait or landscape.
func sectPr(landscape bool) string {
	if landscape {
		return fmt.Sprintf(`<w:sectPr><w:pgSz w:w="%d" w:h="%d" w:orient="landscape"/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>`,
			a4Long, a4Short, marginLR, marginTB, marginLR, marginTB)
	}
	return fmt.Sprintf(`<w:sectPr><w:pgSz w:w="%d" w:h="%d"/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>`,
		a4Short, a4Long, marginTB, marginLR, marginTB, marginLR)
}
