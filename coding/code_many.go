package coding

import "teema/message"

// CodeTexts codes many stretches at once, as one undo step and, in the
// project file, one transaction: auto-coding a search's 1,600 hits one
// transaction each kept the window waiting for seconds, and undo as long.
// Each coding is checked as CodeText's is; one refused refuses them all.
type CodeTexts struct {
	Excerpts []Excerpt
	Name     *message.Kind // the label of the step
}

// Apply implements Change.
func (c CodeTexts) Apply(r Repo) (Change, error) {
	added, err := r.CodeMany(c.Excerpts)
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(added))
	for i, e := range added {
		ids[i] = e.ID
	}
	return uncodeAll{IDs: ids, Name: c.Name}, nil
}

// Label implements Change.
func (c CodeTexts) Label() *message.Kind { return c.Name }

// uncodeAll takes back what CodeTexts coded, in one transaction.
type uncodeAll struct {
	IDs  []int64
	Name *message.Kind
}

func (c uncodeAll) Apply(r Repo) (Change, error) {
	es, err := r.UncodeMany(c.IDs)
	if err != nil {
		return nil, err
	}
	return CodeTexts{Excerpts: es, Name: c.Name}, nil
}

func (c uncodeAll) Label() *message.Kind { return c.Name }
