package wordfreq

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// benchTexts is 100 documents of 10,000 words drawn with Zipf weights from
// 30,000 made-up Finnish-looking forms: the shape of bench/wordfreq.sh's
// corpus, in memory.
func benchTexts() []Text {
	r := rand.New(rand.NewPCG(1, 2))
	syl := []string{"ta", "lo", "ssa", "kä", "yh", "tei", "sö", "pal", "ve", "lu", "ja", "nen", "ä", "kin", "mi", "ses", "tä", "ko", "ke", "mus"}
	vocab := make([]string, 30000)
	for i := range vocab {
		var b strings.Builder
		for k := 0; k < 2+r.IntN(4); k++ {
			b.WriteString(syl[r.IntN(len(syl))])
		}
		vocab[i] = b.String()
	}
	z := rand.NewZipf(rand.New(rand.NewPCG(3, 4)), 1.1, 2, uint64(len(vocab)-1))
	texts := make([]Text, 100)
	for d := range texts {
		var b strings.Builder
		for i := 0; i < 10000; i++ {
			if i%12 == 0 {
				b.WriteString(". Niinku ")
			}
			b.WriteString(vocab[z.Uint64()])
			b.WriteByte(' ')
		}
		texts[d] = Text{DocID: int64(d), Text: b.String()}
	}
	return texts
}

func BenchmarkCount(b *testing.B) {
	texts := benchTexts()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Count(texts, Options{Workers: 1})
	}
}
