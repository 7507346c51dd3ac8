package agreement

import (
	"math"
	"testing"
)

func near(got, want float64) bool { return math.Abs(got-want) < 1e-9 }

// Cohen's kappa, the textbook example (Wikipedia, "Cohen's kappa"): 50
// proposals, both say yes to 20, both no to 15, only A yes to 5, only B
// yes to 10. po = 35/50 = 0.7; A says yes to 0.5, B to 0.6, so
// pe = 0.5·0.6 + 0.5·0.4 = 0.5 and kappa = (0.7 − 0.5)/(1 − 0.5) = 0.4.
// Alpha by hand: off-diagonal o₀₁ = 15, n₁ = 2·20 + 15 = 55,
// n₀ = 2·15 + 15 = 45, N = 100: 1 − 99·15/(45·55) = 1 − 1485/2475 = 0.4.
func TestTextbookKappa(t *testing.T) {
	tl := Tally{Both: 20, OnlyA: 5, OnlyB: 10, Neither: 15}
	if !near(tl.Kappa(), 0.4) || !near(tl.Alpha(), 0.4) || !near(tl.Percent(), 70) {
		t.Fatalf("kappa %v alpha %v percent %v", tl.Kappa(), tl.Alpha(), tl.Percent())
	}
}

// Krippendorff's own binary example ("Computing Krippendorff's
// Alpha-Reliability", 2011, section A): ten units,
// A: 0 1 0 0 0 0 0 0 1 0 and B: 1 1 1 0 0 1 0 0 0 0, published alpha 0.095.
// Both = 1, only A = 1, only B = 3, neither = 5: o₀₁ = 4, n₁ = 6, n₀ = 14,
// N = 20, alpha = 1 − 19·4/(14·6) = 8/84.
func TestKrippendorffExample(t *testing.T) {
	tl := Tally{Both: 1, OnlyA: 1, OnlyB: 3, Neither: 5}
	if !near(tl.Alpha(), 8.0/84) || math.Round(tl.Alpha()*1000) != 95 {
		t.Fatalf("alpha %v", tl.Alpha())
	}
}

func TestPerfectAgreementIsOne(t *testing.T) {
	tl := Tally{Both: 7, Neither: 13}
	if tl.Kappa() != 1 || tl.Alpha() != 1 || tl.Percent() != 100 {
		t.Fatalf("kappa %v alpha %v percent %v", tl.Kappa(), tl.Alpha(), tl.Percent())
	}
}

// With pe = 1 (nobody coded anything, or both coded everything) kappa
// and alpha divide by zero: they are undefined, not 1 or 0.
func TestUndefined(t *testing.T) {
	for _, tl := range []Tally{{Neither: 20}, {Both: 20}, {}} {
		if !math.IsNaN(tl.Kappa()) || !math.IsNaN(tl.Alpha()) {
			t.Fatalf("%+v: kappa %v alpha %v", tl, tl.Kappa(), tl.Alpha())
		}
	}
	if !math.IsNaN(Tally{}.Percent()) || (Tally{Neither: 20}).Percent() != 100 {
		t.Fatal("percent: NaN only when nothing was judged")
	}
}

// Total disagreement: kappa −1 (each coder codes exactly what the other
// does not, at equal rates).
func TestTotalDisagreement(t *testing.T) {
	if k := (Tally{OnlyA: 10, OnlyB: 10}).Kappa(); !near(k, -1) {
		t.Fatalf("kappa %v", k)
	}
}
