// Package assets holds the files Teema ships inside its binaries: code book
// templates, the demo study, translations, stop-word lists and icons.
package assets

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

//go:embed templates demo i18n stopwords
var files embed.FS

// Icon is Teema's application icon (512×512 PNG, drawn from icon.svg).
//
//go:embed icon.png
var Icon []byte

// Template returns the named code book template (e.g. "calpro") as JSON.
func Template(name string) ([]byte, error) {
	b, err := files.ReadFile("templates/" + strings.ToLower(name) + ".json")
	if err != nil {
		return nil, fmt.Errorf("code book template %q does not exist (available: %s)", name, strings.Join(Templates(), ", "))
	}
	return b, nil
}

// Templates lists the names of the shipped code book templates.
func Templates() []string {
	entries, _ := fs.ReadDir(files, "templates")
	var names []string
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), ".json"))
	}
	sort.Strings(names)
	return names
}

// DemoFiles holds the demo study's transcripts and description.
func DemoFiles() fs.FS {
	sub, err := fs.Sub(files, "demo")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	return sub
}

// Translations returns the embedded files and the folder in them that
// holds Teema's translations: AREA.LANG.json files of English text →
// translation, read by package i18n.
func Translations() (embed.FS, string) { return files, "i18n" }

// FyneTranslations returns the embedded files and the folder in them that
// holds the translations of Fyne's own words (its dialogs' buttons and
// titles), in the form Fyne's lang.AddTranslationsFS takes.
func FyneTranslations() (embed.FS, string) { return files, "i18n/fyne" }

// StopWords returns a shipped stop-word list ("fi" or "en"): its words in
// lower case, without the "#" comments and blank lines.
func StopWords(lang string) ([]string, error) {
	b, err := files.ReadFile("stopwords/" + strings.ToLower(lang) + ".txt")
	if err != nil {
		return nil, fmt.Errorf("there is no stop-word list %q (available: fi, en)", lang)
	}
	var words []string
	for _, line := range strings.Split(string(b), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if w := strings.ToLower(strings.TrimSpace(line)); w != "" {
			words = append(words, w)
		}
	}
	return words, nil
}
