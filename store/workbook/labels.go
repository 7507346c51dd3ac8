package workbook

import "fmt"

// labels are the words the workbook shows, in the UI language: sheet names
// and headers a researcher pastes into a thesis as they are.
type labels struct {
	interviews, codeBook, excerpts, counts, cooccurrence, findings string // sheet names

	// theme heads the code book, and names a theme sheet when nothing of
	// the theme's own name is allowed in a sheet name.
	theme string

	interview, people, subThemes, code, definition   string
	subTheme, speaker, text, memo, coder, start, end string
	heard                                            string // when an excerpt is heard in its recording
	excerptsCount, interviewsCount, share, total     string
	keyFinding, proposal                             string

	// wholeTheme heads the one column of a theme without sub-themes.
	wholeTheme string

	totals         func(interviews, people int) string
	cutSeeExcerpts string // printf formats with the number of characters cut
	cut            string
	language       string // the language recorded in the document properties
}

var english = labels{
	interviews: "Interviews", codeBook: "Code book", excerpts: "Excerpts", counts: "Counts",
	cooccurrence: "Co-occurrence", findings: "Findings", theme: "Theme",

	interview: "Interview", people: "People", subThemes: "Sub-themes", code: "Code", definition: "Definition",
	subTheme: "Sub-theme", speaker: "Speaker", text: "Text", memo: "Memo", coder: "Coder", start: "Start", end: "End", heard: "Time",
	excerptsCount: "Excerpts", interviewsCount: "Interviews", share: "Share of text coded", total: "Total",
	keyFinding: "Key finding", proposal: "Development proposal",
	wholeTheme: "Excerpts and summaries",

	totals: func(n, p int) string {
		return fmt.Sprintf("%d %s · %d %s", n, plural(n, "interview", "interviews"), p, plural(p, "person", "people"))
	},
	cutSeeExcerpts: "… [cut: %d characters more; see the Excerpts sheet]",
	cut:            "… [cut: %d characters more]",
	language:       "en-US",
}

var finnish = labels{
	interviews: "Haastattelut", codeBook: "Koodikirja", excerpts: "Otteet", counts: "Määrät",
	cooccurrence: "Yhteisesiintymät", findings: "Havainnot", theme: "Teema",

	interview: "Haastattelu", people: "Henkilöitä", subThemes: "Alateemat", code: "Koodi", definition: "Määritelmä",
	subTheme: "Alateema", speaker: "Puhuja", text: "Teksti", memo: "Muistio", coder: "Koodaaja", start: "Alku", end: "Loppu", heard: "Aika",
	excerptsCount: "Otteita", interviewsCount: "Haastatteluja", share: "Koodattu osuus tekstistä", total: "Yhteensä",
	keyFinding: "Keskeinen havainto", proposal: "Kehitysehdotus",
	wholeTheme: "Otteet ja tiivistykset",

	totals: func(n, p int) string {
		return fmt.Sprintf("%d %s · %d %s", n, plural(n, "haastattelu", "haastattelua"), p, plural(p, "henkilö", "henkilöä"))
	},
	cutSeeExcerpts: "… [katkaistu: %d merkkiä lisää; katso välilehti Otteet]",
	cut:            "… [katkaistu: %d merkkiä lisää]",
	language:       "fi-FI",
}

// labelsFor picks the labels of a UI language; anything but Finnish is English.
func labelsFor(lang string) labels {
	if lang == "fi" {
		return finnish
	}
	return english
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
