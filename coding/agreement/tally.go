package agreement

import "math"

// Tally is a 2×2 table of characters: how many both coders coded, only
// one of them coded, or neither coded.
type Tally struct {
	Both, OnlyA, OnlyB, Neither int
}

// Chars is the number of characters judged.
func (t Tally) Chars() int { return t.Both + t.OnlyA + t.OnlyB + t.Neither }

// A is the number of characters coder A coded.
func (t Tally) A() int { return t.Both + t.OnlyA }

// B is the number of characters coder B coded.
func (t Tally) B() int { return t.Both + t.OnlyB }

// Add returns the sum of two tables, for pooling.
func (t Tally) Add(u Tally) Tally {
	return Tally{t.Both + u.Both, t.OnlyA + u.OnlyA, t.OnlyB + u.OnlyB, t.Neither + u.Neither}
}

// Percent is the percentage of characters on which the coders agree,
// 0–100; NaN when nothing was judged.
func (t Tally) Percent() float64 {
	n := t.Chars()
	if n == 0 {
		return math.NaN()
	}
	return 100 * float64(t.Both+t.Neither) / float64(n)
}

// Kappa is Cohen's kappa; NaN when chance agreement is certain (pe = 1:
// both coders coded every character, or none), where it is undefined.
func (t Tally) Kappa() float64 {
	if t.certain() {
		return math.NaN()
	}
	n := float64(t.Chars())
	po := float64(t.Both+t.Neither) / n
	pa, pb := float64(t.A())/n, float64(t.B())/n
	pe := pa*pb + (1-pa)*(1-pb)
	return (po - pe) / (1 - pe)
}

// certain reports whether every character got the same value from both
// coders: then pe = 1 and De = 0, and neither statistic is defined.
func (t Tally) certain() bool {
	return t.OnlyA+t.OnlyB == 0 && (t.Both == 0 || t.Neither == 0)
}

// Alpha is Krippendorff's alpha for nominal data, two coders and no
// missing values. With n units, each unit adds its pair of values both
// ways to the coincidence matrix: o₁₁ = 2·Both, o₀₀ = 2·Neither,
// o₀₁ = o₁₀ = OnlyA + OnlyB; the marginals are n₁ = o₁₁ + o₁₀ and
// n₀ = o₀₀ + o₀₁, N = 2n. Then alpha = 1 − Do/De
// = 1 − (N − 1)·o₀₁ / (n₀·n₁).
func (t Tally) Alpha() float64 {
	if t.certain() {
		return math.NaN()
	}
	off := float64(t.OnlyA + t.OnlyB)
	n1 := float64(2*t.Both) + off
	n0 := float64(2*t.Neither) + off
	total := float64(2 * t.Chars())
	return 1 - (total-1)*off/(n0*n1)
}
