// Package cloud lays out a word cloud: words sized by their weight, set
// around the centre of a box without overlapping. It only computes the
// places; the GUI and the picture export draw them, each measuring text
// with its own fonts.
package cloud

import (
	"math"
	"sort"
)

// Word is one word of a cloud and what sizes it (a count).
type Word struct {
	Text   string
	Weight int
}

// Placed is a word set in the cloud: its font size and the box its text
// takes, X and Y being the top-left corner.
type Placed struct {
	Word
	Size       float32
	X, Y, W, H float32
}

// Measure gives the width and height a text takes at a font size.
type Measure func(text string, size float32) (w, h float32)

// Options say where the words go and how large they are drawn.
type Options struct {
	Width, Height    float32
	MinSize, MaxSize float32 // font sizes of the lightest and heaviest words
	Gap              float32 // free space kept around each word
}

// A word that finds no place is tried smaller, down to MinSize; a cloud
// that drops too many words is set again with smaller letters.
const shrinkRatio = 0.82

// Layout sets the words, heaviest first, as near the centre as they fit.
// Font size grows with the square root of the weight, so a word's area
// follows its count. It returns the words placed and how many found no
// room. The same words give the same cloud.
func Layout(words []Word, o Options, measure Measure) (placed []Placed, dropped int) {
	words = sorted(words)
	if len(words) == 0 || o.Width <= 0 || o.Height <= 0 {
		return nil, len(words)
	}
	g := newGrid(o.Width, o.Height)
	o.MaxSize = fitted(words, o, measure)
	for {
		placed, dropped = layout(words, o, measure, g)
		smaller := o.MaxSize * shrinkRatio
		if dropped*20 <= len(words) || smaller < o.MinSize*1.5 {
			return placed, dropped
		}
		o.MaxSize = smaller
	}
}

// fill is the share of the cloud's area its words' boxes may take: more
// leaves words without room, less leaves the cloud sparse.
const fill = 0.5

// fitted lowers the largest font size until the words' boxes, at their
// sizes, take no more than the fill share of the cloud, so the first
// layout usually places them all.
func fitted(words []Word, o Options, measure Measure) float32 {
	lo, hi := words[len(words)-1].Weight, words[0].Weight
	for o.MaxSize*shrinkRatio >= o.MinSize*1.5 {
		var area float32
		for _, w := range words {
			tw, th := measure(w.Text, size(w.Weight, lo, hi, o))
			area += (tw + o.Gap) * (th + o.Gap)
		}
		if area <= fill*o.Width*o.Height {
			break
		}
		o.MaxSize *= shrinkRatio
	}
	return o.MaxSize
}

func layout(words []Word, o Options, measure Measure, g *grid) (placed []Placed, dropped int) {
	g.clear()
	lo, hi := words[len(words)-1].Weight, words[0].Weight
	largest := o.MaxSize
	for _, w := range words {
		// A word shrunk to fit caps the ones after it, so no lighter word
		// is drawn larger than a heavier one.
		p, ok := place(w, min(size(w.Weight, lo, hi, o), largest), o, measure, g)
		if !ok {
			dropped++
			continue
		}
		largest = p.Size
		placed = append(placed, p)
	}
	return placed, dropped
}

// sorted orders the words heaviest first, ties by text, dropping the
// weightless.
func sorted(words []Word) []Word {
	out := make([]Word, 0, len(words))
	for _, w := range words {
		if w.Weight > 0 && w.Text != "" {
			out = append(out, w)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Weight != out[j].Weight {
			return out[i].Weight > out[j].Weight
		}
		return out[i].Text < out[j].Text
	})
	return out
}

func size(weight, lo, hi int, o Options) float32 {
	if hi <= lo {
		return (o.MinSize + o.MaxSize) / 2
	}
	f := math.Sqrt(float64(weight-lo) / float64(hi-lo))
	return o.MinSize + float32(f)*(o.MaxSize-o.MinSize)
}

// place finds room for one word, shrinking it when it does not fit.
func place(w Word, sz float32, o Options, measure Measure, g *grid) (Placed, bool) {
	for ; ; sz *= shrinkRatio {
		sz = max(sz, o.MinSize)
		tw, th := measure(w.Text, sz)
		if tw <= o.Width && th <= o.Height {
			if b, ok := g.find(tw+o.Gap, th+o.Gap); ok {
				g.mark(b)
				x, y := g.pos(b)
				return Placed{Word: w, Size: sz, X: x, Y: y, W: tw, H: th}, true
			}
		}
		if sz <= o.MinSize {
			return Placed{}, false
		}
	}
}

// At returns the word whose box holds the point, if any.
func At(placed []Placed, x, y float32) (Placed, bool) {
	for _, p := range placed {
		if x >= p.X && x < p.X+p.W && y >= p.Y && y < p.Y+p.H {
			return p, true
		}
	}
	return Placed{}, false
}
