package agreement

import (
	"reflect"
	"testing"
)

func TestUnionAndMinus(t *testing.T) {
	a := union([]span{{8, 12}, {-3, 2}, {10, 15}, {15, 18}, {30, 40}, {5, 5}}, 35)
	if want := []span{{0, 2}, {8, 18}, {30, 35}}; !reflect.DeepEqual(a, want) {
		t.Fatalf("union = %v", a)
	}
	b := union([]span{{1, 9}, {11, 12}, {16, 31}}, 35)
	if got, want := minus(a, b), []span{{0, 1}, {9, 11}, {12, 16}, {31, 35}}; !reflect.DeepEqual(got, want) {
		t.Fatalf("a − b = %v", got)
	}
	if got, want := minus(b, a), []span{{2, 8}, {18, 30}}; !reflect.DeepEqual(got, want) {
		t.Fatalf("b − a = %v", got)
	}
	if minus(nil, b) != nil || !reflect.DeepEqual(minus(a, nil), a) {
		t.Fatal("minus with nothing")
	}
}
