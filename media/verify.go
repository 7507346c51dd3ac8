package media

import (
	"context"
	"errors"
	"io"
)

// verifyChunk is how many frames verify decodes between looks at its
// context and reports of progress.
const verifyChunk = 1 << 15

// verify decodes the whole recording once. A decoding error in the last
// fifth of a second is a cut last frame (codec frames are at most 0.1 s)
// and plays; earlier, the file is damaged from there on. The frames decoded are then the recording's length, and
// a length a second or more short of what the header declared is a file
// cut short.
func (r *Recording) verify(ctx context.Context, declared int64, progress func(float64)) error {
	dec, _, err := openDecoder(r.codec, r.source)
	if err != nil {
		return r.refuse(err)
	}
	defer dec.close()
	buf := make([]float32, verifyChunk*r.Channels)
	var frames int64
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		var n int
		err := safely(func() (err error) {
			n, err = dec.read(buf)
			return err
		})
		frames += int64(n / r.Channels)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			if r.Frames-frames < int64(r.Rate)/5 {
				break
			}
			return errDamagedAt.Wrap(err, with(fileArgs(r.Path), "At", clock(float64(frames)/float64(r.Rate))))
		}
		if progress != nil && r.Frames > 0 {
			progress(min(float64(frames)/float64(r.Frames), 1))
		}
	}
	r.Frames, r.Verified = frames, true
	return r.checkLength(declared)
}
