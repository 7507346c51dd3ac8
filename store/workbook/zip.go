package workbook

import (
	"archive/zip"
	"compress/flate"
	"io"
	"sync"

	"github.com/xuri/excelize/v2"
)

// fastZip compresses for speed: deflate dominates the writing time of a
// large study, and the fastest level makes the file only slightly larger.
// A workbook has a score of parts, each of which would otherwise get a
// compressor of its own, a megabyte to allocate and clear.
func fastZip(w io.Writer) excelize.ZipWriter {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		fw, ok := flateWriters.Get().(*flate.Writer)
		if !ok {
			var err error
			if fw, err = flate.NewWriter(out, flate.BestSpeed); err != nil {
				return nil, err
			}
		} else {
			fw.Reset(out)
		}
		return pooledFlate{fw}, nil
	})
	return zw
}

var flateWriters sync.Pool

// pooledFlate returns its compressor to the pool once its part is written.
type pooledFlate struct{ *flate.Writer }

func (p pooledFlate) Close() error {
	err := p.Writer.Close()
	flateWriters.Put(p.Writer)
	return err
}
