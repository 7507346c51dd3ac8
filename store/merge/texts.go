package merge

import "teema/coding"

// texts holds documents' texts by id and slices them by code-point
// offsets. Each text is indexed (coding.Slicer) when it is first sliced: a
// merge checks every coding against their text and ours, and counting
// from the start of a long transcript for each coding made a merge of many
// codings quadratic.
type texts struct {
	raw map[int64]string
	cut map[int64]*coding.Slicer
}

func newTexts() texts {
	return texts{raw: map[int64]string{}, cut: map[int64]*coding.Slicer{}}
}

func (t texts) set(id int64, text string) {
	t.raw[id] = text
	delete(t.cut, id)
}

// slice is coding.Slice of the text of document id.
func (t texts) slice(id int64, start, end int) string {
	s, ok := t.cut[id]
	if !ok {
		s = coding.NewSlicer(t.raw[id])
		t.cut[id] = s
	}
	return s.Slice(start, end)
}
