package importer

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/ledongthuc/pdf"

	"teema/message"
)

// readPDF extracts the text layer. The library parses the file and decodes
// fonts; Teema interprets the text operators itself (see pageGlyphs) and
// rebuilds lines and paragraphs from glyph positions (see pdflayout.go),
// all under the limits of pdfguard.go.
func readPDF(data []byte) (text string, err error) {
	b := newBudget()
	defer func() {
		if r := recover(); r != nil {
			text, err = "", pdfPanic(r)
		}
	}()
	data = repairPDF(data)
	if err := checkXrefSizes(data); err != nil {
		return "", err
	}
	// Opening reads the cross-reference sections once each, so reading
	// much more than the file means a cycle in their chain. Reading pages
	// re-reads objects many times, so it gets a looser bound.
	size := int64(len(data))
	b.readLimit = 4*size + 1<<20
	r, err := pdf.NewReader(budgetReader{bytes.NewReader(data), b}, size)
	b.readLimit = b.read + 64*size + 1<<30
	if err != nil {
		var a abort
		switch {
		case errors.As(err, &a):
			return "", a.err
		case errors.Is(err, pdf.ErrInvalidPassword):
			return "", errPDFPassword.New(nil)
		case encrypted.Match(data):
			// The library reads only RC4 and AES-128 encryption; AES-256
			// is also used for mere copy protection without a password.
			return "", errPDFEncrypted.Wrap(err, nil)
		}
		return "", notReally(data, err, errNotPDF, "%PDF-")
	}
	pages, err := collectPages(r.Trailer().Key("Root").Key("Pages"), b)
	if err != nil {
		return "", err
	}
	if len(pages) == 0 {
		return "", errNoPages.New(nil)
	}
	var doc [][]line
	for i, p := range pages {
		glyphs, err := pageGlyphs(p, b)
		if err != nil {
			return "", errBadPage.Wrap(err, message.Args{"Page": i + 1})
		}
		doc = append(doc, pageLines(glyphs))
	}
	text = layoutText(doc)
	if strings.TrimSpace(text) == "" {
		return "", errScanned.New(nil)
	}
	return text, nil
}

func pdfPanic(r any) error {
	var a abort
	if err, ok := r.(error); ok && errors.As(err, &a) {
		return a.err
	}
	return errPDFDamaged.Wrap(fmt.Errorf("%v", r), nil)
}

// collectPages lists every page of the page tree, in order, or refuses
// the file: it once stopped quietly at a bound, and a 3,000-page file with
// nested page nodes was imported as its first 2,499 pages. The tree of a
// hostile file can be cyclic, and the library does not say which object a
// value came from, so a cycle is known by the work it makes: more nodes
// than maxPageNodes.
func collectPages(root pdf.Value, b *budget) ([]pdf.Value, error) {
	var pages []pdf.Value
	stack := []pdf.Value{root}
	for len(stack) > 0 {
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if b.nodes++; b.nodes > maxPageNodes {
			return nil, errPageTree.New(nil)
		}
		if v.Kind() != pdf.Dict {
			if v.IsNull() && b.nodes == 1 {
				return nil, nil // no page tree: no pages
			}
			return nil, errBadPage.New(message.Args{"Page": len(pages) + 1})
		}
		kids := v.Key("Kids")
		if v.Key("Type").Name() == "Page" || kids.Kind() != pdf.Array {
			if pages = append(pages, v); len(pages) > maxPDFPages {
				return nil, errManyPages.New(message.Args{"Limit": maxPDFPages})
			}
			continue
		}
		for i := kids.Len() - 1; i >= 0; i-- {
			stack = append(stack, kids.Index(i))
		}
	}
	return pages, nil
}

// resources finds the resources a page inherits, like pdf.Page.Resources
// but without following a cyclic Parent chain forever.
func resources(page pdf.Value) pdf.Value {
	for v, depth := page, 0; v.Kind() == pdf.Dict && depth < 64; v, depth = v.Key("Parent"), depth+1 {
		if r := v.Key("Resources"); r.Kind() == pdf.Dict {
			return r
		}
	}
	return pdf.Value{}
}

// glyph is one character drawn on a page, in PDF points (origin bottom left).
type glyph struct {
	x, y  float64 // baseline start
	w     float64 // advance width
	size  float64 // font size as drawn
	s     string
	space bool // s is white space
}

// pageGlyphs interprets a page's content streams. The library's own
// Page.Content measures glyph widths by byte, which is wrong for the two-byte
// fonts that Word and LibreOffice embed, ignores word spacing and Form
// XObjects, and panics on unbalanced q/Q; so Teema interprets the text
// operators itself and uses the library for parsing and font decoding.
func pageGlyphs(page pdf.Value, b *budget) (glyphs []glyph, err error) {
	defer func() {
		if r := recover(); r != nil {
			if a, ok := r.(abort); ok {
				panic(a)
			}
			glyphs, err = nil, fmt.Errorf("%v", r)
		}
	}()
	contents := page.Key("Contents")
	if k := contents.Kind(); k != pdf.Stream && k != pdf.Array {
		return nil, nil // a blank page
	}
	if !checkStream(contents) {
		return nil, errors.New("a content stream ends inside a string")
	}
	it := &interp{b: b}
	it.run(contents, resources(page), ident, 0)
	return it.glyphs, nil
}

type matrix [6]float64 // a b c d e f, as in the PDF "cm" operator

var ident = matrix{1, 0, 0, 1, 0, 0}

// mul returns m×n: m applied first, then n.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func translate(x, y float64) matrix { return matrix{1, 0, 0, 1, x, y} }

type gstate struct {
	ctm                   matrix
	tc, tw, th, tl, trise float64
	font                  *font
	size                  float64
}

type interp struct {
	b      *budget
	glyphs []glyph
	forms  int // Form XObjects drawn on the page
}

func (it *interp) run(strm, res pdf.Value, ctm matrix, depth int) {
	fonts := map[string]*font{}
	g := gstate{ctm: ctm, th: 1}
	var stack []gstate
	var tm, tlm matrix
	nextLine := func() {
		tlm = translate(0, -g.tl).mul(tlm)
		tm = tlm
	}
	pdf.Interpret(strm, func(stk *pdf.Stack, op string) {
		if it.b.ops++; it.b.ops&0xFF == 0 {
			it.b.check()
		}
		args := make([]pdf.Value, stk.Len())
		for i := len(args) - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		num := func(i int) float64 {
			if i < len(args) {
				return args[i].Float64()
			}
			return 0
		}
		switch op {
		case "q":
			if len(stack) < 1024 {
				stack = append(stack, g)
			}
		case "Q":
			if n := len(stack); n > 0 {
				g, stack = stack[n-1], stack[:n-1]
			}
		case "cm":
			g.ctm = matrix{num(0), num(1), num(2), num(3), num(4), num(5)}.mul(g.ctm)
		case "BT":
			tm, tlm = ident, ident
		case "Td", "TD":
			if op == "TD" {
				g.tl = -num(1)
			}
			tlm = translate(num(0), num(1)).mul(tlm)
			tm = tlm
		case "Tm":
			tlm = matrix{num(0), num(1), num(2), num(3), num(4), num(5)}
			tm = tlm
		case "T*":
			nextLine()
		case "TL":
			g.tl = num(0)
		case "Tc":
			g.tc = num(0)
		case "Tw":
			g.tw = num(0)
		case "Tz":
			g.th = num(0) / 100
		case "Ts":
			g.trise = num(0)
		case "Tf":
			if len(args) == 2 {
				name := args[0].Name()
				if fonts[name] == nil {
					fonts[name] = newFont(res.Key("Font").Key(name))
				}
				g.font, g.size = fonts[name], num(1)
			}
		case "'", "\"":
			if op == "\"" && len(args) == 3 {
				g.tw, g.tc = num(0), num(1)
			}
			nextLine()
			if len(args) > 0 {
				it.show(&g, &tm, args[len(args)-1].RawString())
			}
		case "Tj":
			if len(args) == 1 {
				it.show(&g, &tm, args[0].RawString())
			}
		case "TJ":
			if len(args) != 1 {
				return
			}
			for i, a := 0, args[0]; i < a.Len(); i++ {
				if x := a.Index(i); x.Kind() == pdf.String {
					it.show(&g, &tm, x.RawString())
				} else {
					tm = translate(-x.Float64()/1000*g.size*g.th, 0).mul(tm)
				}
			}
		case "Do":
			if len(args) == 1 {
				it.form(res.Key("XObject").Key(args[0].Name()), res, g.ctm, depth)
			}
		}
	})
}

// form interprets a Form XObject, which some PDF printers wrap page text
// in. A form can draw forms, itself among them: an 891-byte file whose
// form drew itself eight times over took 18 s and 951 MB before it was
// refused. Forms drawn deeper than maxFormDepth, or more often on one page
// than maxFormDraws, refuse the file: skipping them would lose text.
func (it *interp) form(x, res pdf.Value, ctm matrix, depth int) {
	if x.Kind() != pdf.Stream || x.Key("Subtype").Name() != "Form" {
		return
	}
	if it.forms++; it.forms > maxFormDraws || depth >= maxFormDepth {
		panic(abort{errDrawLoops.New(nil)})
	}
	if m := x.Key("Matrix"); m.Len() == 6 {
		ctm = matrix{m.Index(0).Float64(), m.Index(1).Float64(), m.Index(2).Float64(),
			m.Index(3).Float64(), m.Index(4).Float64(), m.Index(5).Float64()}.mul(ctm)
	}
	if r := x.Key("Resources"); r.Kind() == pdf.Dict {
		res = r
	}
	if checkStream(x) {
		it.run(x, res, ctm, depth+1)
	}
}

// upright returns the glyph position in a frame where its text runs left to
// right, so that text on rotated pages still forms lines by y.
func upright(m matrix) (x, y float64) {
	dx, dy := m[0], m[1]
	switch {
	case math.Abs(dx) >= math.Abs(dy) && dx >= 0:
		return m[4], m[5]
	case math.Abs(dx) >= math.Abs(dy):
		return -m[4], -m[5]
	case dy > 0:
		return m[5], -m[4]
	}
	return -m[5], m[4]
}

// show records the glyphs of one string and advances the text matrix.
func (it *interp) show(g *gstate, tm *matrix, raw string) {
	f := g.font
	if f == nil {
		f = newFont(pdf.Value{})
		g.font = f
	}
	step := 1
	if f.twoByte {
		step = 2
	}
	for i := 0; i+step <= len(raw); i += step {
		code := raw[i : i+step]
		s := f.enc.Decode(code)
		w := f.width(code)
		m := matrix{g.size * g.th, 0, 0, g.size, 0, g.trise}.mul(*tm).mul(g.ctm)
		scale := math.Hypot(m[0], m[1]) / math.Max(g.size*g.th, 1e-9)
		size := math.Hypot(m[2], m[3])
		x, y := upright(m)
		adv := w/1000*g.size + g.tc
		if step == 1 && code == " " {
			adv += g.tw
		}
		if s != "" {
			if it.b.glyphs++; it.b.glyphs > maxGlyphs {
				panic(abort{errTooMuchText.New(message.Args{"Limit": maxGlyphs / 1_000_000})})
			}
			if len(it.glyphs) >= maxPageGlyphs {
				panic(abort{errPageText.New(message.Args{"Limit": maxPageGlyphs})})
			}
			it.glyphs = append(it.glyphs, glyph{
				x: x, y: y, size: size, s: s,
				w:     w / 1000 * g.size * g.th * scale,
				space: strings.TrimSpace(s) == "",
			})
		}
		*tm = translate(adv*g.th, 0).mul(*tm)
	}
}
