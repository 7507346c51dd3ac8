package importer

import (
	"encoding/json"
	"errors"
	"math"
	"strconv"
	"strings"

	"teema/message"
)

// whisperSegment is one segment of Whisper's JSON, and of WhisperX's,
// which adds the speaker diarisation found and each word's time. Times
// are pointers because WhisperX leaves out (or writes null for) the times
// of words it could not align, numbers among them.
type whisperSegment struct {
	Start   *float64      `json:"start"`
	End     *float64      `json:"end"`
	Text    string        `json:"text"`
	Speaker string        `json:"speaker"`
	Words   []whisperWord `json:"words"`
}

type whisperWord struct {
	Word  string   `json:"word"`
	Start *float64 `json:"start"`
}

// whisperCues reads the segments of a Whisper or WhisperX JSON file,
// {"segments": [{"start": 0.0, "end": 4.2, "text": "…"}, …]}, or a bare
// list of segments. Other keys (the whole text, the language, WhisperX's
// word_segments) are skipped. The file is read as a stream, so each
// segment's line is known for the messages.
func whisperCues(text string) ([]cue, error) {
	r := jsonReader{text: text, dec: json.NewDecoder(strings.NewReader(text)), line: 1}
	tok, err := r.dec.Token()
	if err != nil {
		return nil, r.fail(err, 0)
	}
	if tok == json.Delim('[') {
		return r.segments()
	}
	if tok != json.Delim('{') {
		return nil, errNotWhisper.New(nil)
	}
	for r.dec.More() {
		key, err := r.dec.Token()
		if err != nil {
			return nil, r.fail(err, 0)
		}
		if key != "segments" {
			var skip json.RawMessage
			if err := r.dec.Decode(&skip); err != nil {
				return nil, r.fail(err, 0)
			}
			continue
		}
		if tok, err := r.dec.Token(); err != nil || tok != json.Delim('[') {
			return nil, errNotWhisper.New(nil)
		}
		return r.segments()
	}
	return nil, errNotWhisper.New(nil)
}

// jsonReader reads a JSON file's segments, counting lines as it goes.
type jsonReader struct {
	text string
	dec  *json.Decoder
	at   int // the byte up to which lines are counted
	line int // the line of byte at
}

// segments reads the list of segments whose "[" was just read.
func (r *jsonReader) segments() ([]cue, error) {
	var cues []cue
	for r.dec.More() {
		line := r.lineAt(int(r.dec.InputOffset()))
		var s whisperSegment
		if err := r.dec.Decode(&s); err != nil {
			return nil, r.fail(err, line)
		}
		c, err := s.cue(line)
		if err != nil {
			return nil, err
		}
		cues = append(cues, c)
		if len(cues) > maxTimes {
			return nil, errManyCues.New(message.Args{"Limit": maxTimes})
		}
	}
	if _, err := r.dec.Token(); err != nil {
		return nil, r.fail(err, 0)
	}
	return cues, nil
}

// lineAt is the line of the first thing after offset that is not
// space or a comma, where the next value begins.
func (r *jsonReader) lineAt(offset int) int {
	for offset < len(r.text) && strings.IndexByte(" \t\r\n,", r.text[offset]) >= 0 {
		offset++
	}
	if offset > r.at {
		r.line += strings.Count(r.text[r.at:offset], "\n")
		r.at = offset
	}
	return r.line
}

// fail words a decoder's error: broken JSON on its line, or a segment
// (on line) that is not what Whisper writes.
func (r *jsonReader) fail(err error, line int) error {
	var syntax *json.SyntaxError
	switch {
	case errors.As(err, &syntax):
		return errBadJSON.Wrap(err, message.Args{"Line": r.lineAt(int(syntax.Offset))})
	case line > 0:
		return errBadSegment.Wrap(err, message.Args{"Line": line})
	}
	return errBadJSON.Wrap(err, message.Args{"Line": r.lineAt(int(r.dec.InputOffset()))})
}

// cue is the segment as a cue, its times in whole milliseconds.
func (s whisperSegment) cue(line int) (cue, error) {
	if s.Start == nil {
		return cue{}, errNoStart.New(message.Args{"Line": line})
	}
	c := cue{end: -1, speaker: s.Speaker, text: s.Text, line: line}
	var err error
	if c.start, err = jsonClock(*s.Start, line); err != nil {
		return cue{}, err
	}
	if s.End != nil {
		if c.end, err = jsonClock(*s.End, line); err != nil {
			return cue{}, err
		}
	}
	for _, w := range s.Words {
		if w.Start == nil {
			continue
		}
		ms, err := jsonClock(*w.Start, line)
		if err != nil {
			return cue{}, err
		}
		c.words = append(c.words, wordTime{word: w.Word, start: ms})
	}
	return c, nil
}

// jsonClock is a time in seconds as milliseconds: Whisper's times are
// hundredths (0.98) and WhisperX's thousandths, written as floating point.
func jsonClock(s float64, line int) (int64, error) {
	if s < 0 || s*1000 > maxClock {
		return 0, errBadClock.New(message.Args{"Line": line, "Time": strconv.FormatFloat(s, 'g', -1, 64)})
	}
	return int64(math.Round(s * 1000)), nil
}
