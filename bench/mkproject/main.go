// Command mkproject builds the benchmark project: it imports the corpus
// of bench/gencorpus into a new Teema project, in three customer groups
// (attribute ryhmä: Kunnat, Kuntayhtymät, Yhteisöt, by interview number)
// with the number of interviewees (haastateltavia: 1 or 2), adds the
// Calpro code book and N codings spread over its sub-themes,
// deterministically from a seed.
//
// Each coding covers 5–60 whole words inside an interviewee's turn; one in
// 20 carries a memo; a fifth are by a second coder. Codings overlap now and
// then, as real ones do, so co-occurrence has something to count.
//
//	go run ./bench/mkproject -corpus bench/out/corpus -out bench/out/project.teema -codings 20000 -seed 1
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"unicode"

	"teema/assets"
	"teema/coding"
	"teema/store"
)

var groups = []string{"Kunnat", "Kuntayhtymät", "Yhteisöt"}

func main() {
	corpus := flag.String("corpus", "", "folder of haastattelu_*.txt (bench/gencorpus)")
	out := flag.String("out", "", "project to create (replaced if it exists)")
	n := flag.Int("codings", 20000, "number of codings")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	if *corpus == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "usage: mkproject -corpus DIR -out PROJECT.teema [-codings N] [-seed N]")
		os.Exit(2)
	}
	if err := run(*corpus, *out, *n, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "mkproject:", err)
		os.Exit(1)
	}
}

func run(corpus, out string, n int, seed uint64) error {
	files, err := filepath.Glob(filepath.Join(corpus, "haastattelu_*.txt"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no haastattelu_*.txt in %s", corpus)
	}
	sort.Strings(files)
	for _, suffix := range []string{"", "-journal", "-wal", "-shm"} {
		os.Remove(out + suffix)
	}
	p, err := store.Create(out)
	if err != nil {
		return err
	}
	defer p.Close()
	if err := p.SetName("Suorituskyky"); err != nil {
		return err
	}
	raw, err := assets.Template("calpro")
	if err != nil {
		return err
	}
	tmpl, err := coding.ParseTemplate(raw)
	if err != nil {
		return err
	}
	if _, err := p.ApplyTemplate(tmpl); err != nil {
		return err
	}
	var docs []coding.Document
	for i, f := range files {
		attrs := map[string]string{"ryhmä": groups[i%len(groups)], "haastateltavia": fmt.Sprint(1 + i%2)}
		d, err := p.ImportFile(f, attrs)
		if err != nil {
			return err
		}
		full, err := p.Document(d.ID)
		if err != nil {
			return err
		}
		docs = append(docs, full)
	}

	book, err := p.CodeBook()
	if err != nil {
		return err
	}
	var leaves []int64
	book.Walk(func(c coding.Code, _ int) {
		if len(book.Children(c.ID)) == 0 {
			leaves = append(leaves, c.ID)
		}
	})

	r := rand.New(rand.NewPCG(seed, seed^0x5851f42d4c957f2d))
	type answer struct{ words [][2]int } // word spans in code points
	answers := make([][]answer, len(docs))
	for i, d := range docs {
		rs := []rune(d.Text)
		for _, t := range d.Turns {
			if coding.IsInterviewer(t.Speaker) {
				continue
			}
			var a answer
			start := -1
			for k := t.Start; k <= t.End && k <= len(rs); k++ {
				word := k < t.End && k < len(rs) && (unicode.IsLetter(rs[k]) || unicode.IsDigit(rs[k]) || rs[k] == '-')
				switch {
				case word && start < 0:
					start = k
				case !word && start >= 0:
					a.words = append(a.words, [2]int{start, k})
					start = -1
				}
			}
			if len(a.words) > 6 {
				a.words = a.words[1:] // the speaker label
				answers[i] = append(answers[i], a)
			}
		}
	}

	type key struct {
		doc, code  int64
		start, end int
	}
	seen := map[key]bool{}
	es := make([]coding.Excerpt, 0, n)
	for len(es) < n {
		di := len(es) % len(docs)
		if len(answers[di]) == 0 {
			return fmt.Errorf("%s has no interviewee turns", docs[di].Name)
		}
		a := answers[di][r.IntN(len(answers[di]))]
		length := min(5+r.IntN(56), len(a.words))
		first := r.IntN(len(a.words) - length + 1)
		e := coding.Excerpt{
			DocID: docs[di].ID, CodeID: leaves[r.IntN(len(leaves))],
			Start: a.words[first][0], End: a.words[first+length-1][1], Coder: "liisa",
		}
		if r.IntN(5) == 0 {
			e.Coder = "matti"
		}
		if r.IntN(20) == 0 {
			e.Memo = "Tärkeä kohta: palaa tähän analyysissa."
		}
		k := key{e.DocID, e.CodeID, e.Start, e.End}
		if seen[k] {
			continue
		}
		seen[k] = true
		es = append(es, e)
	}
	if err := p.AddExcerpts(es); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "mkproject: %d interviews in %d groups, %d codes (%d sub-themes), %d codings -> %s\n",
		len(docs), len(groups), book.Len(), len(leaves), len(es), out)
	return nil
}
