// Package i18n words Teema in the user's language: every UI string and
// every message (package message), for the window and the command line
// alike, from one table of translations (assets/i18n/*.fi.json). English
// needs no table: the English text is the key.
package i18n

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"strings"
	"sync"
	"text/template"

	"teema/assets"
	"teema/message"
)

// Languages Teema speaks.
const (
	English = "en"
	Finnish = "fi"
)

var (
	mu      sync.RWMutex
	lang    = English
	tables  map[string]map[string]string // language → English text → translation
	parsed  = map[string]*template.Template{}
	loadErr error
	once    sync.Once
)

// Use makes lang ("fi" or "en"; anything else is English) the language of
// everything worded from now on.
func Use(l string) {
	mu.Lock()
	defer mu.Unlock()
	lang = Parse(l)
	parsed = map[string]*template.Template{}
}

// Lang is the language in use: "fi" or "en".
func Lang() string {
	mu.RLock()
	defer mu.RUnlock()
	return lang
}

// Parse turns a locale ("fi_FI.UTF-8", "fi-FI", "fi") into a language
// Teema speaks: Finnish for Finnish, English for anything else.
func Parse(locale string) string {
	if strings.HasPrefix(strings.ToLower(strings.TrimSpace(locale)), Finnish) {
		return Finnish
	}
	return English
}

// FromEnv is the language of the user's locale as POSIX says to find it:
// LC_ALL, then LC_MESSAGES, then LANG; English when none is set.
func FromEnv() string {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if l := os.Getenv(v); l != "" {
			return Parse(l)
		}
	}
	return English
}

// Table is the translations of one language: English text → translation.
func Table(l string) map[string]string {
	once.Do(load)
	return tables[l]
}

// load reads every translation file: NAME.LANG.json or LANG.json.
func load() {
	tables = map[string]map[string]string{}
	files, dir := assets.Translations()
	entries, err := fs.ReadDir(files, dir)
	if err != nil {
		loadErr = err
		return
	}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		parts := strings.Split(strings.TrimSuffix(e.Name(), ".json"), ".")
		l := parts[len(parts)-1]
		raw, err := files.ReadFile(dir + "/" + e.Name())
		if err != nil {
			loadErr = err
			continue
		}
		t := map[string]any{}
		if err := json.Unmarshal(raw, &t); err != nil {
			loadErr = fmt.Errorf("%s: %w", e.Name(), err)
			continue
		}
		if tables[l] == nil {
			tables[l] = map[string]string{}
		}
		for k, v := range t {
			tables[l][k] = words(v)
		}
	}
	if loadErr != nil {
		slog.Error("load translations", "err", loadErr)
	}
}

// words is a translation as a string. Fyne's own keys use go-i18n's
// plural form, {"other": "…"}.
func words(v any) string {
	switch w := v.(type) {
	case string:
		return w
	case map[string]any:
		s, _ := w["other"].(string)
		return s
	}
	return ""
}

// template is the parsed translation of an English text in the language
// in use; the English text itself where there is none.
func translated(text string) *template.Template {
	mu.RLock()
	t, ok := parsed[text]
	l := lang
	mu.RUnlock()
	if ok {
		return t
	}
	words := text
	if tr, ok := Table(l)[text]; ok && tr != "" {
		words = tr
	}
	t, err := template.New("").Option("missingkey=zero").Parse(words)
	if err != nil {
		t = template.Must(template.New("").Parse("{{`" + strings.ReplaceAll(words, "`", "'") + "`}}"))
	}
	mu.Lock()
	parsed[text] = t
	mu.Unlock()
	return t
}

// T translates a UI string; the English text is the key.
func T(s string) string { return message.Render(translated(s), nil) }

// TF translates a UI string with template data, e.g.
// TF("{{.N}} excerpts", map[string]any{"N": 3}).
func TF(s string, data map[string]any) string { return message.Render(translated(s), data) }

// Say words a message. An argument that is itself a message (a phrase
// such as how a file's offsets were counted) is worded first.
func Say(n message.Note) string {
	if n.Kind == nil {
		return ""
	}
	return message.Render(translated(n.Kind.Text()), worded(n.Args))
}

// worded is args with every argument that is a message worded, or args
// itself when none is.
func worded(args message.Args) message.Args {
	var out message.Args
	for k, v := range args {
		if inner, ok := v.(message.Note); ok {
			if out == nil {
				out = make(message.Args, len(args))
				for k2, v2 := range args {
					out[k2] = v2
				}
			}
			out[k] = Say(inner)
		}
	}
	if out == nil {
		return args
	}
	return out
}

// Lines words a list of messages, one per line.
func Lines(ns []message.Note) []string {
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = Say(n)
	}
	return out
}
