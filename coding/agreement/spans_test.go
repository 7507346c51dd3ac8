package agreement

import (
	"reflect"
	"testing"

	"teema/coding"
)

func TestUnionAndMinus(t *testing.T) {
	a := union([]coding.Span{{Start: 8, End: 12}, {Start: -3, End: 2}, {Start: 10, End: 15}, {Start: 15, End: 18}, {Start: 30, End: 40}, {Start: 5, End: 5}}, 35)
	if want := []coding.Span{{Start: 0, End: 2}, {Start: 8, End: 18}, {Start: 30, End: 35}}; !reflect.DeepEqual(a, want) {
		t.Fatalf("union = %v", a)
	}
	b := union([]coding.Span{{Start: 1, End: 9}, {Start: 11, End: 12}, {Start: 16, End: 31}}, 35)
	if got, want := coding.Minus(a, b), []coding.Span{{Start: 0, End: 1}, {Start: 9, End: 11}, {Start: 12, End: 16}, {Start: 31, End: 35}}; !reflect.DeepEqual(got, want) {
		t.Fatalf("a − b = %v", got)
	}
	if got, want := coding.Minus(b, a), []coding.Span{{Start: 2, End: 8}, {Start: 18, End: 30}}; !reflect.DeepEqual(got, want) {
		t.Fatalf("b − a = %v", got)
	}
	if coding.Minus(nil, b) != nil || !reflect.DeepEqual(coding.Minus(a, nil), a) {
		t.Fatal("minus with nothing")
	}
	if got, want := coding.Intersect(a, b), []coding.Span{{Start: 1, End: 2}, {Start: 8, End: 9}, {Start: 11, End: 12}, {Start: 16, End: 18}, {Start: 30, End: 31}}; !reflect.DeepEqual(got, want) {
		t.Fatalf("a ∩ b = %v", got)
	}
}
