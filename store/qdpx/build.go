package qdpx

import (
	"fmt"
	"path"
	"strings"
	"time"

	"teema/message"
	"teema/store"
	"teema/store/importer"
)

// builder turns a parsed project into a store.Exchange in memory, so that
// nothing is written until the whole file has been read, and records in
// the report everything it leaves out.
type builder struct {
	x     *xProject
	arc   *archive
	now   time.Time
	rep   *Report
	users map[string]string            // user GUID → name
	notes map[string]note              // note GUID → note
	used  map[string]bool              // notes attached to something
	links map[string][]string          // GUID of a thing → notes linked to it
	codes map[string]bool              // code GUIDs in out.Codes
	attrs map[string]map[string]string // source GUID → attributes from cases
	out   store.Exchange
	fatal error // a bomb or damage found while reading: nothing is imported
}

type note struct {
	name, text string
}

func newBuilder(x *xProject, arc *archive, now time.Time, rep *Report) *builder {
	return &builder{x: x, arc: arc, now: now, rep: rep,
		users: map[string]string{}, notes: map[string]note{}, used: map[string]bool{},
		links: map[string][]string{}, codes: map[string]bool{}, attrs: map[string]map[string]string{}}
}

func (b *builder) build() store.Exchange {
	b.out.Name = strings.TrimSpace(b.x.Name)
	b.readUsers()
	b.readNotes()
	b.readLinks()
	b.out.Codes = b.codeTree(b.x.Codes)
	b.readCases()
	b.readSources()
	b.out.ProjectMemo = b.projectMemo()
	b.reportUnsupported()
	return b.out
}

func (b *builder) readUsers() {
	for _, u := range b.x.Users {
		name := strings.TrimSpace(u.Name)
		if name == "" {
			name = strings.TrimSpace(u.ID)
		}
		b.users[guidKey(u.GUID)] = name
	}
}

// user names the coder behind a GUID; unknown users code anonymously.
func (b *builder) user(guids ...string) string {
	for _, g := range guids {
		if name := b.users[guidKey(g)]; name != "" {
			return name
		}
	}
	return ""
}

func (b *builder) readNotes() {
	for _, n := range b.x.Notes {
		d, err := b.sourceText(n)
		if err != nil {
			b.problem(err, noteLoss, message.Args{"Name": quoteName(n.Name, n.GUID), "Path": n.PlainTextPath})
			continue
		}
		text := joinMemo(n.Description, memoText(d.Text))
		b.notes[guidKey(n.GUID)] = note{name: strings.TrimSpace(n.Name), text: text}
	}
}

// readLinks attaches notes that a Link ties to a selection, source or code,
// as ATLAS.ti does with its comments; other links have no place in Teema.
func (b *builder) readLinks() {
	for _, l := range b.x.Links {
		from, to := guidKey(l.OriginGUID), guidKey(l.TargetGUID)
		_, fromNote := b.notes[from]
		_, toNote := b.notes[to]
		switch {
		case fromNote && !toNote:
			b.links[to] = append(b.links[to], from)
		case toNote && !fromNote:
			b.links[from] = append(b.links[from], to)
		case fromNote && toNote:
			b.rep.skip(skipLinkNotes, message.Args{"Name": quoteName(l.Name, l.GUID)})
		default:
			b.rep.skip(skipLinkOther, message.Args{"Name": quoteName(l.Name, l.GUID)})
		}
	}
}

// problem records why a source or note (named in args) was left out,
// worded by loss. A damaged or oversized archive entry stops the whole
// import instead: the rest of the file is suspect.
func (b *builder) problem(err error, loss textLoss, args message.Args) {
	if k, ok := loss[err]; ok {
		b.rep.skip(k, args)
		return
	}
	if b.fatal == nil {
		b.fatal = fmt.Errorf("%s: %w", args["Name"], err)
	}
}

// memo gathers a thing's memo: its description, the notes it refers to
// and the notes linked to it.
func (b *builder) memo(description string, refs []xRef, guid string) string {
	parts := []string{memoText(description)}
	for _, r := range refs {
		k := guidKey(r.Target)
		n, ok := b.notes[k]
		if !ok {
			b.rep.skip(skipNoteRef, message.Args{"GUID": r.Target})
			continue
		}
		b.used[k] = true
		parts = append(parts, n.text)
	}
	for _, k := range b.links[guidKey(guid)] {
		b.used[k] = true
		parts = append(parts, b.notes[k].text)
	}
	return joinMemo(parts...)
}

// projectMemo keeps notes that belong to nothing Teema has in the project
// memo, under their names, rather than dropping them.
func (b *builder) projectMemo() string {
	memo := b.memo(b.x.Description, b.x.NoteRefs, "")
	for _, n := range b.x.Notes {
		k := guidKey(n.GUID)
		if b.used[k] || b.notes[k].text == "" {
			continue
		}
		b.used[k] = true
		memo = joinMemo(memo, joinLines(b.notes[k].name, b.notes[k].text))
		b.rep.remark(noteLooseNote, message.Args{"Name": quoteName(n.Name, n.GUID)})
	}
	return memo
}

func (b *builder) reportUnsupported() {
	for _, u := range []struct {
		skip  *message.Kind
		items []xOther
	}{
		{skipSet, b.x.Sets}, {skipGraph, b.x.Graphs},
		{skipPicture, b.x.Pictures}, {skipAudio, b.x.Audios}, {skipVideo, b.x.Videos},
	} {
		for _, s := range u.items {
			b.rep.skip(u.skip, message.Args{"Name": quoteName(s.Name, s.GUID)})
		}
	}
}

// sourceText is the text of a source or note, inline or in the archive,
// and how it was read. Its errors are a textLoss key, or the archive's,
// which are fatal.
func (b *builder) sourceText(s xTextSource) (importer.Decoded, error) {
	if s.PlainTextContent != nil {
		return importer.Decoded{Text: *s.PlainTextContent, Encoding: importer.UTF8}, nil
	}
	return b.plainText(s.PlainTextPath)
}

// plainText reads a source's plain-text file from the archive, decoded as
// a transcript's .txt is.
func (b *builder) plainText(ref string) (importer.Decoded, error) {
	if ref == "" {
		return importer.Decoded{}, errNoPlainText
	}
	if b.arc == nil {
		return importer.Decoded{}, errNoTextFile // a code book comes without an archive
	}
	f, err := b.arc.source(ref)
	if err != nil {
		return importer.Decoded{}, err
	}
	raw, err := b.arc.read(f, maxText)
	if err != nil {
		return importer.Decoded{}, err
	}
	return importer.Decode(raw), nil
}

// richText reads a source's rich-text file (a .docx) with the reader of
// transcript import.
func (b *builder) richText(ref string) (string, error) {
	f, err := b.arc.source(ref)
	if err != nil {
		return "", err
	}
	raw, err := b.arc.read(f, maxText)
	if err != nil {
		return "", err
	}
	res, err := importer.Read(path.Base(f.Name), raw)
	if err != nil {
		return "", err
	}
	return res.Text, nil
}

func quoteName(name, guid string) string {
	if strings.TrimSpace(name) != "" {
		return fmt.Sprintf("%q", name)
	}
	return "{" + guid + "}"
}

// memoText is text as Teema keeps memos: "\n" line breaks, no BOM.
func memoText(s string) string {
	s = strings.TrimPrefix(s, "\uFEFF")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.TrimSpace(strings.ReplaceAll(s, "\r", "\n"))
}

func joinMemo(parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, "\n\n")
}

func joinLines(head, body string) string {
	if head == "" {
		return body
	}
	return head + "\n" + body
}
