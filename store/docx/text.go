package docx

import (
	"encoding/xml"
	"strings"
	"unicode/utf8"
)

// writeRuns writes runs of text. Line breaks and tabs in the text become
// Word's breaks and tabs; characters XML cannot hold are left out; the
// rest is escaped, so user text stays text whatever it says ("=SUM(…)",
// "<w:p>", "MERGEFIELD", "{…}").
func (w *writer) writeRuns(runs []Run) {
	for _, r := range runs {
		if r.Text == "" {
			continue
		}
		w.s("<w:r>")
		if r.Bold || r.Italic {
			w.s("<w:rPr>")
			if r.Bold {
				w.s("<w:b/>")
			}
			if r.Italic {
				w.s("<w:i/>")
			}
			w.s("</w:rPr>")
		}
		w.writeText(r.Text)
		w.s("</w:r>")
	}
}

// writeText writes one run's text as w:t elements between its breaks.
func (w *writer) writeText(s string) {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			w.s("<w:br/>")
		}
		for j, part := range strings.Split(line, "\t") {
			if j > 0 {
				w.s("<w:tab/>")
			}
			if part != "" {
				w.s(`<w:t xml:space="preserve">`)
				w.escape(part)
				w.s("</w:t>")
			}
		}
	}
}

// escape writes text as XML character data.
func (w *writer) escape(s string) {
	xml.EscapeText(&w.b, []byte(xmlChars(s)))
}

// xmlChars leaves out what XML 1.0 cannot hold: C0 control characters
// but tab, line feed and carriage return; U+FFFE and U+FFFF; invalid UTF-8.
func xmlChars(s string) string {
	ok := true
	for _, r := range s {
		if !allowed(r) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	return strings.Map(func(r rune) rune {
		if allowed(r) {
			return r
		}
		return -1
	}, s)
}

func allowed(r rune) bool {
	switch {
	case r == utf8.RuneError, r == 0xFFFE, r == 0xFFFF:
		return false
	case r < 0x20:
		return r == '\t' || r == '\n' || r == '\r'
	}
	return true
}

// attr escapes text for an attribute value.
func attr(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(xmlChars(s)))
	return b.String()
}
