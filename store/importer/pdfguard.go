package importer

import (
	"bytes"
	"regexp"
	"runtime/metrics"
	"strconv"
	"time"
)

// Limits on the work one PDF may cause. The PDF library has no cancellation
// and can loop on broken object graphs, so every byte it reads and every
// content-stream operator it hands back checks the budget, and aborts with a
// panic that readPDF recovers.
const (
	pdfTimeLimit = 20 * time.Second
	maxPDFPages  = 5000
	maxGlyphs    = 5_000_000
	// A page's own glyphs are held at once (56 bytes each) to rebuild its
	// lines: a dense A4 page has 10,000.
	maxPageGlyphs = 200_000
	// Page trees are shallow and nearly all their nodes are pages; the
	// bound leaves room for each page under 15 nodes of its own.
	maxPageNodes = 16 * maxPDFPages
	// Forms are drawn inside forms a level or two deep, a few on a page.
	maxFormDepth = 16
	maxFormDraws = 10_000
)

// abort is the panic value of a budget overrun. It claims to be a
// runtime.Error so that the library's own recover handlers, which swallow
// parse errors but re-panic runtime errors, let it through.
type abort struct{ err error }

func (a abort) Error() string { return a.err.Error() }
func (a abort) RuntimeError() {}
func (a abort) Unwrap() error { return a.err }

type budget struct {
	read      int64 // bytes read from the file so far
	readLimit int64
	deadline  time.Time
	heapLimit uint64
	lastHeap  time.Time
	glyphs    int
	ops       int
	nodes     int
}

// pdfHeapLimit is how much the heap may grow while one PDF is read: a
// compressed stream can inflate a thousandfold, and the library holds what
// it inflates, so time alone would not stop a bomb before memory runs out.
// Reading 5,000 full pages, 4.9 million characters, grows it by 36 MB;
// the heap is the whole process's, which other files read alongside grow
// too, so the bound leaves them room.
const pdfHeapLimit = 1 << 30

func newBudget() *budget {
	return &budget{deadline: time.Now().Add(pdfTimeLimit), heapLimit: heapBytes() + pdfHeapLimit}
}

func (b *budget) check() {
	now := time.Now()
	if now.After(b.deadline) {
		panic(abort{errTooSlow.New(nil)})
	}
	if now.Sub(b.lastHeap) < 10*time.Millisecond {
		return
	}
	b.lastHeap = now
	if heapBytes() > b.heapLimit {
		panic(abort{errTooHungry.New(nil)})
	}
}

func heapBytes() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// budgetReader is the io.ReaderAt the library reads the file through.
type budgetReader struct {
	r *bytes.Reader
	b *budget
}

func (br budgetReader) ReadAt(p []byte, off int64) (int, error) {
	if br.b.read += int64(len(p)); br.b.read > br.b.readLimit {
		panic(abort{errLoops.New(nil)})
	}
	br.b.check()
	return br.r.ReadAt(p, off)
}

// repairPDF fixes harmless deviations that the library refuses although
// every PDF viewer opens such files: bytes before the "%PDF-" header (mail
// gateways add them), a header line not ending right after the version
// ("%PDF-1.4 %âãÏÓ"), version 2.0, and bytes after the final "%%EOF". Offsets
// inside the file are kept, except that leading junk is cut, as viewers do.
func repairPDF(data []byte) []byte {
	if i := bytes.Index(data[:min(len(data), 1024)], []byte("%PDF-")); i > 0 {
		data = data[i:]
	}
	if i := bytes.LastIndex(data, []byte("%%EOF")); i >= 0 && len(data)-i > 64 {
		data = data[:i+5]
	}
	if len(data) < 10 || !bytes.HasPrefix(data, []byte("%PDF-")) {
		return data
	}
	fixVersion := !bytes.HasPrefix(data, []byte("%PDF-1.")) || data[7] < '0' || data[7] > '7'
	fixEOL := data[8] != '\r' && data[8] != '\n'
	if !fixVersion && !fixEOL {
		return data
	}
	data = bytes.Clone(data)
	if fixVersion {
		copy(data[5:8], "1.7")
	}
	if fixEOL {
		data[8] = '\n'
	}
	return data
}

var (
	encrypted  = regexp.MustCompile(`/Encrypt\s*(<<|\d+\s+\d+\s+R)`)
	sizeKey    = regexp.MustCompile(`/Size\s+(\d+)`)
	indexKey   = regexp.MustCompile(`/Index\s*\[([\d\s]*)\]`)
	xrefHeader = regexp.MustCompile(`(?m)^[ \t]*(\d+)[ \t]+(\d+)[ \t]*\r?$`)
	widthsKey  = regexp.MustCompile(`/W\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s*\]`)
)

// checkXrefSizes refuses object numbers and cross-reference field widths
// that no file of this size can honestly have: the library allocates its
// object table and buffers from them before reading anything, and an
// allocation of many gigabytes kills the program instead of panicking.
func checkXrefSizes(data []byte) error {
	limit := int64(len(data)/8 + 100_000)
	bad := func(nums ...[]byte) bool {
		var sum int64
		for _, n := range nums {
			v, err := strconv.ParseInt(string(n), 10, 64)
			if err != nil || v > limit {
				return true
			}
			sum += v
		}
		return sum > limit
	}
	for _, m := range sizeKey.FindAllSubmatch(data, -1) {
		if bad(m[1]) {
			return errXrefSize.New(nil)
		}
	}
	for _, m := range indexKey.FindAllSubmatch(data, -1) {
		f := bytes.Fields(m[1])
		for i := 0; i+1 < len(f); i += 2 {
			if bad(f[i], f[i+1]) {
				return errXrefSize.New(nil)
			}
		}
	}
	for _, m := range xrefHeader.FindAllSubmatch(data, -1) {
		if bad(m[1], m[2]) {
			return errXrefSize.New(nil)
		}
	}
	for _, m := range widthsKey.FindAllSubmatch(data, -1) {
		for _, n := range m[1:] {
			if v, err := strconv.ParseInt(string(n), 10, 64); err != nil || v > 1<<24 {
				return errXrefDamaged.New(nil)
			}
		}
	}
	return nil
}
