package media

import (
	"fmt"
	"math"
)

// clock writes seconds as a player shows them, m:ss or h:mm:ss, the same
// in every language.
func clock(seconds float64) string {
	s := int64(math.Round(max(seconds, 0)))
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}
