package wordfreq

// keptForms are the forms of the words under one signature: what a
// count asked its Forms for, kept so the next count need not ask. Looking
// a word's lemma up by its number is cheaper than in Voikko's cache, and
// a count that finds every form here never reads that cache.
type keptForms struct {
	read    lines    // the forms as read, by word number; empty: not known
	found   []string // by word number, forms found since; made at the first
	changed bool
}

// get is the form of word i, "" if not known.
func (k *keptForms) get(i int) string {
	if k.found != nil && k.found[i] != "" {
		return k.found[i]
	}
	if i >= k.read.len() {
		return ""
	}
	return k.read.at(i)
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
	b := make([]byte, 1, len(k.read.text)+1)
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
	read, ok := readLines(b)
	if !ok || len(b) == 1 || read.len() > w.Len() {
		return
	}
	if w.forms == nil {
		w.forms = map[string]*keptForms{}
	}
	w.forms[signature] = &keptForms{read: read}
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
