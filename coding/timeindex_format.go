package coding

import (
	"fmt"
	"math"
)

// maxClock is far beyond any recording (31,000 years) and within int64.
const maxClock = 1e12

// FormatTime writes a moment of a recording as players show it: "12:34"
// below an hour, "1:02:03" from an hour on. Seconds are cut, not rounded,
// as a player's clock shows 0:09 until the tenth second has begun; a
// negative or impossible time shows as "0:00".
func FormatTime(seconds float64) string {
	if !(seconds > 0) || math.IsInf(seconds, 0) {
		seconds = 0
	}
	s := int64(min(seconds, maxClock)) // no overflow on an absurd time
	h, m, sec := s/3600, s/60%60, s%60
	if h > 0 {
		return fmt.Sprintf("%d:%02d:%02d", h, m, sec)
	}
	return fmt.Sprintf("%d:%02d", m, sec)
}
