package importer

import (
	"path/filepath"
	"slices"
	"strings"

	"teema/coding"
	"teema/message"
)

// Timed is a timed transcript read from a file: its text, normalised as
// Read's is, with how it was read, and the time index that ties the text
// to its recording (offsets in code points of Text).
type Timed struct {
	Result
	Index coding.TimeIndex
}

// TimedExtensions are the extensions ReadTimed reads: SubRip and WebVTT
// subtitles, Whisper's and WhisperX's JSON, and plain text with time
// markers typed into it (HasTimeMarkers tells such a text from one
// without).
var TimedExtensions = []string{".srt", ".vtt", ".json", ".txt", ".md"}

// ReadTimed converts the bytes of a timed transcript called name (only its
// extension and base name are used) to text and a time index. Its limits
// and refusals are Read's (size, binary files, encodings, the text's
// limits) and the timed formats' own: no cues or markers, broken times,
// times out of order; each names the file, and the line where one is to
// blame.
func ReadTimed(name string, data []byte) (Timed, error) {
	ext := strings.ToLower(filepath.Ext(name))
	switch {
	case !slices.Contains(TimedExtensions, ext):
		return Timed{}, unsupportedTimed(name, ext)
	case len(data) > MaxFileSize:
		return Timed{}, tooLarge(name, int64(len(data)))
	case len(data) == 0:
		return Timed{}, errEmptyFile.New(fileArgs(name))
	}
	d, err := readPlain(data)
	var tt timedText
	if err == nil {
		tt, err = readTimedText(ext, lineBreaks(d.Text))
	}
	if err == nil {
		err = CheckText(tt.text)
	}
	if err != nil {
		return Timed{}, named(name, err)
	}
	res := Result{Text: tt.text, Format: ext[1:], Encoding: d.Encoding, Notes: plainNotes(d, name)}
	if tt.overlaps > 0 {
		args := fileArgs(name)
		args["N"], args["Line"] = tt.overlaps, tt.overlapLine
		res.Notes = append(res.Notes, noteOverlap.Say(args))
	}
	return Timed{Result: res, Index: tt.index}, nil
}

// HasTimeMarkers reports whether a plain-text transcript has time markers
// to read with ReadTimed: at least two that open or end a line, where
// transcribers put them, so that a clock time in passing ("tavataan
// (12:30)") does not make a transcript timed.
func HasTimeMarkers(data []byte) bool {
	if len(data) > MaxFileSize {
		return false
	}
	n := 0
	for _, line := range strings.Split(lineBreaks(Decode(data).Text), "\n") {
		line = strings.TrimSpace(line)
		for _, m := range timeMarker.FindAllStringIndex(line, -1) {
			if m[0] == 0 || m[1] == len(line) {
				n++
			}
		}
		if n >= 2 {
			return true
		}
	}
	return false
}

func readTimedText(ext, text string) (timedText, error) {
	switch ext {
	case ".srt", ".vtt":
		return subtitleText(text, ext == ".vtt")
	case ".json":
		cues, err := whisperCues(text)
		if err != nil {
			return timedText{}, err
		}
		return layCues(cues)
	}
	return markedText(text)
}

// subtitleText reads a SubRip or WebVTT file's cues and lays them out.
func subtitleText(text string, vtt bool) (timedText, error) {
	cues, err := subtitleCues(text, vtt)
	if err != nil {
		return timedText{}, err
	}
	if len(cues) > maxTimes {
		return timedText{}, errManyCues.New(message.Args{"Limit": maxTimes})
	}
	var out []cue
	for _, c := range cues {
		if !vtt {
			c.text = srtText(c.text)
			out = append(out, c)
			continue
		}
		// A cue in which two speak becomes two, both at its start; the
		// second keeps its end.
		parts := vttText(c.text)
		for i, p := range parts {
			part := cue{start: c.start, end: -1, speaker: p.voice, text: p.text, line: c.line}
			if i == len(parts)-1 {
				part.end = c.end
			}
			out = append(out, part)
		}
	}
	return layCues(out)
}

// lineBreaks makes every line break "\n", as Normalize does, before lines
// are counted for messages.
func lineBreaks(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// unsupportedTimed refuses a file ReadTimed cannot read, naming the
// extensions it can.
func unsupportedTimed(name, ext string) error {
	args := fileArgs(name)
	args["Formats"] = strings.Join(TimedExtensions, ", ")
	if ext == "" {
		return errNoExtension.New(args)
	}
	return errUnsupportedExt.New(args)
}
