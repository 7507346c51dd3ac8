package main

import (
	"strings"

	"teema/voikko"
)

// lexeme is a base word and the inflected forms of it that Voikko
// analyses back to it (first analysis), most common first.
type lexeme struct {
	base  string
	forms []string
}

func split(entry string) (base, stem string) {
	base, stem, ok := strings.Cut(entry, ":")
	if !ok {
		stem = base
	}
	return base, stem
}

func last(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return ""
	}
	return string(r[len(r)-1])
}

func cut(s string, n int) string {
	r := []rune(s)
	if len(r) < n {
		return ""
	}
	return string(r[:len(r)-n])
}

// harmonise writes the vowel A as a or ä.
func harmonise(s, a string) string {
	o := "o"
	if a == "ä" {
		o = "ö"
	}
	return strings.NewReplacer("A", a, "O", o).Replace(s)
}

// nominalForms guesses the case forms of a noun or adjective, singular
// then plural, in both vowel harmonies; the wrong guesses are filtered out
// by Voikko.
func nominalForms(base, sg string) []string {
	var out []string
	nen := strings.HasSuffix(base, "nen")
	for _, a := range []string{"a", "ä"} {
		add := func(ss ...string) {
			for _, s := range ss {
				if s != "" {
					out = append(out, harmonise(s, a))
				}
			}
		}
		add(base, sg+"n", base+"A", base+"tA", base+"ttA", sg+"A")
		if nen {
			add(cut(base, 3)+"stA", cut(base, 3)+"sten")
		}
		add(sg+"ssA", sg+"stA", sg+last(sg)+"n", sg+"seen", sg+"hen", sg+"llA", sg+"ltA", sg+"lle", sg+"nA", sg+"ksi",
			sg+"nkin", sg+"ssAkin", sg+"t")
		for _, p := range []string{sg + "i", cut(sg, 1) + "i", cut(sg, 1) + "oi", cut(sg, 1) + "ei"} {
			add(p+"ssA", p+"stA", p+"hin", p+"in", p+"llA", p+"ltA", p+"lle", p+"nA", p+"ksi", p+"A", p+"tA", p+"den", p+"en", p+"tten")
		}
		add(base+"jA", base+"jen", base+"ten")
	}
	return out
}

// verbForms guesses finite and non-finite forms of a verb.
func verbForms(inf string) []string {
	var out []string
	stems := []string{cut(inf, 1), cut(inf, 2), cut(inf, 2) + "e", cut(inf, 3) + "e", cut(inf, 3) + "tse"}
	for _, a := range []string{"a", "ä"} {
		add := func(ss ...string) {
			for _, s := range ss {
				if s != "" {
					out = append(out, harmonise(s, a))
				}
			}
		}
		add(inf)
		for _, s := range stems {
			if s == "" {
				continue
			}
			add(s+"n", s+"t", s+last(s), s+"mme", s+"tte", s+"vAt", s+"i", cut(s, 1)+"i", s+"in", cut(s, 1)+"in",
				s+"isi", cut(s, 1)+"isi", s+"nut", s+"nyt", s+"lut", s+"lyt", s+"ttu", s+"tty", s+"tAAn", s+"ttiin",
				s+"minen", s+"mAAn", s+"mAssA", s+"vA", s+"ttAvA", s+"mAstA", s+"ttAisiin")
		}
	}
	return out
}

// keep returns the distinct candidates whose first Voikko analysis is base.
func keep(v *voikko.Voikko, base string, cands []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, c := range cands {
		if seen[c] {
			continue
		}
		seen[c] = true
		if got, ok := v.Analyze(c); ok && got == base {
			out = append(out, c)
		}
	}
	return out
}

func lexicon(v *voikko.Voikko) (nounLex, adjLex, verbLex []lexeme, tried int) {
	build := func(entries []string, forms func(base, stem string) []string) []lexeme {
		var out []lexeme
		for _, e := range entries {
			base, stem := split(e)
			c := forms(base, stem)
			tried += len(c)
			if f := keep(v, base, c); len(f) > 0 {
				out = append(out, lexeme{base, f})
			}
		}
		return out
	}
	nounLex = build(nouns, nominalForms)
	adjLex = build(adjectives, nominalForms)
	verbLex = build(verbs, func(base, _ string) []string { return verbForms(base) })
	return nounLex, adjLex, verbLex, tried
}
