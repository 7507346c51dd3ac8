package importer

import "github.com/ledongthuc/pdf"

// font is what Teema needs from a PDF font: how to split a string into
// character codes, how to turn codes into text, and how wide each code is,
// which places glyphs on the page so that spaces and lines can be inferred.
type font struct {
	enc     pdf.TextEncoding
	twoByte bool // composite (Type0) fonts, as Word and LibreOffice embed them
	first   int
	widths  []float64
	dw      float64    // default width of composite fonts and unknown codes
	cidW    []cidWidth // widths of composite fonts
}

type cidWidth struct {
	lo, hi int
	w      []float64 // one width for the whole range, or one per code
}

// guessWidth stands in for the widths of the standard fonts, which PDF
// writers may leave out; half an em is about an average Latin letter.
const guessWidth = 500

func newFont(v pdf.Value) *font {
	if v.Kind() != pdf.Dict {
		return &font{enc: rawEncoding{}, dw: guessWidth}
	}
	f := &font{enc: encoder(v), dw: guessWidth}
	if v.Key("Subtype").Name() == "Type0" {
		f.twoByte = true
		d := v.Key("DescendantFonts").Index(0)
		f.dw = 1000
		if dw := d.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
			f.dw = dw.Float64()
		}
		f.cidW = parseW(d.Key("W"))
		return f
	}
	ws := v.Key("Widths")
	if ws.Kind() != pdf.Array {
		if std := standardWidths(v.Key("BaseFont").Name()); std != nil {
			f.first, f.widths = 32, std
		}
		return f
	}
	f.first = int(v.Key("FirstChar").Int64())
	for i := 0; i < ws.Len() && i < 256; i++ {
		f.widths = append(f.widths, ws.Index(i).Float64())
	}
	f.dw = v.Key("FontDescriptor").Key("MissingWidth").Float64()
	return f
}

// encoder asks the library for the font's text encoding. Its CMap parser
// panics on some malformed maps and hangs on others (see checkStream); the
// text of such a font is then read as plain bytes rather than failing the
// whole page.
func encoder(v pdf.Value) (enc pdf.TextEncoding) {
	defer func() {
		if r := recover(); r != nil {
			if a, ok := r.(abort); ok {
				panic(a)
			}
			enc = rawEncoding{}
		}
	}()
	if tu := v.Key("ToUnicode"); tu.Kind() == pdf.Stream && !checkStream(tu) {
		return rawEncoding{}
	}
	return (&pdf.Font{V: v}).Encoder()
}

// parseW reads the W array of a CID font: "c [w1 w2 ...]" gives widths from
// code c on, "c1 c2 w" one width for the range.
func parseW(a pdf.Value) []cidWidth {
	var out []cidWidth
	for i := 0; i+1 < a.Len(); {
		lo := int(a.Index(i).Int64())
		if next := a.Index(i + 1); next.Kind() == pdf.Array {
			ws := make([]float64, 0, next.Len())
			for j := 0; j < next.Len(); j++ {
				ws = append(ws, next.Index(j).Float64())
			}
			out = append(out, cidWidth{lo, lo + len(ws) - 1, ws})
			i += 2
			continue
		}
		if i+2 >= a.Len() {
			break
		}
		out = append(out, cidWidth{lo, int(a.Index(i + 1).Int64()), []float64{a.Index(i + 2).Float64()}})
		i += 3
	}
	return out
}

func (f *font) width(code string) float64 {
	if !f.twoByte {
		if i := int(code[0]) - f.first; i >= 0 && i < len(f.widths) {
			return f.widths[i]
		}
		return f.dw
	}
	cid := int(code[0])<<8 | int(code[1])
	for _, r := range f.cidW {
		if cid < r.lo || cid > r.hi {
			continue
		}
		if len(r.w) == 1 {
			return r.w[0]
		}
		return r.w[cid-r.lo]
	}
	return f.dw
}

// rawEncoding is for text drawn without a (valid) font: bytes as Latin-1.
type rawEncoding struct{}

func (rawEncoding) Decode(raw string) string {
	r := make([]rune, len(raw))
	for i := 0; i < len(raw); i++ {
		r[i] = rune(raw[i])
	}
	return string(r)
}
