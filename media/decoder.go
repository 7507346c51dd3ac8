package media

import (
	"errors"
	"fmt"
	"os"
)

// decoder reads one file's samples. Every Stream has its own.
type decoder interface {
	// read fills p with interleaved samples, whole frames, and returns
	// how many samples it wrote; io.EOF at the end.
	read(p []float32) (int, error)
	// seek moves to a frame.
	seek(frame int64) error
	close() error
}

// info is what a decoder learns from a file's headers.
type info struct {
	rate, channels int
	frames         int64 // frames the file holds, as far as the headers tell
	declared       int64 // frames the header says the file should hold; -1 if it does not say
}

// errNeedsFFmpeg says a file is of a format Teema decodes, in an encoding
// it does not (ADPCM WAV, say), so ffmpeg must read it.
var errNeedsFFmpeg = errors.New("needs ffmpeg")

// openDecoder opens path's decoder. Any panic of a decoding library is
// turned into an error: a hostile file must not end Teema.
func openDecoder(c codec, path string) (dec decoder, inf info, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, info{}, openFailure(path, err)
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, info{}, openFailure(path, err)
	}
	err = safely(func() error {
		switch c {
		case wavCodec:
			dec, inf, err = openWAV(f, st.Size())
		case mp3Codec:
			dec, inf, err = openMP3(f, st.Size())
		case flacCodec:
			dec, inf, err = openFLAC(f, st.Size())
		case vorbisCodec:
			dec, inf, err = openVorbis(f)
		default:
			err = fmt.Errorf("no decoder for codec %d", c)
		}
		return err
	})
	if err == nil && (inf.rate <= 0 || inf.rate > 1_000_000 || inf.channels <= 0 || inf.channels > 64) {
		dec.close()
		err = fmt.Errorf("%d channels at %d Hz", inf.channels, inf.rate)
	}
	if err != nil {
		f.Close()
		return nil, info{}, err
	}
	return dec, inf, nil
}

// safely runs f, turning a panic into an error.
func safely(f func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("decoder panic: %v", p)
		}
	}()
	return f()
}
