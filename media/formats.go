package media

import (
	"bytes"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"
)

// codec is how a file is decoded.
type codec int

const (
	unknown codec = iota
	wavCodec
	mp3Codec
	flacCodec
	vorbisCodec
	ffmpegCodec // anything ffmpeg reads, converted to WAV first
)

// names are the formats as messages name them.
var names = map[codec]string{wavCodec: "WAV", mp3Codec: "MP3", flacCodec: "FLAC", vorbisCodec: "Ogg Vorbis"}

// byExt is what a file's extension promises.
var byExt = map[string]codec{
	".wav": wavCodec, ".wave": wavCodec,
	".mp3":  mp3Codec,
	".flac": flacCodec,
	".ogg":  vorbisCodec, ".oga": vorbisCodec,
	// Phones, meeting programs and dictaphones: AAC in MP4 (iPhone, Teams,
	// Zoom), AMR in 3GP (older Android), WMA (Windows dictaphones), Opus
	// (WhatsApp, browsers).
	".m4a": ffmpegCodec, ".aac": ffmpegCodec, ".mp4": ffmpegCodec, ".m4v": ffmpegCodec,
	".mov": ffmpegCodec, ".3gp": ffmpegCodec, ".3ga": ffmpegCodec, ".amr": ffmpegCodec,
	".wma": ffmpegCodec, ".asf": ffmpegCodec, ".opus": ffmpegCodec, ".webm": ffmpegCodec,
	".mkv": ffmpegCodec, ".aif": ffmpegCodec, ".aiff": ffmpegCodec, ".caf": ffmpegCodec,
}

// Extensions are the extensions, with their dots, of the files Teema
// takes for recordings: those it decodes and those ffmpeg reads.
func Extensions() []string { return slices.Sorted(maps.Keys(byExt)) }

// textExts are files people pick by mistake when a recording is asked
// for: the transcript itself, or subtitles made from the recording.
var textExts = map[string]bool{
	".srt": true, ".vtt": true, ".sbv": true, ".ass": true, ".ssa": true, ".sub": true,
	".txt": true, ".md": true, ".docx": true, ".doc": true, ".odt": true, ".rtf": true,
	".pdf": true, ".teema": true,
}

// sniff says what a file's first bytes show it to be: a format Teema
// decodes, a container only ffmpeg reads, or unknown. ogg with Opus
// inside goes to ffmpeg, as does WAV in RF64 form.
func sniff(head []byte) codec {
	switch {
	case len(head) >= 12 && string(head[:4]) == "RIFF" && string(head[8:12]) == "WAVE":
		return wavCodec
	case len(head) >= 12 && string(head[:4]) == "RF64" && string(head[8:12]) == "WAVE":
		return ffmpegCodec
	case bytes.HasPrefix(head, []byte("fLaC")):
		return flacCodec
	case bytes.HasPrefix(head, []byte("OggS")):
		if bytes.Contains(head, []byte("\x01vorbis")) {
			return vorbisCodec
		}
		return ffmpegCodec
	case len(head) >= 8 && string(head[4:8]) == "ftyp", // MP4, M4A, MOV, 3GP
		bytes.HasPrefix(head, []byte("#!AMR")),
		bytes.HasPrefix(head, []byte("\x1a\x45\xdf\xa3")),                 // Matroska, WebM
		bytes.HasPrefix(head, []byte("\x30\x26\xb2\x75\x8e\x66\xcf\x11")), // ASF: WMA
		bytes.HasPrefix(head, []byte("FORM")) && len(head) >= 12 && strings.HasPrefix(string(head[8:12]), "AIF"):
		return ffmpegCodec
	case bytes.HasPrefix(head, []byte("ID3")):
		// ID3 tags also start some FLAC and AAC files, but rarely.
		return mp3Codec
	case len(head) >= 2 && head[0] == 0xFF && head[1]&0xF6 == 0xF0:
		return ffmpegCodec // ADTS AAC: a 12-bit sync word and layer 00
	case len(head) >= 2 && head[0] == 0xFF && head[1]&0xE0 == 0xE0 && head[1]>>1&3 != 0:
		return mp3Codec // an MPEG audio frame: 11-bit sync, a layer that is not reserved
	}
	return unknown
}

// looksLikeText reports whether a file's first bytes are text, as a
// subtitle file or a transcript saved under a recording's name is.
func looksLikeText(head []byte) bool {
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	if len(head) == 0 {
		return false
	}
	// A character cut by the end of head is not binary.
	for i := 0; i < 3 && len(head) > 0 && !utf8.Valid(head); i++ {
		head = head[:len(head)-1]
	}
	if !utf8.Valid(head) {
		return false
	}
	for _, r := range string(head) {
		if r < ' ' && r != '\n' && r != '\r' && r != '\t' {
			return false
		}
	}
	return true
}
