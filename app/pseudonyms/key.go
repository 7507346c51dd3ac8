package pseudonyms

import (
	"path/filepath"

	"teema/app/kit"
	"teema/coding/pseudonym"
	"teema/i18n"
	"teema/study"
)

// keyFilter offers the formats a key is saved in.
func keyFilter() kit.Filter {
	return kit.Filter{Name: i18n.T("Key (Excel or CSV)"), Exts: []string{".xlsx", ".csv"}}
}

// exportKey saves the key to a file the researcher chooses, in the format
// its name ends in: the key stays apart from the project, which never
// holds it.
func (w *Window) exportKey() {
	key, err := w.cands.key()
	if err != nil {
		w.fail(err)
		return
	}
	name := kit.FileName(w.s.ProjectName()) + " " + i18n.T("pseudonym key") + ".xlsx"
	kit.SaveFile(w.win, name, keyFilter(), func(path string) { w.saveKey(key, path) })
}

// saveKey writes the key to path.
func (w *Window) saveKey(key pseudonym.Key, path string) {
	write, err := study.KeyWriter(key, filepath.Ext(path), i18n.Lang())
	if err == nil {
		err = study.WriteFile(path, write)
	}
	if err != nil {
		w.fail(err)
		return
	}
	w.say(i18n.TF("The key is in {{.File}}. Keep it apart from the data: whoever has it can undo the pseudonyms.", map[string]any{"File": path}))
}
