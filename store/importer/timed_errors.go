package importer

import "teema/message"

// Why ReadTimed refuses a timed transcript. Like every kind here each
// names the file as {{.File}}, which named adds; a kind about one place
// in the file names its line, counted from 1 as editors count.
var (
	errNoCues       = message.New("{{.File}} has no timed cues: no line such as 00:00:01,000 --> 00:00:04,000 was found.").In(ErrEmpty)
	errNoMarkers    = message.New("{{.File}} has no time markers such as [00:01:02], (01:02) or #00:01:02-5#.").In(ErrEmpty)
	errNotWhisper   = message.New("{{.File}} is not a Whisper transcript: it has no list of segments with their times.").In(ErrUnsupported)
	errBadJSON      = message.New("{{.File}} is damaged: it is not valid JSON (line {{.Line}}).").In(ErrCorrupt)
	errBadSegment   = message.New("{{.File}}, line {{.Line}}: the segment cannot be read: its start, end or text is not what Whisper writes.").In(ErrCorrupt)
	errNoStart      = message.New("{{.File}}, line {{.Line}}: the segment has no start time.").In(ErrCorrupt)
	errBadTiming    = message.New("{{.File}}, line {{.Line}}: the timing line cannot be read; it should be like 00:00:01,000 --> 00:00:04,000.").In(ErrCorrupt)
	errBadClock     = message.New("{{.File}}, line {{.Line}}: {{.Time}} is not a time such as 01:02:03,456 or 02:03.").In(ErrCorrupt)
	errEndsEarly    = message.New("{{.File}}, line {{.Line}}: the cue ends at {{.End}}, before it starts at {{.Start}}.").In(ErrCorrupt)
	errTimeBackward = message.New("{{.File}}, line {{.Line}}: the time {{.Time}} comes before {{.Previous}}, the time before it, so the times are out of order.").In(ErrCorrupt)
	errManyCues     = message.New("{{.File}} has more than {{.Limit}} times in it, more than any recording of an interview needs.").In(ErrTooLarge)
)

// How a timed transcript was read (Timed.Notes).
var noteOverlap = message.New("{{.File}}: times that start a little before the time before them ({{.N}}, the first on line {{.Line}}) are taken to start with it.")
