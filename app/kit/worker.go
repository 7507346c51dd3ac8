package kit

import (
	"log/slog"

	"fyne.io/fyne/v2"

	"teema/study"
)

// Worker runs a tool window's work off the UI goroutine, and frees what
// that work uses (Voikko) once the window has closed and no work is left:
// freeing it under a count still running would pull Voikko from under
// the count.
type Worker struct {
	h       Host
	free    func()
	running int
	gone    bool
}

// NewWorker runs work through h; free frees what the work uses, once, in
// the background (closing Voikko waits for it to have opened).
func NewWorker(h Host, free func()) *Worker { return &Worker{h: h, free: free} }

// Run runs work in the background, then what it returns on the UI
// goroutine, unless the window went meanwhile.
func (w *Worker) Run(work func() (then func())) {
	w.running++
	w.h.Background(func() {
		then := work()
		fyne.Do(func() {
			w.running--
			if w.gone {
				w.release()
				return
			}
			then()
		})
	})
}

// Gone reports whether the window has closed.
func (w *Worker) Gone() bool { return w.gone }

// Close says the window has closed: what the work uses is freed as soon
// as no work runs.
func (w *Worker) Close() {
	w.gone = true
	w.release()
}

func (w *Worker) release() {
	if w.running > 0 || w.free == nil {
		return
	}
	free := w.free
	w.free = nil
	w.h.Background(free)
}

// CloseForms is a Worker's free for Voikko's forms: closing saves its
// cache, and a failure to is only logged.
func CloseForms(forms *study.Forms) func() {
	return func() {
		if err := forms.Close(); err != nil {
			slog.Error("teema: save Voikko's cache", "err", err)
		}
	}
}
