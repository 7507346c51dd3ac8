package media

import (
	"errors"
	"io/fs"
	"path/filepath"
	"runtime"

	"teema/message"
)

// Classes of refusal, for errors.Is. What the researcher reads is the
// message of the error's kind below, which names the file and says why;
// these words only show in logs.
var (
	ErrNotRecording = errors.New("not a recording")
	ErrNoSound      = errors.New("no sound")
	ErrDamaged      = errors.New("damaged recording")
	ErrNoFFmpeg     = errors.New("ffmpeg not found")
)

// formats lists what Open plays, for the messages that refuse a file.
const formats = "WAV, MP3, FLAC, Ogg Vorbis; with ffmpeg also M4A, AAC, MP4, MOV, 3GP, AMR, WMA, Opus, WebM"

// Why Open refuses a file. Every kind names the file as {{.File}}.
var (
	errMissing    = message.New("{{.File}} does not exist: it may have been moved or deleted.")
	errForbidden  = message.New("Teema is not allowed to read {{.File}}.")
	errCannotOpen = message.New("{{.File}} could not be opened.")
	errNotAFile   = message.New("{{.File}} is a folder or a device, not a file.").In(ErrNotRecording)
	errEmpty      = message.New("{{.File}} is empty: there is no recording in it.").In(ErrNoSound)
	errSilent     = message.New("{{.File}} holds no sound: the recording in it is 0 seconds long.").In(ErrNoSound)
	errText       = message.New("{{.File}} is a transcript or subtitle file, not a recording: choose the audio or video file the interview was recorded in.").In(ErrNotRecording)
	errUnknownExt = message.New("{{.File}} is not a recording Teema can play: {{.Ext}} files are not supported (supported: {{.Formats}}).").In(ErrNotRecording)
	errNoExt      = message.New("{{.File}} has no file extension, so Teema cannot tell what kind of recording it is (supported: {{.Formats}}).").In(ErrNotRecording)
	errNotFormat  = message.New("{{.File}} is not a readable {{.Format}} recording: it is damaged or is not really a {{.Ext}} file.").In(ErrDamaged)
	errDamagedAt  = message.New("{{.File}} is damaged: it cannot be played from {{.At}} on.").In(ErrDamaged)
	errTruncated  = message.New("{{.File}} is cut short: it should last {{.Expected}}, but only {{.Actual}} of it is there. The file may not have been copied or downloaded whole.").In(ErrDamaged)
)

// What ffmpeg, which reads the formats Teema does not decode itself, says
// (ffmpeg.go).
var (
	errNoFFmpegLinux   = message.New("{{.File}} needs the free program ffmpeg to be played, and ffmpeg was not found. On Debian or Ubuntu, install it with: sudo apt install ffmpeg").In(ErrNoFFmpeg)
	errNoFFmpegWindows = message.New("{{.File}} needs the free program ffmpeg to be played, and ffmpeg was not found. Download ffmpeg from ffmpeg.org and put ffmpeg.exe in a folder on your PATH or beside teema.exe.").In(ErrNoFFmpeg)
	errNoFFmpegMac     = message.New("{{.File}} needs the free program ffmpeg to be played, and ffmpeg was not found. Install it with Homebrew: brew install ffmpeg").In(ErrNoFFmpeg)
	errNoAudio         = message.New("{{.File}} has no sound: it is a video without an audio track.").In(ErrNoSound)
	errFFmpeg          = message.New("ffmpeg could not read {{.File}}: it is damaged or in a format ffmpeg does not know.").In(ErrDamaged)
	errFFmpegRun       = message.New("Teema could not run ffmpeg ({{.Program}}) to read {{.File}}.")
	errTemp            = message.New("Teema could not make a temporary copy of {{.File}} to play in {{.Folder}}; check that the disk is not full.")
)

// Finding a moved recording again (find.go).
var (
	errFolder   = message.New("{{.Folder}} could not be searched: it does not exist or Teema is not allowed to read it.")
	errNotFound = message.New("No file in {{.Folder}} has the same content as the recording.")
)

// fileArgs are the arguments every kind here takes: the file's base name
// and its extension, which some kinds name.
func fileArgs(path string) message.Args {
	return message.Args{"File": filepath.Base(path), "Ext": filepath.Ext(path), "Formats": formats}
}

// with adds particulars to a file's arguments.
func with(args message.Args, kv ...any) message.Args {
	for i := 0; i+1 < len(kv); i += 2 {
		args[kv[i].(string)] = kv[i+1]
	}
	return args
}

// openFailure says why the operating system would not give Teema the file.
func openFailure(path string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errMissing.Wrap(err, fileArgs(path))
	case errors.Is(err, fs.ErrPermission):
		return errForbidden.Wrap(err, fileArgs(path))
	}
	return errCannotOpen.Wrap(err, fileArgs(path))
}

// noFFmpeg is the missing-ffmpeg message for this operating system, which
// says how to get it there.
func noFFmpeg(path string) error {
	switch runtime.GOOS {
	case "windows":
		return errNoFFmpegWindows.New(fileArgs(path))
	case "darwin":
		return errNoFFmpegMac.New(fileArgs(path))
	}
	return errNoFFmpegLinux.New(fileArgs(path))
}
