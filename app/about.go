package app

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/app/session"
	"teema/assets"
	"teema/i18n"
)

// showWelcome explains the first steps and asks for the coder's name,
// which every coding carries.
func (u *UI) showWelcome() {
	intro := i18n.T(welcomeOwn)
	if u.s.Project() != nil && u.s.Project().Path() == DemoPath(u.s.App()) {
		intro = i18n.T(welcomeDemo)
	}
	text := widget.NewRichTextFromMarkdown(intro + "\n\n" + i18n.T(welcomeText))
	text.Wrapping = fyne.TextWrapWord
	name := u.coderEntry()
	form := widget.NewForm(widget.NewFormItem(i18n.T("Your name"), name))
	d := dialog.NewCustom(i18n.T("Welcome to Teema"), i18n.T("Start coding"), container.NewBorder(nil, form, nil, nil, container.NewVScroll(text)), u.win)
	d.SetOnClosed(func() { u.saveCoder(name.Text) })
	name.OnSubmitted = func(string) { d.Hide() }
	d.Resize(fyne.NewSize(600, 480))
	d.Show()
	u.win.Canvas().Focus(name)
}

func (u *UI) coderEntry() *widget.Entry {
	e := widget.NewEntry()
	e.SetPlaceHolder(i18n.T("e.g. Aino L. — stored with each coding"))
	e.SetText(u.s.Coder())
	return e
}

func (u *UI) saveCoder(name string) {
	if name = strings.TrimSpace(name); name != "" {
		u.s.App().Preferences().SetString(session.PrefCoder, name)
	}
}

// The welcome starts by saying what is open: the demo, or the user's own
// project named on the command line.
const (
	welcomeDemo = "This is a demo study: seven fictional theme interviews, coded with the Calpro code book."
	welcomeOwn  = "Your project is open. Import transcripts with *File → Import transcripts* (.docx, .odt, .pdf, .txt, .md) or drop files on the window; *Help → Welcome* shows this again."
)

const welcomeText = `1. **Pick a transcript** on the left.
2. **Select text** with the mouse: a drag takes whole words (hold Ctrl or Alt for single letters), a double-click one word.
3. **Click a code** in the code book, press **1–9** for a pinned code, or right-click → *Code as…*.
4. **Click a highlight** to see, adjust or remove its codes. **Ctrl+Z** undoes anything.

Start your own study with *File → New project*, then *File → Import transcripts* (.docx, .odt, .pdf, .txt, .md) or drop files on the window. Everything is saved as you go.`

// showAbout shows the icon and the version stamped at build time
// (`git describe`, through main.version).
func (u *UI) showAbout() {
	msg := widget.NewLabel(i18n.T("Teema — coding qualitative interviews") + "\n" + i18n.T("Version") + " " + u.version +
		"\n\n" + i18n.T("Teema works offline: your data never leaves this computer."))
	icon := canvas.NewImageFromResource(fyne.NewStaticResource("teema.png", assets.Icon))
	icon.FillMode = canvas.ImageFillContain
	icon.SetMinSize(fyne.NewSquareSize(64))
	content := container.NewBorder(nil, nil, container.NewCenter(icon), nil, msg)
	dialog.ShowCustom(i18n.T("About Teema"), i18n.T("Close"), content, u.win)
}

// askCoder asks once for the name stored with every coding.
func (u *UI) askCoder() {
	entry := u.coderEntry()
	kit.ShowForm(i18n.T("Your name"), i18n.T("Save"), i18n.T("Later"),
		[]*widget.FormItem{widget.NewFormItem(i18n.T("Coder"), entry)}, func(ok bool) {
			if ok {
				u.saveCoder(entry.Text)
			}
		}, u.win)
}

// showPreferences edits who codes, the language, how the windows look
// (light or dark, and the size of their text) and the player's keys.
func (u *UI) showPreferences() {
	prefs := u.s.App().Preferences()
	coder := widget.NewEntry()
	coder.SetText(prefs.String(session.PrefCoder))
	language := widget.NewSelect([]string{i18n.T("Follow the system"), "English", "Suomi"}, nil)
	language.SetSelectedIndex(max(slices.Index(Languages, prefs.String(prefLanguage)), 0))
	appearance := widget.NewSelect([]string{i18n.T("Follow the system"), i18n.T("Light"), i18n.T("Dark")}, nil)
	appearance.SetSelectedIndex(max(slices.Index(appearances, prefs.String(prefAppearance)), 0))
	size := widget.NewSelect([]string{i18n.T("Small"), i18n.T("Normal"), i18n.T("Large"), i18n.T("Largest")}, nil)
	size.SetSelectedIndex(max(slices.Index(textScales, prefs.FloatWithFallback(prefTextScale, 1)), 0))
	items := []*widget.FormItem{
		widget.NewFormItem(i18n.T("Coder"), coder),
		widget.NewFormItem(i18n.T("Language"), language),
		widget.NewFormItem(i18n.T("Appearance"), appearance),
		widget.NewFormItem(i18n.T("Text size"), size),
	}
	items[1].HintText = i18n.T("Takes effect when Teema is restarted.")
	playItems, savePlayback := u.playback.prefItems()
	items = append(items, playItems...)
	kit.ShowForm(i18n.T("Preferences"), i18n.T("Save"), i18n.T("Cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		prefs.SetString(session.PrefCoder, coder.Text)
		prefs.SetString(prefLanguage, Languages[language.SelectedIndex()])
		prefs.SetString(prefAppearance, appearances[appearance.SelectedIndex()])
		prefs.SetFloat(prefTextScale, textScales[size.SelectedIndex()])
		applyLook(u.s.App())
		savePlayback()
	}, u.win)
}
