package app

import (
	"log/slog"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"teema/assets"
)

// Languages the UI ships in, as stored in preferences ("" follows the system).
var Languages = []string{"", "en", "fi"}

var localeOf = map[string]string{"en": "en_US.UTF-8", "fi": "fi_FI.UTF-8"}

// SetupLanguage loads the translations. Fyne picks the language from the
// environment once, so a language chosen in preferences is put there first;
// a change in preferences takes effect at the next start.
func SetupLanguage(prefs fyne.Preferences) {
	if loc, ok := localeOf[prefs.String(prefLanguage)]; ok {
		os.Setenv("LC_ALL", loc)
	}
	files, dir := assets.Translations()
	if err := lang.AddTranslationsFS(files, dir); err != nil {
		slog.Error("load translations", "err", err)
	}
}

// T translates a UI string; the English text is the key.
func T(s string) string { return lang.L(s) }

// TF translates a UI string with template data, e.g.
// TF("{{.N}} excerpts", map[string]any{"N": 3}).
func TF(s string, data map[string]any) string { return lang.L(s, data) }
