package app

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"teema/store"
	"teema/store/merge"
)

// mergeDialog asks for another coder's project, a .teema or a .qdpx, to
// merge into the open one.
func (u *UI) mergeDialog() {
	u.openPath([]string{store.Extension, extQDPX}, u.mergeProject)
}

// mergeResult is what a merge did, for its report.
type mergeResult struct {
	report   merge.Report
	problems []string // what of a .qdpx could not be read
	backup   store.Backup
}

// mergeProject merges another coder's project into the open one. A merge
// is too large for the undo history, so a backup is made first, and the
// history is cleared after: undoing an earlier step across the merge
// could take away what it brought.
func (u *UI) mergeProject(path string) {
	if u.s.Project() == nil {
		return
	}
	proj := u.s.Project()
	if sameFile(path, proj.Path()) {
		u.s.Fail(errors.New(T("That is this project itself: choose the other coder's project.")))
		return
	}
	var res mergeResult
	u.busy(T("Merging…"), func() (err error) {
		res, err = runMerge(proj, path)
		return err
	}, func() {
		u.s.History().Clear()
		u.s.Reload()
		summary := mergeSummary(res)
		u.s.Status(summary)
		u.showReport(T("Merge finished"), summary, mergeDetails(res))
	})
}

func runMerge(p *store.Project, path string) (mergeResult, error) {
	var r mergeResult
	src, problems, err := merge.ReadFile(path)
	if err != nil {
		return r, err
	}
	r.problems = problems
	if r.backup, err = p.BackupNow(); err != nil {
		return r, fmt.Errorf("nothing was merged, as no backup could be made first: %w", err)
	}
	if r.report, err = merge.Into(p, src); err != nil {
		return r, fmt.Errorf("nothing was merged: %w", err)
	}
	return r, nil
}

// mergeSummary counts what was added and what conflicted, and says how
// to undo the merge.
func mergeSummary(r mergeResult) string {
	c := r.report.Counts
	conflicts := 0
	for _, k := range c {
		conflicts += k.Conflicts
	}
	s := TF("Merged {{.Name}}: added {{.Docs}} documents, {{.Codes}} codes and {{.Codings}} codings; {{.Matched}} codings were already here; {{.Conflicts}} conflicts.",
		map[string]any{"Name": r.report.Source, "Docs": c[merge.Documents].Added, "Codes": c[merge.Codes].Added,
			"Codings": c[merge.Codings].Added, "Matched": c[merge.Codings].Matched, "Conflicts": conflicts})
	return s + " " + TF("Undo cannot take a merge back: File → Restore from backup… can, with the backup of {{.Time}}.",
		map[string]any{"Time": r.backup.Time.Format("2006-01-02 15:04:05")})
}

// mergeDetails is the merge's own report, the backup's path and what of
// the file could not be read.
func mergeDetails(r mergeResult) string {
	var b strings.Builder
	b.WriteString(r.report.String() + "\n\n")
	b.WriteString(T("Backup before the merge") + ": " + r.backup.Path + "\n\n")
	b.WriteString(reportLines(T("Not read from the file")+":", r.problems))
	return b.String()
}

func sameFile(a, b string) bool {
	sa, err := os.Stat(a)
	if err != nil {
		return false
	}
	sb, err := os.Stat(b)
	return err == nil && os.SameFile(sa, sb)
}
