//go:build darwin || freebsd || linux || netbsd

package voikko

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

func openVoikko(t *testing.T) *Voikko {
	t.Helper()
	v, err := Open()
	if err != nil {
		if !errors.Is(err, ErrUnavailable) {
			t.Fatalf("Open failed without ErrUnavailable: %v", err)
		}
		t.Skipf("Voikko is not installed here (%v); install libvoikko1 and voikko-fi to run this test", err)
	}
	t.Cleanup(func() { v.Close() })
	return v
}

func TestVoikkoLemma(t *testing.T) {
	v := openVoikko(t)
	for word, want := range map[string]string{
		"asiakaskokemus":    "asiakaskokemus",
		"asiakaskokemuksen": "asiakaskokemus",
		"asiakaskokemukset": "asiakaskokemus",
		"palveluissa":       "palvelu",
		"olen":              "olla",
		"järjestelmistä":    "järjestelmä",
		// Several analyses: the first one's base form, as Voikko orders them.
		"alusta": "alku",
		"kuusi":  "kuu",
		// Unknown words are their own lemma; a hyphenated one takes the
		// base form of its last part.
		"niinku":       "niinku",
		"hr-yksikköön": "hr-yksikkö",
		// Proper nouns come back lower-cased, like every counted word.
		"helsingissä": "helsinki",
	} {
		if got := v.Lemma(word); got != want {
			t.Errorf("Lemma(%q) = %q, want %q", word, got, want)
		}
	}
	if _, ok := v.Analyze("niinku"); ok {
		t.Error("niinku is not in Voikko's dictionary")
	}
	if v.Lemma("") != "" {
		t.Error("empty word")
	}
}

func TestVoikkoConcurrent(t *testing.T) {
	v := openVoikko(t)
	words := []string{"talossa", "taloissa", "palvelu", "palveluja", "kokemuksia", "tiedottaminen", "asiakkaille", "ihmisten"}
	var wg sync.WaitGroup
	errs := make(chan string, 100)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				w := words[(i+g)%len(words)]
				if i%3 == 0 {
					w += "kin" // distinct forms, so analyses run, not only the cache
				}
				if v.Lemma(w) == "" {
					errs <- w
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for w := range errs {
		t.Errorf("no lemma for %q", w)
	}
	if err := v.Close(); err != nil {
		t.Fatal(err)
	}
	if v.Lemma("talossa") != "talo" || v.Lemma("taloille") != "taloille" {
		t.Error("after Close, words analysed before keep their lemma and new ones come back unchanged")
	}
}

func TestVoikkoCache(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "voikko.cache")
	v := openVoikko(t)
	if err := v.UseCache(path); err != nil {
		t.Fatal(err)
	}
	v.Lemma("asiakaskokemuksen")
	v.Lemma("virtasen") // a name Voikko may or may not know
	v.Lemma("xqzyyx")   // unknown: never written to disk
	if err := v.Flush(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "asiakaskokemuksen\tasiakaskokemus\n") || strings.Contains(string(data), "xqzyyx") {
		t.Fatalf("cache file:\n%s", data)
	}
	v2 := openVoikko(t)
	if err := v2.UseCache(path); err != nil {
		t.Fatal(err)
	}
	if len(v2.cache) != 0 {
		t.Fatal("the cache file was read before any word was asked for")
	}
	if got := v2.Lemma("asiakaskokemuksen"); got != "asiakaskokemus" || v2.added != 0 || v2.cache["virtasen"] == "" && v.cache["virtasen"] != "" {
		t.Fatalf("cache not used: %q, %d analyses made", got, v2.added)
	}
	// A cache from another libvoikko or dictionary is ignored.
	if err := os.WriteFile(path, []byte("teema-voikko-cache 0 other\nasiakaskokemuksen\tväärä\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	v3 := openVoikko(t)
	if err := v3.UseCache(path); err != nil {
		t.Fatal(err)
	}
	if got := v3.Lemma("asiakaskokemuksen"); got != "asiakaskokemus" {
		t.Fatalf("stale cache used: %q", got)
	}
}

func TestMissingLibrary(t *testing.T) {
	_, err := loadFrom([]string{"libteema-no-such-voikko.so.1"})
	if !errors.Is(err, ErrUnavailable) || !strings.Contains(err.Error(), "libvoikko1") {
		t.Fatalf("a missing libvoikko: %v", err)
	}
}
