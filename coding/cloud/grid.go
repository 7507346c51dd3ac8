package cloud

import (
	"math"
	"sort"
)

// grid keeps which parts of the cloud are taken, in cells of a few pixels.
// A word takes every cell its box touches, so words in separate cells can
// never overlap. A table of sums over the cells answers "is this box
// free?" in constant time, which lets a word try every position, nearest
// the centre first, in a few milliseconds.
type grid struct {
	cell       float32
	cols, rows int
	taken      []bool
	sums       []int32 // sums[(r)*(cols+1)+c]: cells taken above and left of (c, r)
	order      []int32 // cell indexes, nearest the centre first
}

// cellsWanted sets the grid's fineness: finer packs words closer, coarser
// is faster.
const cellsWanted = 30000

func newGrid(w, h float32) *grid {
	cell := max(2, float32(math.Sqrt(float64(w*h)/cellsWanted)))
	g := &grid{cell: cell, cols: int(w / cell), rows: int(h / cell)}
	g.taken = make([]bool, g.cols*g.rows)
	g.sums = make([]int32, (g.cols+1)*(g.rows+1))
	g.order = make([]int32, g.cols*g.rows)
	for i := range g.order {
		g.order[i] = int32(i)
	}
	// Distance from the centre on a box stretched to a circle, so a wide
	// cloud grows wide; ties by cell index keep the order fixed.
	dist := make([]float64, len(g.order))
	sx := math.Sqrt(float64(w / h))
	for i := range dist {
		dx := (float64(i%g.cols) + 0.5 - float64(g.cols)/2) / sx
		dy := (float64(i/g.cols) + 0.5 - float64(g.rows)/2) * sx
		dist[i] = dx*dx + dy*dy
	}
	sort.SliceStable(g.order, func(a, b int) bool { return dist[g.order[a]] < dist[g.order[b]] })
	return g
}

func (g *grid) clear() {
	clear(g.taken)
	clear(g.sums)
}

// box is a stretch of cells: columns [c0, c0+wc), rows [r0, r0+hc).
type box struct{ c0, r0, wc, hc int }

// find returns the free box of the given size in pixels whose centre is
// nearest the cloud's centre.
func (g *grid) find(w, h float32) (box, bool) {
	wc, hc := g.span(w), g.span(h)
	if wc > g.cols || hc > g.rows {
		return box{}, false
	}
	for _, i := range g.order {
		c0 := int(i)%g.cols - wc/2
		r0 := int(i)/g.cols - hc/2
		if c0 < 0 || r0 < 0 || c0+wc > g.cols || r0+hc > g.rows {
			continue
		}
		if g.count(c0, r0, c0+wc, r0+hc) == 0 {
			return box{c0, r0, wc, hc}, true
		}
	}
	return box{}, false
}

// pos is the top-left corner of a box in pixels.
func (g *grid) pos(b box) (x, y float32) {
	return float32(b.c0) * g.cell, float32(b.r0) * g.cell
}

// mark takes a box's cells and updates the sums below and right of it,
// the only ones that change.
func (g *grid) mark(b box) {
	for r := b.r0; r < b.r0+b.hc; r++ {
		for c := b.c0; c < b.c0+b.wc; c++ {
			g.taken[r*g.cols+c] = true
		}
	}
	stride := g.cols + 1
	for r := b.r0; r < g.rows; r++ {
		for c := b.c0; c < g.cols; c++ {
			v := g.sums[r*stride+c+1] + g.sums[(r+1)*stride+c] - g.sums[r*stride+c]
			if g.taken[r*g.cols+c] {
				v++
			}
			g.sums[(r+1)*stride+c+1] = v
		}
	}
}

// span is how many cells a length needs from a cell's edge.
func (g *grid) span(l float32) int {
	return int(math.Ceil(float64(l / g.cell)))
}

// count is the number of taken cells in columns [c0, c1) and rows [r0, r1).
func (g *grid) count(c0, r0, c1, r1 int) int32 {
	s := g.cols + 1
	return g.sums[r1*s+c1] - g.sums[r0*s+c1] - g.sums[r1*s+c0] + g.sums[r0*s+c0]
}
