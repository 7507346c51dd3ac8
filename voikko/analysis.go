//go:build darwin || freebsd || linux || netbsd

package voikko

import (
	"strings"
	"unsafe"
)

// Reading is one of Voikko's analyses of a word form, with the keys that
// tell a name from a common word and the ending a name was given:
// pseudonymisation reads them (coding/pseudonym).
type Reading struct {
	Base      string // BASEFORM, as Voikko writes it: "Kati", "katti"
	Class     string // CLASS: etunimi, sukunimi, paikannimi, nimi, nimisana, …
	Case      string // SIJAMUOTO: nimento, omanto, ulkotulento, …; "" for verbs
	Number    string // NUMBER: singular or plural
	Structure string // STRUCTURE: "=ipppp" wants a capital where "i" stands
	WordBases string // WORDBASES: "+espoo(Espoo)+-+keskeinen(keskeinen)"
	// What follows the case ending, to keep after a replacement:
	Possessive string // POSSESSIVE: 1s (Katini), 2s, 3, 1p, 2p
	Question   string // KYSYMYSLIITE: "true" for -ko/-kö (Espoossako)
	Focus      string // FOCUS: kin or kaan (Katillekin)
}

var readingKeys = struct{ base, class, cas, number, structure, wordBases, possessive, question, focus []byte }{
	[]byte("BASEFORM\x00"), []byte("CLASS\x00"), []byte("SIJAMUOTO\x00"),
	[]byte("NUMBER\x00"), []byte("STRUCTURE\x00"), []byte("WORDBASES\x00"),
	[]byte("POSSESSIVE\x00"), []byte("KYSYMYSLIITE\x00"), []byte("FOCUS\x00"),
}

// Readings returns every analysis Voikko makes of word, in its own order;
// none when it does not know the word. Unlike Analyze it keeps the case
// as written and caches nothing: its caller keeps what it needs per form,
// and a name must not reach the cache file Analyze writes.
func (v *Voikko) Readings(word string) []Reading {
	if word == "" || strings.IndexByte(word, 0) >= 0 {
		return nil
	}
	h, ok := v.acquire()
	if !ok {
		return nil
	}
	defer v.release(h)
	cword := make([]byte, len(word)+1)
	copy(cword, word)
	list := v.lib.analyze(h, cword)
	if list == nil {
		return nil
	}
	defer v.lib.freeAnalysis(list)
	var out []Reading
	for i := 0; ; i++ {
		a := *(*unsafe.Pointer)(unsafe.Add(list, uintptr(i)*unsafe.Sizeof(list)))
		if a == nil {
			return out
		}
		out = append(out, v.reading(a))
	}
}

// reading reads the keys of one analysis.
func (v *Voikko) reading(a unsafe.Pointer) Reading {
	k := readingKeys
	return Reading{
		Base: v.key(a, k.base), Class: v.key(a, k.class), Case: v.key(a, k.cas),
		Number: v.key(a, k.number), Structure: v.key(a, k.structure), WordBases: v.key(a, k.wordBases),
		Possessive: v.key(a, k.possessive), Question: v.key(a, k.question), Focus: v.key(a, k.focus),
	}
}

func (v *Voikko) key(a unsafe.Pointer, key []byte) string {
	p := v.lib.value(a, key)
	if p == nil {
		return ""
	}
	defer v.lib.freeValue(p)
	return goString(p)
}
