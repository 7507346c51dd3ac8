package study

import (
	"io"
	"strings"

	"teema/coding"
	"teema/store"
	"teema/store/docx"
)

// TranscriptFile writes a transcript as it now reads, for archiving (a
// pseudonymised copy): .txt as its text, .docx with a paragraph per line
// and each speaker's label in bold.
func TranscriptFile(p *store.Project, docID int64, ext string) (func(io.Writer) error, error) {
	d, err := p.Document(docID)
	if err != nil {
		return nil, err
	}
	if strings.EqualFold(ext, ".docx") {
		return func(w io.Writer) error { return docx.Write(w, transcriptDocx(d)) }, nil
	}
	return func(w io.Writer) error { _, err := io.WriteString(w, d.Text+"\n"); return err }, nil
}

// transcriptDocx is a transcript as a Word document.
func transcriptDocx(d coding.Document) docx.Document {
	labels := map[int]int{} // a turn's first character → its label's length
	for _, t := range d.Turns {
		labels[t.Start] = coding.RuneLen(t.Speaker)
	}
	doc := docx.Document{Title: d.Name, Lang: "fi"}
	if d.Attributes["kieli"] == "en" {
		doc.Lang = "en"
	}
	at := 0
	for _, line := range strings.Split(d.Text, "\n") {
		if line != "" {
			doc.Blocks = append(doc.Blocks, transcriptLine(line, labels[at]))
		}
		at += coding.RuneLen(line) + 1
	}
	return doc
}

// transcriptLine is a line as a paragraph, its first n characters (a
// speaker's label and its colon) in bold.
func transcriptLine(line string, n int) docx.Paragraph {
	if n == 0 {
		return docx.Text(line)
	}
	rs := []rune(line)
	end := min(n+1, len(rs)) // with the colon
	return docx.Paragraph{Runs: []docx.Run{{Text: string(rs[:end]), Bold: true}, {Text: string(rs[end:])}}}
}
