package app

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2/dialog"

	"teema/app/kit"
	"teema/i18n"
	"teema/store"
	"teema/store/merge"
	"teema/study"
)

// mergeDialog asks for another coder's project, a .teema or a .qdpx, to
// merge into the open one, then asks before merging it.
func (u *UI) mergeDialog() {
	if u.s.Project() == nil {
		return
	}
	f := kit.Filter{Name: i18n.T("Teema or REFI-QDA project"), Exts: []string{store.Extension, extQDPX}}
	kit.OpenFile(u.win, f, u.confirmMerge)
}

// confirmMerge says what a merge will do and how it can be taken back.
func (u *UI) confirmMerge(path string) {
	msg := i18n.TF("Merge {{.Other}} into {{.Project}}? A backup of {{.Project}} is made first: File → Restore from backup… can take the merge back, which Undo cannot.",
		map[string]any{"Other": filepath.Base(path), "Project": u.s.ProjectName()})
	d := dialog.NewConfirm(i18n.T("Merge another coder's project"), msg, func(ok bool) {
		if ok {
			u.mergeProject(path)
		}
	}, u.win)
	d.SetConfirmText(i18n.T("Merge"))
	d.Show()
}

// mergeProject merges another coder's project into the open one. The
// undo history is cleared after: undoing an earlier step across the merge
// could take away what it brought.
func (u *UI) mergeProject(path string) {
	proj := u.s.Project()
	var res study.Merged
	u.busy(i18n.T("Merging…"), func() (err error) {
		res, err = study.Merge(proj, path)
		return err
	}, func() {
		u.s.History().Clear()
		u.s.Reload()
		summary := mergeSummary(res)
		u.s.Status(summary)
		u.showReport(i18n.T("Merge finished"), summary, mergeDetails(res))
	})
}

// mergeSummary counts what was added and what conflicted, and says how
// to take the merge back.
func mergeSummary(r study.Merged) string {
	c := r.Report.Counts
	conflicts := 0
	for _, k := range c {
		conflicts += k.Conflicts
	}
	s := i18n.TF("Merged {{.Name}}: added {{.Docs}} documents, {{.Codes}} codes and {{.Codings}} codings; {{.Matched}} codings were already here; {{.Conflicts}} conflicts.",
		map[string]any{"Name": r.Report.Source, "Docs": c[merge.Documents].Added, "Codes": c[merge.Codes].Added,
			"Codings": c[merge.Codings].Added, "Matched": c[merge.Codings].Matched, "Conflicts": conflicts})
	return s + " " + i18n.TF("Undo cannot take a merge back: File → Restore from backup… can, with the backup of {{.Time}}.",
		map[string]any{"Time": backupTime(r.Backup)})
}

// mergeDetails is the merge's own report, the backup's path and what of
// the file could not be read.
func mergeDetails(r study.Merged) string {
	var b strings.Builder
	b.WriteString(strings.Join(i18n.Lines(r.Report.Notes()), "\n") + "\n\n")
	b.WriteString(i18n.T("Backup before the merge") + ": " + r.Backup.Path + "\n\n")
	b.WriteString(reportLines(i18n.T("Not read from the file")+":", i18n.Lines(r.Problems)))
	return b.String()
}
