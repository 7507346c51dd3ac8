package search

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	csearch "teema/coding/search"
)

// hitList is the results list's data source: each hit with a box to tick
// it, where it is (interview · speaker · group) over the hit in the
// middle of its context, and Play when its transcript has a recording.
type hitList struct {
	hits     []csearch.Hit // in the order shown
	ticked   map[hitKey]bool
	source   func(csearch.Hit) string
	onTick   func()
	recorded func(docID int64) bool // the interview has a recording to play
	play     func(csearch.Hit)
	list     *widget.List
}

// hitKey tells hits apart whatever their order.
type hitKey struct {
	doc        int64
	start, end int
}

func keyOf(h csearch.Hit) hitKey { return hitKey{h.DocID, h.Start, h.End} }

func newHitList(source func(csearch.Hit) string, onTick func(), play func(csearch.Hit), recorded func(int64) bool) *hitList {
	l := &hitList{ticked: map[hitKey]bool{}, source: source, onTick: onTick, play: play, recorded: recorded}
	l.list = &widget.List{Length: l.Length, CreateItem: l.CreateItem, UpdateItem: l.UpdateItem}
	l.list.ExtendBaseWidget(l.list)
	return l
}

// set shows new hits, none ticked.
func (l *hitList) set(hits []csearch.Hit) {
	l.hits = hits
	l.ticked = map[hitKey]bool{}
	l.list.UnselectAll()
	l.list.Refresh()
	l.list.ScrollToTop()
}

// Length is a row per hit.
func (l *hitList) Length() int { return len(l.hits) }

// CreateItem makes a row: a tick box beside a caption over a line of
// keyword in context, and a Play button on the right.
func (l *hitList) CreateItem() fyne.CanvasObject {
	src := widget.NewLabel("")
	src.SizeName = theme.SizeNameCaptionText
	src.Truncation = fyne.TextTruncateEllipsis
	play := widget.NewButtonWithIcon("", theme.MediaPlayIcon(), nil)
	play.Importance = widget.LowImportance
	return container.NewBorder(nil, nil, widget.NewCheck("", nil), play, kit.TightVBox(src, kit.NewKWIC()))
}

// UpdateItem shows a hit and whether it is ticked.
func (l *hitList) UpdateItem(i widget.ListItemID, o fyne.CanvasObject) {
	h := l.hits[i]
	row := o.(*fyne.Container)
	text := row.Objects[0].(*fyne.Container).Objects
	text[0].(*widget.Label).SetText(l.source(h))
	text[1].(*kit.KWIC).Set(h.Left(), h.Text, h.Right())
	check := row.Objects[1].(*widget.Check)
	check.OnChanged = nil
	check.SetChecked(l.ticked[keyOf(h)])
	check.OnChanged = func(on bool) { l.tick(h, on) }
	play := row.Objects[2].(*widget.Button)
	play.OnTapped = func() { l.play(h) }
	if l.recorded(h.DocID) {
		play.Show()
	} else {
		play.Hide()
	}
}

func (l *hitList) tick(h csearch.Hit, on bool) {
	if on {
		l.ticked[keyOf(h)] = true
	} else {
		delete(l.ticked, keyOf(h))
	}
	l.onTick()
}

// chosen are the ticked hits, or all when none is ticked.
func (l *hitList) chosen() []csearch.Hit {
	if len(l.ticked) == 0 {
		return l.hits
	}
	var out []csearch.Hit
	for _, h := range l.hits {
		if l.ticked[keyOf(h)] {
			out = append(out, h)
		}
	}
	return out
}
