package app

import (
	"encoding/json"
	"path/filepath"
	"slices"

	"fyne.io/fyne/v2"
)

// Preference keys.
const (
	prefCoder    = "coder"
	prefLanguage = "language"
	prefRecent   = "recent"
	prefWelcomed = "welcomed"
)

const maxRecent = 8

// recentProjects lists recently opened project files, newest first.
func recentProjects(p fyne.Preferences) []string {
	var paths []string
	if err := json.Unmarshal([]byte(p.String(prefRecent)), &paths); err != nil {
		return nil
	}
	return paths
}

func addRecent(p fyne.Preferences, path string) {
	path, _ = filepath.Abs(path)
	paths := slices.DeleteFunc(recentProjects(p), func(s string) bool { return s == path })
	paths = append([]string{path}, paths...)
	if len(paths) > maxRecent {
		paths = paths[:maxRecent]
	}
	b, _ := json.Marshal(paths)
	p.SetString(prefRecent, string(b))
}
