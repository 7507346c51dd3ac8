package coding

// Edit returns the index after ed fixed the text (EditText), each mark
// kept on its word as ShiftExcerpts keeps a coding's start on its word:
// marks before the edit stay, marks at or after its end move by the
// change in length (at an insertion's place too, as the word there moves
// on), and marks inside the replaced stretch move to its start, where at
// most one of them is kept (see shiftMarks). The last rule is
// Rewrite.Shift's; ShiftExcerpts moves a start inside a replaced stretch
// past the new text instead, which for a mark would give the words after
// the replacement the time of words replaced before them.
func (ix TimeIndex) Edit(ed Edit) TimeIndex { return ix.shiftMarks([]Edit{ed}) }

// Rewrite returns the index after rw replaced many stretches at once (a
// pseudonymisation, a speaker renamed), each mark moved as Edit moves it.
// A mark inside a replaced word moves to the replacement's start, as
// Rewrite.Shift moves a coding that starts inside one.
func (ix TimeIndex) Rewrite(rw Rewrite) TimeIndex { return ix.shiftMarks(rw.sorted()) }

// shiftMarks moves the marks through edits in text order that do not
// overlap, in one pass over both: a pseudonymisation makes thousands of
// edits in a transcript of thousands of marks.
//
// Marks inside a replaced stretch all land on its start, and an index
// holds one mark a place, so one is kept there. Replacement text stands
// for the whole stretch, so the first mark, the stretch's beginning, tells
// when it is spoken. A deletion leaves at its start the text that followed
// the stretch, so the last mark, nearest that text, is kept; and when a
// mark stood at the stretch's end it lands on the same place with its own
// word, and is kept over them all.
func (ix TimeIndex) shiftMarks(eds []Edit) TimeIndex {
	out := make(TimeIndex, 0, len(ix))
	put := func(offset int, seconds float64) {
		for len(out) > 0 && out[len(out)-1].Offset >= offset {
			out = out[:len(out)-1] // a later mark at the same place wins (above)
		}
		out = append(out, TimeMark{Offset: offset, Seconds: seconds})
	}
	i, delta := 0, 0
	for _, ed := range eds {
		for ; i < len(ix) && ix[i].Offset < ed.Start; i++ {
			put(ix[i].Offset+delta, ix[i].Seconds)
		}
		inside := i
		for i < len(ix) && ix[i].Offset < ed.End {
			i++
		}
		if inside < i {
			keep := ix[inside]
			if ed.Insert == "" {
				keep = ix[i-1]
			}
			put(ed.Start+delta, keep.Seconds)
		}
		delta += RuneLen(ed.Insert) - (ed.End - ed.Start)
	}
	for ; i < len(ix); i++ {
		put(ix[i].Offset+delta, ix[i].Seconds)
	}
	return out
}
