package importer

import (
	"fmt"
	"strings"
	"testing"
)

// pagedPDF is a PDF of n pages, each reading "sivu N" and hanging under a
// chain of depth page-tree nodes of its own.
func pagedPDF(n, depth int) []byte {
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>", "", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"}
	var top []string
	for i := 1; i <= n; i++ {
		parent := 2
		for d := 0; d < depth; d++ {
			id := len(objs) + 1
			objs = append(objs, fmt.Sprintf("<< /Type /Pages /Parent %d 0 R /Kids [%d 0 R] /Count 1 >>", parent, id+1))
			if d == 0 {
				top = append(top, fmt.Sprintf("%d 0 R", id))
			}
			parent = id
		}
		id := len(objs) + 1
		objs = append(objs,
			fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", parent, id+1),
			pdfStream("", fmt.Sprintf("BT /F1 12 Tf 72 700 Td (sivu %d) Tj ET", i)))
		if depth == 0 {
			top = append(top, fmt.Sprintf("%d 0 R", id))
		}
	}
	objs[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(top, " "), n)
	return buildPDF(objs, "")
}

// Every page of a long PDF is read, however deep its page tree nests: a
// 3,000-page file with nested page nodes was once imported as its first
// 2,499 pages, without a word. Past maxPDFPages the file is refused.
func TestEveryPageOrNone(t *testing.T) {
	r, err := Read("pitka.pdf", pagedPDF(3000, 7))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(r.Text, "sivu "); n != 3000 || !strings.HasSuffix(r.Text, "sivu 3000") {
		t.Fatalf("%d pages read, ending %q", n, r.Text[max(0, len(r.Text)-20):])
	}
	_, err = Read("liian-pitka.pdf", pagedPDF(maxPDFPages+1, 0))
	checkErr(t, err, ErrTooLarge, "liian-pitka.pdf")
	if !strings.Contains(err.Error(), "more than 5000 pages") {
		t.Errorf("message %q", err)
	}
}

// BenchmarkSelfDrawingForm reads a PDF of 1.6 KB whose form draws itself
// eight times over; run with -benchmem to see what its refusal costs.
func BenchmarkSelfDrawingForm(b *testing.B) {
	self := onePage("/X1 Do")
	self[8] = pdfStream("/Type /XObject /Subtype /Form /BBox [0 0 9 9] /Resources << /Font << /F1 4 0 R >> /XObject << /X1 9 0 R >> >>",
		strings.Repeat("/X1 Do ", 8)+"BT /F1 12 Tf 0 0 Td (lomakkeessa on tekstia) Tj ET")
	data := buildPDF(self, "")
	for b.Loop() {
		if _, err := Read("itseaan.pdf", data); err == nil {
			b.Fatal("read")
		}
	}
}
