package importer

import (
	"fmt"
	"strconv"
	"strings"
)

// maxClock is the latest time a timed transcript may name, in
// milliseconds: a thousand hours, far beyond any recording, and far
// within what the arithmetic on times can hold.
const maxClock = 1000 * 3600 * 1000

// parseClock reads a time of a recording, in milliseconds, as the timed
// formats write it: hours:minutes:seconds or minutes:seconds, with or
// without a fraction of a second after "." (WebVTT, Whisper), "," (SubRip)
// or "-" (f4, in tenths). Minutes and seconds under an hour take at most
// two digits; without hours the minutes may run past 59 ("75:30").
func parseClock(s string) (ms int64, ok bool) {
	main, frac, _ := strings.Cut(strings.Map(fractionMark, s), ".")
	parts := strings.Split(main, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return 0, false
	}
	var h, m int64
	if len(parts) == 3 {
		h, ok = clockPart(parts[0], 4, -1)
		if !ok {
			return 0, false
		}
		parts = parts[1:]
		m, ok = clockPart(parts[0], 2, 60)
	} else {
		m, ok = clockPart(parts[0], 3, -1)
	}
	sec, okSec := clockPart(parts[1], 2, 60)
	milli, okFrac := fraction(frac)
	ms = ((h*60+m)*60+sec)*1000 + milli
	return ms, ok && okSec && okFrac && ms <= maxClock
}

// fractionMark turns the marks formats put before a fraction of a second
// into ".".
func fractionMark(r rune) rune {
	if r == ',' || r == '-' {
		return '.'
	}
	return r
}

// clockPart reads one part of a time: 1 to digits digits, below limit
// when there is one.
func clockPart(s string, digits int, limit int64) (int64, bool) {
	if s == "" || len(s) > digits || strings.Trim(s, "0123456789") != "" {
		return 0, false
	}
	n, err := strconv.ParseInt(s, 10, 64)
	return n, err == nil && (limit < 0 || n < limit)
}

// fraction reads the digits after a second's decimal mark as
// milliseconds: "5" is 500, "045" 45. Digits past the third are
// dropped, as no format here is more exact than a millisecond.
func fraction(s string) (int64, bool) {
	if s == "" {
		return 0, true
	}
	if len(s) > 9 || strings.Trim(s, "0123456789") != "" {
		return 0, false
	}
	s = (s + "00")[:3]
	n, err := strconv.ParseInt(s, 10, 64)
	return n, err == nil
}

// clockText writes a time in milliseconds for a message: 00:01:02.345.
func clockText(ms int64) string {
	return fmt.Sprintf("%02d:%02d:%02d.%03d", ms/3600000, ms/60000%60, ms/1000%60, ms%1000)
}

// seconds is a time in milliseconds as a mark holds it.
func seconds(ms int64) float64 { return float64(ms) / 1000 }
