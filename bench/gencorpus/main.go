// Command gencorpus writes a synthetic Finnish interview corpus for the
// word-frequency benchmark (bench/wordfreq.sh): N interviews of about W
// words each, as .txt files, deterministic for a seed and a Voikko
// dictionary.
//
// The interviews alternate short interviewer questions ("Haastattelija:")
// and long answers ("H12:"). Their words are drawn with Zipf-like weights
// from particles and fillers of spoken Finnish (ja, on, niinku, tota, öö...)
// and from the inflected forms of the base words in vocab.go, partly
// joined into compounds (asiakas + palveluissa). Every inflected form and
// compound is checked with Voikko when the lexicon is built, so the text
// reads like real inflected Finnish and Voikko's lemmas are known; the
// fillers and spoken forms Voikko does not know (niinku, mä, sit) stay
// unknown, as in a real transcript. The generator prints how many of the
// distinct forms and of the tokens Voikko analyses.
//
//	go run ./bench/gencorpus -out /tmp/corpus -docs 100 -words 10000 -seed 1
package main

import (
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"teema/voikko"
)

func main() {
	out := flag.String("out", "", "folder to write the interviews to (created)")
	docs := flag.Int("docs", 100, "number of interviews")
	words := flag.Int("words", 10000, "words per interview")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "usage: gencorpus -out DIR [-docs N] [-words N] [-seed N]")
		os.Exit(2)
	}
	v, err := voikko.Open()
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	defer v.Close()
	g := newGenerator(v, *seed)
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	for i := 1; i <= *docs; i++ {
		text := g.interview(i, *words)
		name := filepath.Join(*out, fmt.Sprintf("haastattelu_%03d.txt", i))
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "gencorpus:", err)
			os.Exit(1)
		}
	}
	g.report(v)
}

// weighted picks items with given weights by binary search on the
// cumulative sums.
type weighted struct {
	items []string
	cum   []float64
}

func (w *weighted) add(item string, weight float64) {
	total := weight
	if n := len(w.cum); n > 0 {
		total += w.cum[n-1]
	}
	w.items = append(w.items, item)
	w.cum = append(w.cum, total)
}

func (w *weighted) pick(r *rand.Rand) string {
	x := r.Float64() * w.cum[len(w.cum)-1]
	lo, hi := 0, len(w.cum)-1
	for lo < hi {
		m := (lo + hi) / 2
		if w.cum[m] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return w.items[lo]
}

type generator struct {
	r                  *rand.Rand
	v                  *voikko.Voikko
	particles          weighted
	nouns, adjs, verbs weighted
	modifiers          []string
	compoundOK         map[string]bool
	hyphenated         []string
	tokens             map[string]int // every token written, lower-cased, for the report
	tried, formsKept   int
	lexemes            int
}

// zipfForms spreads a lexeme's weight over its forms, the first (the
// nominative, the infinitive) most often.
func zipfForms(w *weighted, lx []lexeme, r *rand.Rand) int {
	order := r.Perm(len(lx))
	n := 0
	for rank, i := range order {
		base := 1 / math.Pow(float64(rank)+3, 1.05)
		for k, f := range lx[i].forms {
			w.add(f, base/math.Pow(float64(k)+1.5, 0.9))
			n++
		}
	}
	return n
}

func newGenerator(v *voikko.Voikko, seed uint64) *generator {
	g := &generator{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), v: v, compoundOK: map[string]bool{}, tokens: map[string]int{}}
	for _, p := range particles {
		g.particles.add(p.w, float64(p.n))
	}
	nounLex, adjLex, verbLex, tried := lexicon(v)
	g.tried = tried
	g.lexemes = len(nounLex) + len(adjLex) + len(verbLex)
	g.formsKept = zipfForms(&g.nouns, nounLex, g.r) + zipfForms(&g.adjs, adjLex, g.r) + zipfForms(&g.verbs, verbLex, g.r)
	g.modifiers = []string{"asiakas", "palvelu", "henkilöstö", "talous", "palkka", "työ", "tieto", "järjestelmä", "kehitys",
		"laatu", "yhteistyö", "kunta", "sopimus", "koulutus", "raportti", "loma", "matka", "kulu", "aika", "tuki"}
	g.hyphenated = []string{"HR-yksikkö", "HR-yksikön", "HR-yksikössä", "HR-asiat", "IT-tuki", "IT-tuen", "Excel-taulukko",
		"Excel-taulukossa", "linja-auto", "linja-autolla", "vuosi-ilmoitus", "sähköposti-ilmoitus"}
	return g
}

// content draws an inflected noun, adjective or verb, sometimes as the
// head of a compound that Voikko accepts.
func (g *generator) content() string {
	switch x := g.r.Float64(); {
	case x < 0.58:
		w := g.nouns.pick(g.r)
		if g.r.Float64() < 0.25 {
			m := g.modifiers[g.r.IntN(len(g.modifiers))]
			if m != w && !strings.HasPrefix(w, m) {
				c := m + w
				ok, seen := g.compoundOK[c]
				if !seen {
					_, ok = g.v.Analyze(c)
					g.compoundOK[c] = ok
				}
				if ok {
					return c
				}
			}
		}
		return w
	case x < 0.75:
		return g.adjs.pick(g.r)
	default:
		return g.verbs.pick(g.r)
	}
}

func (g *generator) word() string {
	switch x := g.r.Float64(); {
	case x < 0.46:
		return g.particles.pick(g.r)
	case x < 0.995:
		return g.content()
	case x < 0.997:
		return g.hyphenated[g.r.IntN(len(g.hyphenated))]
	default:
		return []string{"2016", "10", "3", "24", "2015", "100"}[g.r.IntN(6)]
	}
}

// sentence writes n words, capitalised, with commas now and then.
func (g *generator) sentence(b *strings.Builder, n int, end string) int {
	for i := 0; i < n; i++ {
		w := g.word()
		if r := []rune(w); r[0] >= '0' && r[0] <= '9' {
			// numbers are written but are not words
		} else {
			g.tokens[strings.ToLower(w)]++
		}
		if i == 0 {
			r, size := utf8.DecodeRuneInString(w)
			w = string(unicode.ToUpper(r)) + w[size:]
		} else {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		if i > 0 && i < n-2 && g.r.Float64() < 0.08 {
			b.WriteByte(',')
		}
	}
	b.WriteString(end)
	return n
}

func (g *generator) interview(num, words int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Haastattelu %d\n\n", num)
	label := fmt.Sprintf("H%d", num)
	for n := 0; n < words; {
		b.WriteString("Haastattelija: ")
		n += g.sentence(&b, 5+g.r.IntN(10), "?")
		g.tokens["haastattelija"]++
		b.WriteString("\n\n")
		b.WriteString(label + ": ")
		g.tokens["h"]++
		for s, k := 0, 2+g.r.IntN(10); s < k && n < words; s++ {
			if s > 0 {
				b.WriteByte(' ')
			}
			n += g.sentence(&b, 4+g.r.IntN(15), ".")
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// report tells how much of the corpus Voikko analyses.
func (g *generator) report(v *voikko.Voikko) {
	var distinct, known, tokens, knownTokens int
	for w, n := range g.tokens {
		distinct++
		tokens += n
		if _, ok := v.Analyze(w); ok {
			known++
			knownTokens += n
		}
	}
	fmt.Fprintf(os.Stderr, "gencorpus: %d base words, %d inflected forms kept of %d candidates;\n", g.lexemes, g.formsKept, g.tried)
	fmt.Fprintf(os.Stderr, "gencorpus: %d tokens, %d distinct forms; Voikko analyses %.1f%% of the forms and %.1f%% of the tokens\n",
		tokens, distinct, 100*float64(known)/float64(distinct), 100*float64(knownTokens)/float64(tokens))
}
