package pseudonyms

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"teema/coding/pseudonym"
)

// item is a candidate as the list holds it: ticked or not, and the
// replacement the researcher gives it.
type item struct {
	pseudonym.Candidate
	ticked      bool
	replacement string
}

// candidateList lists the candidates, a row each (candidateRow): a tick,
// the word, what it is and where, and its replacement to edit.
type candidateList struct {
	items   []item
	changed func() // a tick or a replacement changed: the key did
}

func (l *candidateList) newList() *widget.List {
	list := &widget.List{Length: l.Length, CreateItem: l.CreateItem, UpdateItem: l.UpdateItem}
	list.ExtendBaseWidget(list)
	return list
}

// set lists candidates with their suggested replacements, ticked where
// likely names.
func (l *candidateList) set(cs []pseudonym.Candidate, suggested []string) {
	l.items = make([]item, len(cs))
	for i, c := range cs {
		l.items[i] = item{Candidate: c, ticked: c.Likely(), replacement: suggested[i]}
	}
}

// Length is a row per candidate.
func (l *candidateList) Length() int { return len(l.items) }

// CreateItem makes a row.
func (l *candidateList) CreateItem() fyne.CanvasObject { return newCandidateRow() }

// UpdateItem shows candidate i in a row, its tick and entry writing back
// to the list.
func (l *candidateList) UpdateItem(i widget.ListItemID, o fyne.CanvasObject) {
	row := o.(*candidateRow)
	row.show(l.items[i], func(on bool) { l.items[i].ticked = on; l.changed() },
		func(s string) { l.items[i].replacement = s; l.changed() })
}

// ticked counts the ticked candidates.
func (l *candidateList) ticked() int {
	n := 0
	for _, it := range l.items {
		if it.ticked {
			n++
		}
	}
	return n
}

// key is the ticked candidates with their replacements, numbered by their
// rows, checked by the rules of a key.
func (l *candidateList) key() (pseudonym.Key, error) {
	var k pseudonym.Key
	for i, it := range l.items {
		if it.ticked {
			k = append(k, pseudonym.Entry{Row: i + 1, Original: it.Word, Replacement: it.replacement})
		}
	}
	return k.Check()
}
