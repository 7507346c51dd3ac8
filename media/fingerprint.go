package media

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Print is a recording's fingerprint: its size and the SHA-256 of its
// content. It knows a recording again after it was moved or renamed, and
// tells a project that the file beside a transcript is still the one the
// transcript was made from.
type Print struct {
	Size int64
	Sum  [sha256.Size]byte
}

// String writes the print for keeping in a project: "size:hex".
func (p Print) String() string {
	return strconv.FormatInt(p.Size, 10) + ":" + hex.EncodeToString(p.Sum[:])
}

// ParsePrint reads a print written by String.
func ParsePrint(s string) (Print, error) {
	size, sum, ok := strings.Cut(s, ":")
	var p Print
	n, err := strconv.ParseInt(size, 10, 64)
	b, herr := hex.DecodeString(sum)
	if !ok || err != nil || herr != nil || n < 0 || len(b) != len(p.Sum) {
		return Print{}, fmt.Errorf("not a recording's fingerprint: %q", s)
	}
	p.Size = n
	copy(p.Sum[:], b)
	return p, nil
}

// Fingerprint reads a file once, as a stream, and returns its print
// (about a second for 200 MB on a slow disk; less from the page cache).
func Fingerprint(path string) (Print, error) {
	return fingerprint(context.Background(), path)
}

// fingerprint hashes path, stopping when ctx is cancelled.
func fingerprint(ctx context.Context, path string) (Print, error) {
	f, err := os.Open(path)
	if err != nil {
		return Print{}, openFailure(path, err)
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.CopyBuffer(h, ctxReader{ctx, f}, make([]byte, 1<<20))
	if err != nil {
		if ctx.Err() != nil {
			return Print{}, ctx.Err()
		}
		return Print{}, errCannotOpen.Wrap(err, fileArgs(path))
	}
	p := Print{Size: n}
	h.Sum(p.Sum[:0])
	return p, nil
}

// ctxReader stops reading when its context is cancelled.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}
