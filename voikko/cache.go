//go:build darwin || freebsd || linux || netbsd

package voikko

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"teema/message"
)

// The analysis cache on disk. Analysing a word takes libvoikko some 20 µs,
// and a project of a hundred interviews has tens of thousands of distinct
// word forms, so most of a lemma count's time would go to analyses already
// made in the last count. UseCache loads them and Flush saves the new ones.
//
// Only words Voikko knows are saved, lower-cased, with their base form:
// dictionary words. Words it does not know (names, rare spellings, the odd
// identifying detail of an interview) are never written outside the
// project; they cost Voikko almost nothing to reject again.
//
// The file starts with a signature: the cache format, libvoikko's version
// and the base forms of a few probe words that differ between dictionary
// versions. A cache written by another libvoikko or dictionary is ignored
// and replaced.

const cacheFormat = "teema-voikko-cache 1"

// maxCached bounds what Flush saves, so the file stays small (a few MB).
const maxCached = 500_000

var probes = []string{"alusta", "kuusi", "voi", "tuli", "kuin", "eli", "tavallaan", "paljon", "sinä",
	"asiakaskokemuksen", "järjestelmistä", "palkanlaskennassa", "linja-autossa", "henkilöstöhallinnon"}

// DefaultCachePath is where Teema keeps its analysis cache: teema/voikko-fi.cache
// in the user's cache folder ($XDG_CACHE_HOME or ~/.cache on Linux).
func DefaultCachePath() (string, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "teema", "voikko-fi.cache"), nil
}

// Signature names this libvoikko and its dictionary: two Voikkos with the
// same signature give every word the same base form. It is computed once.
func (v *Voikko) Signature() string {
	v.sigOnce.Do(func() { v.sig = v.signature() })
	return v.sig
}

func (v *Voikko) signature() string {
	h, ok := v.acquire()
	if !ok {
		return ""
	}
	defer v.release(h)
	var b strings.Builder
	b.WriteString(cacheFormat)
	b.WriteString(" libvoikko ")
	if v.lib.version != nil {
		if p := v.lib.version(); p != nil {
			b.WriteString(goString(p))
		}
	}
	for _, w := range probes {
		b.WriteByte(' ')
		b.WriteString(v.analyze(h, w))
	}
	return b.String()
}

// UseCache makes Voikko use the analyses saved at path, if the file was
// written by the same libvoikko and dictionary, and makes Flush save to
// path. The file is read when a word is first asked for that Voikko has
// not analysed yet: a count whose words' base forms its project already
// keeps never reads it. A missing or outdated file is not an error; one
// that cannot be read is reported by Flush.
func (v *Voikko) UseCache(path string) error {
	sig := v.Signature()
	v.cacheMu.Lock()
	v.cachePath, v.cacheSig = path, sig
	v.cacheMu.Unlock()
	return nil
}

// loadCache reads the cache file given to UseCache, once.
func (v *Voikko) loadCache() {
	v.loadOnce.Do(func() {
		v.cacheMu.RLock()
		path, sig := v.cachePath, v.cacheSig
		v.cacheMu.RUnlock()
		if path != "" {
			v.loadErr = v.readCache(path, sig)
		}
	})
}

func (v *Voikko) readCache(path, sig string) error {
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return errCache.Wrap(err, message.Args{"Path": path})
	}
	text := string(data) // one allocation; the entries are slices of it
	header, body, _ := strings.Cut(text, "\n")
	if header != sig {
		return nil
	}
	v.cacheMu.Lock()
	defer v.cacheMu.Unlock()
	if n := strings.Count(body, "\n"); len(v.cache) < n {
		grown := make(map[string]string, n+len(v.cache)+1024)
		for w, b := range v.cache {
			grown[w] = b
		}
		v.cache = grown
	}
	for body != "" {
		var line string
		line, body, _ = strings.Cut(body, "\n")
		word, base, ok := strings.Cut(line, "\t")
		if !ok || word == "" || base == "" {
			continue
		}
		if _, have := v.cache[word]; !have {
			v.cache[word] = base
		}
	}
	return nil
}

// Flush saves the analyses of known words to the path given to UseCache,
// if any were made since. The file is replaced atomically.
func (v *Voikko) Flush() error {
	v.cacheMu.RLock()
	path, added := v.cachePath, v.added
	v.cacheMu.RUnlock()
	// An analysis is made only after the file was read (Analyze).
	if path == "" || added == 0 {
		return v.loadErr
	}
	if v.loadErr != nil {
		return v.loadErr
	}
	v.cacheMu.RLock()
	var buf bytes.Buffer
	buf.WriteString(v.cacheSig)
	buf.WriteByte('\n')
	n := 0
	for word, base := range v.cache {
		if base == "" || strings.ContainsAny(word, "\t\n") || strings.ContainsAny(base, "\t\n") {
			continue
		}
		if n++; n > maxCached {
			break
		}
		buf.WriteString(word)
		buf.WriteByte('\t')
		buf.WriteString(base)
		buf.WriteByte('\n')
	}
	v.cacheMu.RUnlock()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return errCache.Wrap(err, message.Args{"Path": path})
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".voikko-*.tmp")
	if err != nil {
		return errCache.Wrap(err, message.Args{"Path": path})
	}
	_, werr := tmp.Write(buf.Bytes())
	cerr := tmp.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Rename(tmp.Name(), path)
	}
	if werr != nil {
		os.Remove(tmp.Name())
		return errCache.Wrap(werr, message.Args{"Path": path})
	}
	v.cacheMu.Lock()
	v.added = 0
	v.cacheMu.Unlock()
	return nil
}
