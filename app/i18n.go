package app

import (
	"log/slog"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"teema/assets"
	"teema/i18n"
)

// Languages the UI ships in, as stored in preferences ("" follows the system).
var Languages = []string{"", i18n.English, i18n.Finnish}

var localeOf = map[string]string{i18n.English: "en_US.UTF-8", i18n.Finnish: "fi_FI.UTF-8"}

// SetupLanguage chooses the UI's language: the one chosen in preferences,
// or the system's. Teema's own words come from package i18n; Fyne's own
// (its dialogs' buttons) from Fyne, which reads the language from the
// environment once, so a chosen language is put there first. A change in
// preferences takes effect at the next start.
func SetupLanguage(prefs fyne.Preferences) {
	chosen := prefs.String(prefLanguage)
	if loc, ok := localeOf[chosen]; ok {
		os.Setenv("LC_ALL", loc)
	}
	files, dir := assets.FyneTranslations()
	if err := lang.AddTranslationsFS(files, dir); err != nil {
		slog.Error("load Fyne's translations", "err", err)
	}
	if chosen == "" {
		chosen = lang.SystemLocale().LanguageString()
	}
	i18n.Use(chosen)
}
