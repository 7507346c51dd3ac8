package i18n

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"teema/message"
)

// wordedCalls are the functions whose first argument is an English text
// the user reads: UI strings and message kinds.
var wordedCalls = map[string]bool{"T": true, "TF": true, "New": true}

// TestFinnishCoversEverything reads every Go file of Teema and fails when
// a UI string or a message kind has no Finnish, or when one is not a
// string literal, which this test could not check.
func TestFinnishCoversEverything(t *testing.T) {
	once.Do(load)
	if err := loadErr; err != nil {
		t.Fatal(err)
	}
	fi := Table(Finnish)
	texts := wordedTexts(t, "..")
	if len(texts) < 250 {
		t.Fatalf("found only %d texts; is the scan right?", len(texts))
	}
	for text, where := range texts {
		if _, ok := fi[text]; !ok {
			t.Errorf("%s: no Finnish for %q", where, text)
		}
	}
}

// wordedTexts finds the texts of T, TF and message.New calls under root.
// A text is a string literal or a constant of its package.
func wordedTexts(t *testing.T, root string) map[string]string {
	t.Helper()
	fset := token.NewFileSet()
	files := map[string][]*ast.File{} // folder → its files
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".") && path != root) {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err == nil {
			files[filepath.Dir(path)] = append(files[filepath.Dir(path)], f)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	for _, fs := range files {
		consts := constants(fs)
		for _, f := range fs {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) == 0 || !isWorded(call) {
					return true
				}
				where := fset.Position(call.Pos()).String()
				text, ok := literal(call.Args[0], consts)
				if !ok {
					t.Errorf("%s: the text is not a string literal or constant, so its translation cannot be checked", where)
					return true
				}
				texts[text] = where
				return true
			})
		}
	}
	return texts
}

// constants are a package's string constants.
func constants(files []*ast.File) map[string]string {
	out := map[string]string{}
	for _, f := range files {
		for _, decl := range f.Decls {
			g, ok := decl.(*ast.GenDecl)
			if !ok || g.Tok != token.CONST {
				continue
			}
			for _, spec := range g.Specs {
				v := spec.(*ast.ValueSpec)
				for i, name := range v.Names {
					if i < len(v.Values) {
						if s, ok := literal(v.Values[i], nil); ok {
							out[name.Name] = s
						}
					}
				}
			}
		}
	}
	return out
}

// isWorded reports whether a call is T(…), TF(…), i18n.T(…) or message.New(…).
func isWorded(call *ast.CallExpr) bool {
	switch f := call.Fun.(type) {
	case *ast.Ident:
		return f.Name == "T" || f.Name == "TF"
	case *ast.SelectorExpr:
		pkg, ok := f.X.(*ast.Ident)
		return ok && wordedCalls[f.Sel.Name] && (pkg.Name == "message" && f.Sel.Name == "New" || pkg.Name == "i18n" && f.Sel.Name != "New")
	}
	return false
}

// literal folds a string literal, a constant, or a sum of them, into its
// value.
func literal(e ast.Expr, consts map[string]string) (string, bool) {
	switch v := e.(type) {
	case *ast.Ident:
		s, ok := consts[v.Name]
		return s, ok
	case *ast.BasicLit:
		if v.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(v.Value)
		return s, err == nil
	case *ast.BinaryExpr:
		a, okA := literal(v.X, consts)
		b, okB := literal(v.Y, consts)
		return a + b, okA && okB && v.Op == token.ADD
	case *ast.ParenExpr:
		return literal(v.X, consts)
	}
	return "", false
}

func TestFinnishTemplatesParse(t *testing.T) {
	for en, fi := range Table(Finnish) {
		if strings.Count(en, "{{") != strings.Count(fi, "{{") {
			t.Errorf("%q and its Finnish %q fill in different numbers of values", en, fi)
		}
	}
}

func TestWordsInTheLanguageInUse(t *testing.T) {
	defer Use(Lang())
	empty := message.New("{{.File}} is empty: it has no text.")
	err := fmt.Errorf("import: %w", empty.New(message.Args{"File": "puhe.txt"}))
	Use("fi_FI.UTF-8")
	if Lang() != Finnish {
		t.Fatalf("fi_FI.UTF-8 is %q", Lang())
	}
	Use("C")
	if got := Error(err); got != "puhe.txt is empty: it has no text." {
		t.Errorf("English: %q", got)
	}
	if !errors.Is(err, empty) {
		t.Error("errors.Is does not find the kind")
	}
	_, statErr := os.Stat("/no/such/file")
	if got := Error(statErr); got != "/no/such/file does not exist." {
		t.Errorf("an operating system's error: %q", got)
	}
}

func TestFromEnv(t *testing.T) {
	for _, c := range []struct{ all, messages, lang, want string }{
		{"", "", "fi_FI.UTF-8", Finnish},
		{"C", "", "fi_FI.UTF-8", English},
		{"", "fi_FI", "en_US.UTF-8", Finnish},
		{"", "", "", English},
	} {
		t.Setenv("LC_ALL", c.all)
		t.Setenv("LC_MESSAGES", c.messages)
		t.Setenv("LANG", c.lang)
		if got := FromEnv(); got != c.want {
			t.Errorf("LC_ALL=%q LC_MESSAGES=%q LANG=%q: %q, want %q", c.all, c.messages, c.lang, got, c.want)
		}
	}
}
