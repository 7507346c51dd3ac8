//go:build !(darwin || freebsd || linux || netbsd)

package voikko

// Parts knows no compounds where Voikko cannot be loaded.
func (v *Voikko) Parts(word string) []string { return nil }
