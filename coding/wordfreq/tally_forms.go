package wordfreq

import "strings"

// keptForms are the forms of the words under one signature: what a
// count asked its Forms for, kept so the next count need not ask. Looking
// a word's lemma up by its number is cheaper than in Voikko's cache, and
// a count that finds every form here never reads that cache. Like the
// words, the forms read are one string, each ended by a newline.
type keptForms struct {
	text    string   // the forms read, each ended by a newline; empty: not known
	ends    []uint32 // where in text each form ends
	found   []string // by word number, forms found since; made at the first
	changed bool
}

func readForms(b []byte) (*keptForms, bool) {
	if len(b) == 0 || b[0] != tallyVersion || b[len(b)-1] != '\n' || len(b) > 1<<31 {
		return nil, false
	}
	k := &keptForms{text: string(b[1:])}
	k.ends = make([]uint32, 0, len(k.text)/8)
	for start := 0; start < len(k.text); start++ {
		start += strings.IndexByte(k.text[start:], '\n')
		k.ends = append(k.ends, uint32(start))
	}
	return k, true
}

// get is the form of word i, "" if not known.
func (k *keptForms) get(i int) string {
	if k.found != nil && k.found[i] != "" {
		return k.found[i]
	}
	if i >= len(k.ends) {
		return ""
	}
	start := 0
	if i > 0 {
		start = int(k.ends[i-1]) + 1
	}
	return k.text[start:k.ends[i]]
}

// set keeps the form of word i of a list of n words.
func (k *keptForms) set(i, n int, form string) {
	if k.found == nil {
		k.found = make([]string, n)
	}
	k.found[i], k.changed = form, true
}

// bytes encodes the forms of a list of n words.
func (k *keptForms) bytes(n int) []byte {
	for n > 0 && k.get(n-1) == "" {
		n--
	}
	b := make([]byte, 1, len(k.text)+1)
	b[0] = tallyVersion
	for i := range n {
		b = append(append(b, k.get(i)...), '\n')
	}
	return b
}

// KeepForms gives the words' forms kept under a signature (from
// KeptForms). Forms kept for more words than the list has are not of this
// list and are ignored.
func (w *TallyWords) KeepForms(signature string, b []byte) {
	k, ok := readForms(b)
	if !ok || len(k.ends) > w.Len() {
		return
	}
	if w.forms == nil {
		w.forms = map[string]*keptForms{}
	}
	w.forms[signature] = k
}

// KeptForms returns, encoded by signature, the forms a count added to.
func (w *TallyWords) KeptForms() map[string][]byte {
	out := map[string][]byte{}
	if w == nil {
		return out
	}
	for sig, k := range w.forms {
		if k.changed {
			out[sig] = k.bytes(w.Len())
		}
	}
	return out
}

// formsOf returns the kept forms under a signature, making them when none
// are kept. Only the one worker that counts packed tallies calls it, and
// only it changes them while counting.
func (w *TallyWords) formsOf(signature string) *keptForms {
	if w.forms == nil {
		w.forms = map[string]*keptForms{}
	}
	k := w.forms[signature]
	if k == nil {
		k = &keptForms{}
		w.forms[signature] = k
	}
	return k
}
