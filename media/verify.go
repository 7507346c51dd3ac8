package media

import (
	"context"
	"errors"
	"io"
	"runtime"
	"sync"
)

// verifyChunk is how many frames verify decodes between looks at its
// context and reports of progress.
const verifyChunk = 1 << 15

// verifyPartSeconds is the least a part of a verification decodes: a
// part starts with a seek, which decodes a little to prime the decoder.
const verifyPartSeconds = 60

// verify decodes the whole recording once, in as many parts at once as
// the computer has cores (an hour of MP3 is half a minute's work for one
// core). A decoding error in the last fifth of a second is a cut last
// frame (codec frames are at most 0.1 s) and plays; earlier, the file is
// damaged from there on, and the earliest damage found is the one said.
// The frames decoded are then the recording's length, and a length a
// second or more short of what the header declared is a file cut short.
func (r *Recording) verify(ctx context.Context, declared int64, progress func(float64)) error {
	return r.verifyIn(ctx, runtime.NumCPU(), declared, progress)
}

// verifyIn verifies the recording in at most n parts at once.
func (r *Recording) verifyIn(ctx context.Context, n int, declared int64, progress func(float64)) error {
	parts := r.verifyParts(n)
	results := make([]partResult, len(parts))
	counter := &verifyProgress{total: r.Frames, report: progress}
	var wg sync.WaitGroup
	for i, p := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = r.verifyPart(ctx, p, i == len(parts)-1, counter)
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return err
	}
	frames := r.Frames
	for i, res := range results {
		if res.err != nil {
			return res.err
		}
		if res.short || i == len(results)-1 {
			frames = parts[i].start + res.frames
			break // the file ends here
		}
	}
	r.Frames, r.Verified = frames, true
	return r.checkLength(declared)
}

// part is a stretch of frames [start, end) one decoder verifies; the
// last part reads on to the end of the file, whatever the headers say.
type part struct{ start, end int64 }

// partResult is what verifying a part found: the frames it decoded, and
// whether the file ended before the part did, or was damaged.
type partResult struct {
	frames int64
	short  bool
	err    error
}

// verifyParts splits the recording into at most n parts of at least a
// minute each.
func (r *Recording) verifyParts(n int) []part {
	least := int64(verifyPartSeconds * r.Rate)
	n = int(max(min(int64(n), r.Frames/max(least, 1)), 1))
	out := make([]part, n)
	for i := range out {
		out[i] = part{r.Frames * int64(i) / int64(n), r.Frames * int64(i+1) / int64(n)}
	}
	return out
}

// verifyPart decodes one part with a decoder of its own.
func (r *Recording) verifyPart(ctx context.Context, p part, last bool, counter *verifyProgress) partResult {
	dec, _, err := openDecoder(r.codec, r.source)
	if err != nil {
		return partResult{err: r.refuse(err)}
	}
	defer dec.close()
	if p.start > 0 {
		if err := safely(func() error { return dec.seek(p.start) }); err != nil {
			return partResult{err: r.damagedAt(p.start, err)}
		}
	}
	buf := make([]float32, verifyChunk*r.Channels)
	var frames int64
	for last || p.start+frames < p.end {
		if ctx.Err() != nil {
			return partResult{frames: frames}
		}
		want := len(buf)
		if !last {
			want = int(min(int64(verifyChunk), p.end-p.start-frames)) * r.Channels
		}
		var n int
		err := safely(func() (err error) {
			n, err = dec.read(buf[:want])
			return err
		})
		frames += int64(n / r.Channels)
		counter.add(int64(n / r.Channels))
		switch {
		case errors.Is(err, io.EOF):
			return partResult{frames: frames, short: !last}
		case err != nil && last && r.Frames-(p.start+frames) < int64(r.Rate)/5:
			return partResult{frames: frames}
		case err != nil:
			return partResult{frames: frames, err: r.damagedAt(p.start+frames, err)}
		}
	}
	return partResult{frames: frames}
}

// damagedAt says the recording cannot be played from frame on.
func (r *Recording) damagedAt(frame int64, err error) error {
	return errDamagedAt.Wrap(err, with(fileArgs(r.Path), "At", clock(float64(frame)/float64(r.Rate))))
}

// verifyProgress adds up the frames the parts have decoded and reports
// the share done, one report at a time.
type verifyProgress struct {
	mu     sync.Mutex
	done   int64
	total  int64
	report func(float64)
}

func (v *verifyProgress) add(frames int64) {
	if v.report == nil || v.total <= 0 {
		return
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	v.done += frames
	v.report(min(float64(v.done)/float64(v.total), 1))
}
