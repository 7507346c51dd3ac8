// Package wordcloud is the word cloud drawn in the app: words sized by
// their counts, set without overlaps by coding/cloud, each one tappable.
package wordcloud

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"teema/coding/cloud"
)

// Font sizes of the lightest and heaviest words, in Fyne units.
const (
	minSize = 11
	maxSize = 56
	gap     = 4
)

// Cloud shows words sized by weight. The layout follows the widget's
// size: a larger window gives larger words.
type Cloud struct {
	widget.BaseWidget

	// OnTapped is called with the word the user tapped.
	OnTapped func(word string)

	words   []cloud.Word
	colors  []color.Color
	placed  []cloud.Placed
	dropped int
	laidFor fyne.Size
}

// New makes an empty cloud.
func New() *Cloud {
	c := &Cloud{}
	c.ExtendBaseWidget(c)
	return c
}

// SetWords replaces the words; colors are used in turn, heaviest first.
func (c *Cloud) SetWords(words []cloud.Word, colors []color.Color) {
	c.words, c.colors = words, colors
	c.laidFor = fyne.Size{}
	c.Refresh()
}

// Placed returns the words as last laid out and how many found no room.
func (c *Cloud) Placed() ([]cloud.Placed, int) { return c.placed, c.dropped }

// layout sets the words for a size, unless they are already set for it.
func (c *Cloud) layout(size fyne.Size) {
	if size == c.laidFor {
		return
	}
	c.laidFor = size
	c.placed, c.dropped = cloud.Layout(c.words, cloud.Options{
		Width: size.Width, Height: size.Height, MinSize: minSize, MaxSize: maxSize, Gap: gap,
	}, measure)
}

func measure(text string, size float32) (float32, float32) {
	s := fyne.MeasureText(text, size, fyne.TextStyle{})
	return s.Width, s.Height
}

// Tapped opens the word under the pointer.
func (c *Cloud) Tapped(ev *fyne.PointEvent) {
	if p, ok := cloud.At(c.placed, ev.Position.X, ev.Position.Y); ok && c.OnTapped != nil {
		c.OnTapped(p.Text)
	}
}

// Cursor shows a hand: the words are links to their contexts.
func (c *Cloud) Cursor() desktop.Cursor { return desktop.PointerCursor }

// MinSize is small: the cloud fits what room it gets.
func (c *Cloud) MinSize() fyne.Size { return fyne.NewSize(240, 160) }

func (c *Cloud) CreateRenderer() fyne.WidgetRenderer {
	return &renderer{c: c}
}

type renderer struct {
	c     *Cloud
	texts []*canvas.Text
	objs  []fyne.CanvasObject
}

func (r *renderer) Layout(size fyne.Size) {
	r.c.layout(size)
	r.update()
}

func (r *renderer) MinSize() fyne.Size { return r.c.MinSize() }

func (r *renderer) Refresh() {
	r.c.layout(r.c.Size())
	r.update()
	canvas.Refresh(r.c)
}

// update keeps one text object per placed word, reusing them.
func (r *renderer) update() {
	for len(r.texts) < len(r.c.placed) {
		t := canvas.NewText("", color.Black)
		r.texts = append(r.texts, t)
	}
	r.objs = r.objs[:0]
	for i, p := range r.c.placed {
		t := r.texts[i]
		t.Text, t.TextSize = p.Text, p.Size
		if len(r.c.colors) > 0 {
			t.Color = r.c.colors[i%len(r.c.colors)]
		}
		t.Move(fyne.NewPos(p.X, p.Y))
		t.Resize(fyne.NewSize(p.W, p.H))
		t.Refresh()
		r.objs = append(r.objs, t)
	}
}

func (r *renderer) Objects() []fyne.CanvasObject { return r.objs }

func (r *renderer) Destroy() {}
