package store

// SetProgress gives the project a function that hears how far a long
// change has come (ApplyExchange: done of total codes, documents and
// codings), so a window can show a progress bar instead of a frozen
// dialog. nil stops it. It is called on the goroutine making the change,
// which is the one that sets it.
func (p *Project) SetProgress(f func(done, total int)) { p.progress = f }

// progress counts the steps of one change and reports every 200th part of
// them, so a fast change is not slowed down by its listener.
type progress struct {
	report             func(done, total int)
	done, total, every int
}

func (p *Project) progressOf(total int) *progress {
	return &progress{report: p.progress, total: total, every: max(1, total/200)}
}

func (pr *progress) step() {
	pr.done++
	if pr.report != nil && (pr.done%pr.every == 0 || pr.done == pr.total) {
		pr.report(pr.done, pr.total)
	}
}
