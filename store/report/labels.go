package report

import (
	"fmt"
	"strconv"
	"strings"
)

// labels are the report's words in one language. The text a researcher
// wrote (summaries, findings, names) is never translated.
type labels struct {
	table, figure, appendix               string
	method, codeBook, findings, results   string
	interview, people, theme, subThemes   string
	definition, finding, proposal, quotes string
	interviewsCaption, codeBookCaption    string
	findingsCaption                       string
	nothingCoded                          string
	byInterview, bySpeaker                string
	wordCloud, codeCloud                  string
	totals                                func(interviews, people int) string
	material                              func(interviews, people, words int) string
	coding                                func(codings, coders int) string
	agreement                             func(a, b string, docs int, kappa, alpha string) string
	themeCaption                          func(theme, rows string) string
	decimal                               string
}

var finnish = labels{
	table: "Taulukko", figure: "Kuvio", appendix: "Liite",
	method: "Aineisto ja menetelmä", codeBook: "Koodikirja", findings: "Keskeiset havainnot ja kehitysehdotukset", results: "Tulokset",
	interview: "Haastattelu", people: "Henkilöitä", theme: "Teema", subThemes: "Alateemat",
	definition: "Määritelmä", finding: "Keskeinen havainto", proposal: "Kehitysehdotus", quotes: "Sitaatit",
	interviewsCaption: "Haastattelut", codeBookCaption: "Koodikirja: teemat, alateemat ja niiden määritelmät",
	findingsCaption: "Keskeiset havainnot ja kehitysehdotukset",
	nothingCoded:    "Aineistoa ei ole vielä koodattu: tulokset kirjoittuvat tähän, kun haastattelut on koodattu.",
	byInterview:     "haastatteluittain", bySpeaker: "puhujittain",
	wordCloud: "Aineiston yleisimmät sanat perusmuodoittain (haastattelijan puhe pois lukien)",
	codeCloud: "Alateemat niiden otteiden määrän mukaan",
	totals: func(n, p int) string {
		return fmt.Sprintf("%d %s · %d %s", n, plural(n, "haastattelu", "haastattelua"), p, plural(p, "henkilö", "henkilöä"))
	},
	material: func(n, p, w int) string {
		return fmt.Sprintf("Aineisto koostuu %d teemahaastattelusta, joissa haastateltiin %d %s. Litteroitua tekstiä on %s sanaa.",
			n, p, plural(p, "henkilö", "henkilöä"), thousands(w, " "))
	},
	coding: func(c, k int) string {
		return fmt.Sprintf("Aineistoon tehtiin %s koodausta; koodaajia oli %d.", thousands(c, " "), k)
	},
	agreement: func(a, b string, d int, kappa, alpha string) string {
		return fmt.Sprintf("Koodaajat %s ja %s koodasivat samat %d dokumenttia; heidän yhtäpitävyytensä oli Cohenin kappalla %s ja Krippendorffin alfalla %s.", a, b, d, kappa, alpha)
	},
	themeCaption: func(theme, rows string) string { return theme + " " + rows },
	decimal:      ",",
}

var english = labels{
	table: "Table", figure: "Figure", appendix: "Appendix",
	method: "Material and method", codeBook: "Code book", findings: "Key findings and development proposals", results: "Results",
	interview: "Interview", people: "People", theme: "Theme", subThemes: "Sub-themes",
	definition: "Definition", finding: "Key finding", proposal: "Development proposal", quotes: "Quotes",
	interviewsCaption: "The interviews", codeBookCaption: "The code book: themes, sub-themes and their definitions",
	findingsCaption: "Key findings and development proposals",
	nothingCoded:    "Nothing is coded yet: the results are written here once the interviews are coded.",
	byInterview:     "by interview", bySpeaker: "by speaker",
	wordCloud: "The most frequent words of the material by base form (the interviewer's turns left out)",
	codeCloud: "The sub-themes by their number of excerpts",
	totals: func(n, p int) string {
		return fmt.Sprintf("%d %s · %d %s", n, plural(n, "interview", "interviews"), p, plural(p, "person", "people"))
	},
	material: func(n, p, w int) string {
		return fmt.Sprintf("The material consists of %d theme interviews with %d %s. The transcripts hold %s words.",
			n, p, plural(p, "person", "people"), thousands(w, ","))
	},
	coding: func(c, k int) string {
		return fmt.Sprintf("The material was coded %s times by %d %s.", thousands(c, ","), k, plural(k, "coder", "coders"))
	},
	agreement: func(a, b string, d int, kappa, alpha string) string {
		return fmt.Sprintf("Coders %s and %s both coded %d documents; their agreement was %s by Cohen's kappa and %s by Krippendorff's alpha.", a, b, d, kappa, alpha)
	},
	themeCaption: func(theme, rows string) string { return theme + " " + rows },
	decimal:      ".",
}

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

// thousands writes n with a thousands separator: "20 000", "20,000".
func thousands(n int, sep string) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// figure writes a statistic with three decimals in the language's way.
func (l labels) figure3(v float64) string {
	return strings.Replace(strconv.FormatFloat(v, 'f', 3, 64), ".", l.decimal, 1)
}

// figureCaption says what a figure shows.
func (l labels) figureCaption(k FigureKind) string {
	if k == CodeCloud {
		return l.codeCloud
	}
	return l.wordCloud
}
