package merge

import "errors"

// undoLog holds the inverse of every step taken so far, so a merge that
// fails half-way can take back what it did.
type undoLog []func() error

func (u *undoLog) push(f func() error) { *u = append(*u, f) }

// run undoes in reverse order, trying every step even when one fails.
func (u undoLog) run() error {
	var errs []error
	for i := len(u) - 1; i >= 0; i-- {
		errs = append(errs, u[i]())
	}
	return errors.Join(errs...)
}
