package session

import (
	"encoding/json"
	"path/filepath"
	"slices"

	"fyne.io/fyne/v2"
)

// PrefCoder is the preference that holds the coder's name.
const PrefCoder = "coder"

const (
	prefRecent = "recent"
	maxRecent  = 8
)

// RecentProjects lists recently opened project files, newest first.
func RecentProjects(p fyne.Preferences) []string {
	var paths []string
	if err := json.Unmarshal([]byte(p.String(prefRecent)), &paths); err != nil {
		return nil
	}
	return paths
}

func addRecent(p fyne.Preferences, path string) {
	path, _ = filepath.Abs(path)
	paths := slices.DeleteFunc(RecentProjects(p), func(s string) bool { return s == path })
	paths = append([]string{path}, paths...)
	if len(paths) > maxRecent {
		paths = paths[:maxRecent]
	}
	b, _ := json.Marshal(paths)
	p.SetString(prefRecent, string(b))
}
