package merge

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"teema/coding"
	"teema/message"
	"teema/store/importer"
)

// mergeDocuments maps their documents to ours by content and adds the
// ones we lack.
func (m *merger) mergeDocuments() error {
	byHash, names, err := m.loadOurDocuments()
	if err != nil {
		return err
	}
	for _, d := range m.src.Docs {
		m.theirs.set(d.ID, d.Text)
		text := coding.Normalize(d.Text)
		if id, ok := byHash[coding.ContentHash(text)]; ok {
			m.docs[d.ID] = id
			m.rep.tally(Documents, Matched)
			if err := m.mergeAttributes(d.Attributes, id); err != nil {
				return err
			}
			continue
		}
		id, err := m.addDocument(d, text, names)
		if err != nil {
			return err
		}
		byHash[coding.ContentHash(text)] = id
	}
	return nil
}

// loadOurDocuments indexes our documents by content hash and by name
// (folded to lower case, as names that differ only in case confuse people).
func (m *merger) loadOurDocuments() (byHash map[string]int64, names map[string]bool, err error) {
	byHash, names = map[string]int64{}, map[string]bool{}
	for _, d := range m.ours.Docs {
		m.texts.set(d.ID, d.Text)
		m.docName[d.ID], m.attrs[d.ID] = d.Name, attrsOf(d)
		if _, ok := byHash[d.Hash]; !ok {
			byHash[d.Hash] = d.ID
		}
		names[strings.ToLower(d.Name)] = true
	}
	return byHash, names, nil
}

// addDocument adds one of their documents; if we already use its name for
// another text, it gets the source's name in brackets.
func (m *merger) addDocument(d coding.Document, text string, names map[string]bool) (int64, error) {
	// Their text is held to the limits of every imported text.
	if err := importer.CheckText(text); err != nil {
		var me *message.Error
		if errors.As(err, &me) {
			err = me.With("File", strconv.Quote(d.Name))
		}
		return 0, err
	}
	name := d.Name
	clash := names[strings.ToLower(name)]
	if clash {
		name = fmt.Sprintf("%s (%s)", d.Name, m.src.Name)
	}
	at := d.ImportedAt
	if at.IsZero() {
		at = time.Now().UTC()
	}
	nd := coding.NewDocument(name, text, d.Format, d.OriginalName, at)
	for k, v := range d.Attributes {
		nd.Attributes[k] = v
	}
	added, err := m.b.AddDocument(nd)
	if err != nil {
		return 0, err
	}
	m.texts.set(added.ID, added.Text)
	m.docs[d.ID], m.docName[added.ID], m.attrs[added.ID] = added.ID, added.Name, attrsOf(nd)
	names[strings.ToLower(added.Name)] = true
	m.rep.Counts[Attributes].Added += len(nd.Attributes)
	if clash {
		m.rep.tally(Documents, Conflict, noteDocumentRenamed.Say(message.Args{"Document": strconv.Quote(d.Name), "NewName": strconv.Quote(added.Name)}))
	} else {
		m.rep.tally(Documents, Added, noteDocumentAdded.Say(message.Args{"Document": strconv.Quote(added.Name)}))
	}
	return added.ID, nil
}

// mergeAttributes adds the attributes our document lacks and reports the
// ones whose values differ.
func (m *merger) mergeAttributes(theirs map[string]string, docID int64) error {
	attrs, name := m.attrs[docID], m.docName[docID]
	keys := make([]string, 0, len(theirs))
	for k := range theirs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v, ours := theirs[k], attrs[k]
		switch {
		case v == "" || v == ours:
			m.rep.tally(Attributes, Matched)
		case ours == "":
			if err := m.b.SetAttribute(docID, k, v); err != nil {
				return err
			}
			attrs[k] = v
			m.rep.tally(Attributes, Added, noteAttributeAdded.Say(message.Args{"Key": k, "Value": strconv.Quote(v), "Document": strconv.Quote(name)}))
		default:
			m.rep.tally(Attributes, Conflict, noteAttributeClash.Say(message.Args{"Key": k, "Document": strconv.Quote(name),
				"Theirs": strconv.Quote(v), "Ours": strconv.Quote(ours)}))
		}
	}
	return nil
}

// attrsOf copies a document's attributes, which the merge adds to as it goes.
func attrsOf(d coding.Document) map[string]string {
	out := make(map[string]string, len(d.Attributes))
	for k, v := range d.Attributes {
		out[k] = v
	}
	return out
}
