package importer

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"
)

// srtText strips the markup SubRip files carry, HTML-like tags (<i>,
// <font color="…">) and ASS override blocks ({\an8}), keeping a "<" that
// opens no tag ("a < b").
func srtText(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		if n := markupAt(s[i:]); n > 0 {
			i += n
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// markupAt is the length of the tag or override block s opens with, or 0.
func markupAt(s string) int {
	switch {
	case strings.HasPrefix(s, "{\\"):
		if j := strings.IndexAny(s[1:], "{}\n"); j > 0 && s[1+j] == '}' {
			return j + 2
		}
	case strings.HasPrefix(s, "<"):
		j := strings.IndexAny(s[1:], "<>\n")
		if j < 0 || s[1+j] != '>' {
			return 0
		}
		if startsWithLetter(strings.TrimPrefix(s[1:1+j], "/")) {
			return j + 2
		}
	}
	return 0
}

// voiced is a stretch of a WebVTT cue's text and its speaker.
type voiced struct{ voice, text string }

// vttText reads a WebVTT cue's text: its voice tags (<v Anna>, <v.loud
// Anna>) name the speakers, a cue in which two speak being split in two;
// other tags (<c.x>, <i>, <lang fi>, <00:00:05.000>) are dropped, and so
// is ruby text (<rt>…</rt>), which annotates the text it follows; its
// character references (&amp;, &lt;) are read. A tag that is no WebVTT
// tag, <SPEAKER_00> as some speech recognition writes, names a voice.
func vttText(s string) []voiced {
	var out []voiced
	var voice string
	var b strings.Builder
	inRuby := false
	for len(s) > 0 {
		tag, rest, ok := vttTag(s)
		if !ok {
			if !inRuby {
				b.WriteByte(s[0])
			}
			s = s[1:]
			continue
		}
		s = rest
		name, v := tagName(tag)
		switch {
		case name == "rt":
			inRuby = true
		case name == "/rt":
			inRuby = false
		case v != "" && strings.TrimSpace(b.String()) != "":
			out = append(out, voiced{voice, html.UnescapeString(b.String())})
			b.Reset()
			voice = v
		case v != "":
			voice = v
		}
	}
	return append(out, voiced{voice, html.UnescapeString(b.String())})
}

// vttTag is the tag s opens with and what follows it.
func vttTag(s string) (tag, rest string, ok bool) {
	if s[0] != '<' {
		return "", s, false
	}
	j := strings.IndexAny(s[1:], "<>\n")
	if j < 0 || s[1+j] != '>' {
		return "", s, false
	}
	return s[1 : 1+j], s[j+2:], true
}

// knownTags are WebVTT's own tags, and the HTML ones files carry.
var knownTags = map[string]bool{"c": true, "i": true, "b": true, "u": true, "ruby": true, "rt": true, "lang": true, "font": true, "span": true, "br": true}

// tagName is a tag's name, its classes dropped, and the voice it names:
// <v Anna> and <v.loud Anna> name Anna, an unknown <SPEAKER_00> names
// SPEAKER_00.
func tagName(tag string) (name, voice string) {
	head, annotation, _ := strings.Cut(strings.TrimSpace(tag), " ")
	name, _, _ = strings.Cut(head, ".")
	switch {
	case name == "v":
		return name, strings.TrimSpace(annotation)
	case !startsWithLetter(name):
		return name, "" // an end tag, or a timestamp
	case !knownTags[strings.ToLower(name)] && annotation == "":
		return name, head
	}
	return name, ""
}

func startsWithLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}
