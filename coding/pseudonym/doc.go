// Package pseudonym holds the rules of pseudonymising transcripts: which
// words are names (Find), what a key of replacements may say (Key.Check),
// and how each form of a name is replaced so that it keeps its Finnish
// ending ("Katille" → "H2:lle", "Espoossa" → "[kaupunki]ssa") and no
// trace of the name's stem (Replacer).
//
// Names are told by Voikko's readings of each word form (an Analyser),
// chosen by how the word is written: a reading that wants a capital
// ("=ipppp") fits "Katille" in the middle of a sentence, a common word's
// reading fits "katille", and both fit "Katille" at a sentence's start,
// which is left to the researcher. Without Voikko the package still
// finds capitalised words and the regular endings that follow a name
// unchanged (Kati, Katin, Katille), but not the forms whose stem changes
// (Aalto, Aallolle).
package pseudonym
