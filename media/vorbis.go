package media

import (
	"errors"
	"io"
	"os"

	"github.com/jfreymuth/oggvorbis"
)

// vorbisDecoder reads an Ogg Vorbis file through jfreymuth/oggvorbis. Ogg
// has no header that says how long the file should be, so a file cut
// short at a page boundary cannot be told from a shorter recording.
type vorbisDecoder struct {
	f        *os.File
	r        *oggvorbis.Reader
	channels int
}

func openVorbis(f *os.File) (decoder, info, error) {
	r, err := oggvorbis.NewReader(f)
	if err != nil {
		return nil, info{}, err
	}
	n := r.Length() // from the last page's position: needs a file that seeks
	if n < 0 {
		return nil, info{}, errors.New("ogg: no length")
	}
	return &vorbisDecoder{f: f, r: r, channels: r.Channels()},
		info{rate: r.SampleRate(), channels: r.Channels(), frames: n, declared: -1}, nil
}

func (v *vorbisDecoder) read(p []float32) (int, error) {
	p = p[:len(p)/v.channels*v.channels]
	n, err := v.r.Read(p)
	n = n / v.channels * v.channels
	if errors.Is(err, io.EOF) && n > 0 {
		err = nil
	}
	return n, err
}

func (v *vorbisDecoder) seek(frame int64) error { return v.r.SetPosition(frame) }

func (v *vorbisDecoder) close() error { return v.f.Close() }
