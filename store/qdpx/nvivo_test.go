package qdpx

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf16"

	"teema/coding"
)

// commentLines are fictional social-media comments of the kind a study
// of public talk codes: short lines, emoji, CRLF line ends as Windows
// writes them.
var commentLines = []string{
	"Palvelu toimi hyvin 😀 ja vastaus tuli nopeasti.",
	"En saanut apua 😡 vaikka soitin kolme kertaa!",
	"Kiitos 🙏 asiakaspalvelulle, ongelma ratkesi.",
	"Miksi sovellus kaatuu aina päivityksen jälkeen? 🤔",
	"Hyvä kokemus, suosittelen 👍👍 kaikille tutuille.",
	"Jonotin tunnin 😴 ennen kuin kukaan vastasi.",
}

// nvivoText is a source's text as NVivo for Windows stores it: lines of
// comments with CRLF line ends, after a byte-order mark.
func nvivoText(lines int) string {
	var b strings.Builder
	b.WriteString("\uFEFF")
	for i := range lines {
		fmt.Fprintf(&b, "%d. %s\r\n", i+1, commentLines[i%len(commentLines)])
	}
	return b.String()
}

// utf16Offset is where rune i of text starts in UTF-16 code units as
// NVivo counts them: every CRLF as two, the byte-order mark not at all.
func utf16Offset(text []rune, i int) int {
	n := 0
	for _, r := range text[:i] {
		if r != '\uFEFF' {
			n += len(utf16.Encode([]rune{r}))
		}
	}
	return n
}

// wordSpansOf are the words of a text as rune ranges.
func wordSpansOf(text []rune) [][2]int {
	var out [][2]int
	start := -1
	for i := 0; i <= len(text); i++ {
		in := i < len(text) && (unicode.IsLetter(text[i]) || unicode.IsDigit(text[i]))
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	return out
}

// nvivoProject writes a .qdpx as NVivo 12 for Windows does: selections
// with empty names, offsets in UTF-16 units over the stored file. It
// returns the archive and, per selection, the text it must select.
func nvivoProject(t *testing.T, origin string, lines, selections int) ([]byte, []string) {
	t.Helper()
	raw := nvivoText(lines)
	runes := []rune(raw)
	words := wordSpansOf(runes)
	r := rand.New(rand.NewPCG(1, 2))
	var sels strings.Builder
	var want []string
	seen := map[[2]int]bool{} // one coding per range, as Teema keeps them
	for i := 0; len(want) < selections; i++ {
		first := r.IntN(len(words) - 4)
		last := first + r.IntN(4)
		start, end := words[first][0], words[last][1]
		if seen[[2]int{start, end}] {
			continue
		}
		seen[[2]int{start, end}] = true
		fmt.Fprintf(&sels, `<PlainTextSelection guid="00000000-0000-0000-0001-%012d" name="" startPosition="%d" endPosition="%d">`+
			`<Coding guid="00000000-0000-0000-0002-%012d"><CodeRef targetGUID="00000000-0000-0000-0000-0000000000c1"/></Coding></PlainTextSelection>`,
			i, utf16Offset(runes, start), utf16Offset(runes, end), i)
		want = append(want, strings.ReplaceAll(string(runes[start:end]), "\r\n", "\n"))
	}
	qde := `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Kommentit" origin="` + origin + `">
<CodeBook><Codes><Code guid="00000000-0000-0000-0000-0000000000c1" name="Palaute" isCodable="true"/></Codes></CodeBook>
<Sources><TextSource guid="00000000-0000-0000-0000-0000000000s1" name="Kommentit 1" plainTextPath="internal://00000000-0000-0000-0000-0000000000s1.txt">` +
		sels.String() + `</TextSource></Sources></Project>`
	return zipOf(t, map[string]string{"project.qde": qde, "Sources/00000000-0000-0000-0000-0000000000s1.txt": raw}), want
}

// TestNVivoForWindowsOffsetsByEvidence: 303 codings over a text with emoji
// and CRLF, their names empty, land on the words NVivo meant, and the
// report says how the offsets were read and why.
func TestNVivoForWindowsOffsetsByEvidence(t *testing.T) {
	b, want := nvivoProject(t, "NVivo 12 (Windows)", 120, 303)
	p := newProject(t)
	rep, err := importBytes(p, b)
	if err != nil {
		t.Fatal(err)
	}
	es, err := p.Excerpts(coding.ExcerptFilter{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, e := range es {
		got[e.Text]++
	}
	missed := 0
	for _, w := range want {
		if got[w] == 0 {
			missed++
		} else {
			got[w]--
		}
	}
	if missed > 0 || len(es) != len(want) {
		t.Fatalf("%d of %d codings are not on the text NVivo meant (%d imported); report:\n%s", missed, len(want), len(es), english(rep.Notes()))
	}
	text := english(rep.Notes())
	if !strings.Contains(text, "UTF-16 code units;") && !strings.Contains(text, "counted in UTF-16 code units,") {
		t.Errorf("the report does not name the reading:\n%s", text)
	}
	if !strings.Contains(text, "303 of 303 start and end at word boundaries") {
		t.Errorf("the report does not give the evidence:\n%s", text)
	}
}

// TestWeakEvidenceIsSaid: two selections on a text where the readings
// place them differently but neither lands on words: the report says the
// positions cannot tell, and which reading Teema took.
func TestWeakEvidenceIsSaid(t *testing.T) {
	raw := "\uFEFFAaaa😀 bbbb\r\ncccc 😀dddd\r\n"
	qde := `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="K" origin="NVivo 12 (Windows)">
<CodeBook><Codes><Code guid="00000000-0000-0000-0000-0000000000c1" name="X" isCodable="true"/></Codes></CodeBook>
<Sources><TextSource guid="00000000-0000-0000-0000-0000000000s1" name="K" plainTextPath="internal://s1.txt">
<PlainTextSelection guid="00000000-0000-0000-0000-000000000001" name="" startPosition="2" endPosition="9"><Coding guid="00000000-0000-0000-0000-000000000011"><CodeRef targetGUID="00000000-0000-0000-0000-0000000000c1"/></Coding></PlainTextSelection>
</TextSource></Sources></Project>`
	p := newProject(t)
	rep, err := importBytes(p, zipOf(t, map[string]string{"project.qde": qde, "sources/s1.txt": raw}))
	if err != nil {
		t.Fatal(err)
	}
	if text := english(rep.Notes()); !strings.Contains(text, "does not tell how they were counted") || !strings.Contains(text, "as NVivo 12 (Windows) counts") {
		t.Errorf("weak evidence is not said:\n%s", text)
	}
}

// TestNVivoForMacRichText: NVivo for Mac writes an empty (one-byte) plain
// text beside a .docx that holds the text; the text is read from the
// .docx and the selections placed on it.
func TestNVivoForMacRichText(t *testing.T) {
	docx := zipOf(t, map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
		"word/document.xml": `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
			`<w:p><w:r><w:t>Haastattelija: Miten palvelu toimii?</w:t></w:r></w:p>` +
			`<w:p><w:r><w:t>H3: Palvelu toimii hyvin, kun järjestelmä on auki.</w:t></w:r></w:p></w:body></w:document>`,
	})
	qde := `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Mac" origin="NVivo 15 (Mac)">
<CodeBook><Codes><Code guid="00000000-0000-0000-0000-0000000000c1" name="Palvelu" isCodable="true"/></Codes></CodeBook>
<Sources><TextSource guid="00000000-0000-0000-0000-0000000000s1" name="Haastattelu 3" plainTextPath="internal://s1.txt" richTextPath="internal://s1.docx">
<PlainTextSelection guid="00000000-0000-0000-0000-000000000001" name="Palvelu toimii hyvin" startPosition="42" endPosition="62"><Coding guid="00000000-0000-0000-0000-000000000011"><CodeRef targetGUID="00000000-0000-0000-0000-0000000000c1"/></Coding></PlainTextSelection>
</TextSource></Sources></Project>`
	p := newProject(t)
	rep, err := importBytes(p, zipOf(t, map[string]string{"project.qde": qde, "sources/s1.txt": "\n", "sources/s1.docx": string(docx)}))
	if err != nil {
		t.Fatal(err)
	}
	es, err := p.Excerpts(coding.ExcerptFilter{})
	if err != nil || len(es) != 1 || es[0].Text != "Palvelu toimii hyvin" {
		t.Fatalf("codings %+v (%v); report:\n%s", es, err, english(rep.Notes()))
	}
	if text := english(rep.Notes()); !strings.Contains(text, "read from its rich text") {
		t.Errorf("the report does not say the text came from the rich text:\n%s", text)
	}
}
