package qdpx

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"teema/store"
)

// flatCodeBook is a .qdc of n themes.
func flatCodeBook(n int) string {
	var b strings.Builder
	b.WriteString(`<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>`)
	for i := range n {
		fmt.Fprintf(&b, `<Code guid="00000000-0000-0000-0000-%012d" name="Koodi %d" isCodable="true"/>`, i, i)
	}
	b.WriteString(`</Codes></CodeBook>`)
	return b.String()
}

// deepCodeBook is a .qdc of one path n codes long.
func deepCodeBook(n int) string {
	var b strings.Builder
	b.WriteString(`<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>`)
	for i := range n {
		fmt.Fprintf(&b, `<Code guid="00000000-0000-0000-0000-%012d" name="Taso %d" isCodable="true">`, i, i)
	}
	b.WriteString(strings.Repeat(`</Code>`, n))
	b.WriteString(`</Codes></CodeBook>`)
	return b.String()
}

// A code book of MaxCodes codes imports whole, and the project's progress
// function hears of it to the end. Reading the code book afresh for each
// code, as Teema once did, would take hours here. One code more is
// refused in plain words and adds nothing.
func TestImportLargestCodeBook(t *testing.T) {
	if testing.Short() {
		t.Skip("imports 100,000 codes")
	}
	p := newProject(t)
	var last, calls int
	p.SetProgress(func(done, total int) {
		calls++
		if done < last || total != store.MaxCodes {
			t.Fatalf("progress %d of %d after %d", done, total, last)
		}
		last = done
	})
	rep, err := ImportCodeBook(p, strings.NewReader(flatCodeBook(store.MaxCodes)))
	if err != nil {
		t.Fatal(err)
	}
	cb, _ := p.CodeBook()
	if rep.Codes != store.MaxCodes || cb.Len() != store.MaxCodes || last != store.MaxCodes || calls > 201 {
		t.Fatalf("%d codes reported, %d in the book, progress to %d in %d calls", rep.Codes, cb.Len(), last, calls)
	}
	p.SetProgress(nil)
	more := strings.Replace(flatCodeBook(1), "Koodi 0", "Yksi liikaa", 1)
	if _, err := ImportCodeBook(p, strings.NewReader(more)); !errors.Is(err, store.ErrTooManyCodes) {
		t.Fatalf("code %d: %v", store.MaxCodes+1, err)
	}
	if cb, _ := p.CodeBook(); cb.Len() != store.MaxCodes {
		t.Fatalf("%d codes after a refused import", cb.Len())
	}
}

// A path one code deeper than MaxCodeDepth is refused in plain words and
// adds nothing; one of MaxCodeDepth imports.
func TestImportCodeBookDepth(t *testing.T) {
	p := newProject(t)
	_, err := ImportCodeBook(p, strings.NewReader(deepCodeBook(store.MaxCodeDepth+1)))
	if !errors.Is(err, store.ErrCodeTooDeep) || !strings.Contains(err.Error(), "at most 64 levels deep") {
		t.Fatalf("a path of %d codes: %v", store.MaxCodeDepth+1, err)
	}
	if cb, _ := p.CodeBook(); cb.Len() != 0 {
		t.Fatalf("%d codes added by a refused file", cb.Len())
	}
	if rep, err := ImportCodeBook(p, strings.NewReader(deepCodeBook(store.MaxCodeDepth))); err != nil || rep.Codes != store.MaxCodeDepth {
		t.Fatalf("a path of %d codes: %v", store.MaxCodeDepth, err)
	}
}

// BenchmarkImportCodeBook imports code books of growing size: the time per
// code stays flat.
func BenchmarkImportCodeBook(b *testing.B) {
	for _, n := range []int{2_000, 8_000, 100_000} {
		qdc := flatCodeBook(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				p, err := store.Create(b.TempDir() + "/p.teema")
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				if _, err := ImportCodeBook(p, strings.NewReader(qdc)); err != nil {
					b.Fatal(err)
				}
				p.Close()
			}
		})
	}
}
