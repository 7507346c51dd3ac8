package importer

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/ledongthuc/pdf"
)

// Limits on the work one PDF may cause. The PDF library has no cancellation
// and can loop on broken object graphs, so every byte it reads and every
// content-stream operator it hands back checks the budget, and aborts with a
// panic that readPDF recovers.
const (
	pdfTimeLimit = 20 * time.Second
	maxPDFPages  = 5000
	maxGlyphs    = 5_000_000
	maxFormDepth = 8
)

// abort is the panic value of a budget overrun. It claims to be a
// runtime.Error so that the library's own recover handlers, which swallow
// parse errors but re-panic runtime errors, let it through.
type abort struct{ err error }

func (a abort) Error() string { return a.err.Error() }
func (a abort) RuntimeError() {}
func (a abort) Unwrap() error { return a.err }

type budget struct {
	deadline time.Time
	glyphs   int
	ops      int
	err      error
}

func newBudget() *budget {
	return &budget{
		deadline: time.Now().Add(pdfTimeLimit),
		err:      fail(ErrCorrupt, nil, "could not be read: it took too long to process, which happens with damaged PDFs; try printing it to a new PDF"),
	}
}

func (b *budget) check() {
	if time.Now().After(b.deadline) {
		panic(abort{b.err})
	}
}

// budgetReader is the io.ReaderAt the library reads the file through.
type budgetReader struct {
	r *bytes.Reader
	b *budget
}

func (br budgetReader) ReadAt(p []byte, off int64) (int, error) {
	br.b.check()
	return br.r.ReadAt(p, off)
}

func readPDF(data []byte) (text string, err error) {
	b := newBudget()
	defer func() {
		if r := recover(); r != nil {
			text, err = "", pdfPanic(r)
		}
	}()
	data = repairPDF(data)
	r, err := pdf.NewReader(budgetReader{bytes.NewReader(data), b}, int64(len(data)))
	if err != nil {
		var a abort
		switch {
		case errors.As(err, &a):
			return "", a.err
		case errors.Is(err, pdf.ErrInvalidPassword):
			return "", fail(ErrEncrypted, nil, "is protected with a password; save a copy without the password (for example by printing it to a new PDF) and import that")
		}
		return "", fail(ErrCorrupt, err, "not a readable PDF: the file is damaged or is not really a PDF")
	}
	pages := collectPages(r.Trailer().Key("Root").Key("Pages"), 0, nil)
	if len(pages) == 0 {
		return "", fail(ErrCorrupt, nil, "not a readable PDF: it has no pages")
	}
	var doc [][]line
	for i, p := range pages {
		glyphs, err := pageGlyphs(p, b)
		if err != nil {
			return "", fail(ErrCorrupt, err, "is damaged: page %d cannot be read", i+1)
		}
		doc = append(doc, pageLines(glyphs))
	}
	text = layoutText(doc)
	if strings.TrimSpace(text) == "" {
		return "", fail(ErrEmpty, nil, "has no text layer, only images of pages (is it a scanned PDF?); run it through OCR first, for example in Adobe Acrobat or with OCRmyPDF, and import the result")
	}
	return text, nil
}

func pdfPanic(r any) error {
	var a abort
	if err, ok := r.(error); ok && errors.As(err, &a) {
		return a.err
	}
	return fail(ErrCorrupt, fmt.Errorf("%v", r), "not a readable PDF: the file is damaged")
}

// repairPDF fixes three harmless deviations that the library refuses although
// every PDF viewer opens such files: bytes before the "%PDF-" header (mail
// gateways add them), a header line not ending right after the version
// ("%PDF-1.4 %âãÏÓ"), version 2.0, and bytes after the final "%%EOF". Offsets
// inside the file are kept, except that leading junk is cut, as viewers do.
func repairPDF(data []byte) []byte {
	if i := bytes.Index(data[:min(len(data), 1024)], []byte("%PDF-")); i > 0 {
		data = data[i:]
	}
	if i := bytes.LastIndex(data, []byte("%%EOF")); i >= 0 && len(data)-i > 64 {
		data = data[:i+5]
	}
	if len(data) < 10 || !bytes.HasPrefix(data, []byte("%PDF-")) {
		return data
	}
	fixVersion := !bytes.HasPrefix(data, []byte("%PDF-1.")) || data[7] < '0' || data[7] > '7'
	fixEOL := data[8] != '\r' && data[8] != '\n'
	if !fixVersion && !fixEOL {
		return data
	}
	data = bytes.Clone(data)
	if fixVersion {
		copy(data[5:8], "1.7")
	}
	if fixEOL {
		data[8] = '\n'
	}
	return data
}

// collectPages walks the page tree once, in order. Depth and count are
// bounded because the tree of a hostile file can be cyclic.
func collectPages(v pdf.Value, depth int, out []pdf.Value) []pdf.Value {
	if depth > 64 || len(out) >= maxPDFPages || v.Kind() != pdf.Dict {
		return out
	}
	kids := v.Key("Kids")
	if v.Key("Type").Name() == "Page" || kids.Kind() != pdf.Array {
		return append(out, v)
	}
	for i := 0; i < kids.Len(); i++ {
		out = collectPages(kids.Index(i), depth+1, out)
	}
	return out
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
	it := &interp{b: b}
	it.run(page.Key("Contents"), pdf.Page{V: page}.Resources(), ident, 0)
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
			if len(args) == 1 && depth < maxFormDepth {
				it.form(res.Key("XObject").Key(args[0].Name()), res, g.ctm, depth)
			}
		}
	})
}

// form interprets a Form XObject, which some PDF printers wrap page text in.
func (it *interp) form(x, res pdf.Value, ctm matrix, depth int) {
	if x.Kind() != pdf.Stream || x.Key("Subtype").Name() != "Form" {
		return
	}
	if m := x.Key("Matrix"); m.Len() == 6 {
		ctm = matrix{m.Index(0).Float64(), m.Index(1).Float64(), m.Index(2).Float64(),
			m.Index(3).Float64(), m.Index(4).Float64(), m.Index(5).Float64()}.mul(ctm)
	}
	if r := x.Key("Resources"); r.Kind() == pdf.Dict {
		res = r
	}
	it.run(x, res, ctm, depth+1)
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
		adv := w/1000*g.size + g.tc
		if step == 1 && code == " " {
			adv += g.tw
		}
		if s != "" {
			if it.b.glyphs++; it.b.glyphs > maxGlyphs {
				panic(abort{fail(ErrTooLarge, nil, "has more text than Teema can import at once (over %d million characters)", maxGlyphs/1_000_000)})
			}
			it.glyphs = append(it.glyphs, glyph{
				x: m[4], y: m[5], size: size, s: s,
				w:     w / 1000 * g.size * g.th * scale,
				space: strings.TrimSpace(s) == "",
			})
		}
		*tm = translate(adv*g.th, 0).mul(*tm)
	}
}
