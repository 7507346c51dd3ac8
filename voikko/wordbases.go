//go:build darwin || freebsd || linux || netbsd

package voikko

import (
	"strings"
	"unsafe"
)

var wordbases = []byte("WORDBASES\x00")

// Parts returns the base forms of a compound word's parts, by the first
// analysis that has WORDBASES (as Lemma takes the first base form):
// asiakaskokemuksen gives asiakas and kokemus, kanta-asiakkaalle kanta
// and asiakas, asiakaspalvelussa asiakas and palvelu. A word that is no
// compound, or that Voikko does not know, has none. Parts are not cached:
// a search keeps those it asked for with its words.
func (v *Voikko) Parts(word string) []string {
	if word == "" || strings.IndexByte(word, 0) >= 0 {
		return nil
	}
	h, ok := v.acquire()
	if !ok {
		return nil
	}
	defer v.release(h)
	list := v.lib.analyze(h, append([]byte(word), 0))
	if list == nil {
		return nil
	}
	defer v.lib.freeAnalysis(list)
	for i := 0; ; i++ {
		a := *(*unsafe.Pointer)(unsafe.Add(list, uintptr(i)*unsafe.Sizeof(list)))
		if a == nil {
			return nil
		}
		if p := v.lib.value(a, wordbases); p != nil {
			bases := goString(p)
			v.lib.freeValue(p)
			return ParseWordBases(bases)
		}
	}
}
