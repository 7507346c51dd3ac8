package kit

import (
	"math"
	"strconv"
	"strings"

	"teema/i18n"
)

// Decimal writes a number the way the UI's language does: "1,25" in Finnish.
func Decimal(v float64, places int) string {
	s := strconv.FormatFloat(v, 'f', places, 64)
	if i18n.Lang() == i18n.Finnish {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// Percent writes a share in per cent with one decimal: "12,5 %".
func Percent(v float64) string { return Decimal(v, 1) + " %" }

// Figure writes a statistic, or a dash where it is undefined (NaN).
func Figure(v float64, format func(float64) string) string {
	if math.IsNaN(v) {
		return "–"
	}
	return format(v)
}

// FileSize is a size in kB or MB, with the UI's decimal mark.
func FileSize(n int64) string {
	if n < 1<<20 {
		return i18n.TF("{{.N}} kB", map[string]any{"N": Decimal(float64(n)/1024, 0)})
	}
	return i18n.TF("{{.N}} MB", map[string]any{"N": Decimal(float64(n)/(1<<20), 1)})
}
