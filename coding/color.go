package coding

import (
	"fmt"
	"strconv"
)

// palette holds distinct, readable highlight colours for new themes.
var palette = []string{
	"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
	"#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f",
}

// PaletteColor returns the n-th colour of the default palette, cycling.
func PaletteColor(n int) string {
	if n < 0 {
		n = -n
	}
	return palette[n%len(palette)]
}

// ShadeColor lightens a #RRGGBB colour towards white by step*18%, capped,
// so sub-themes read as related to their theme but stay distinguishable.
func ShadeColor(c string, step int) string {
	if ValidateColor(c) != nil {
		return c
	}
	v, _ := strconv.ParseUint(c[1:], 16, 32)
	f := float64(step%4) * 0.18
	mix := func(x uint64) uint64 { return x + uint64(float64(255-x)*f) }
	r, g, b := mix(v>>16&0xff), mix(v>>8&0xff), mix(v&0xff)
	return fmt.Sprintf("#%02x%02x%02x", r, g, b)
}
