package coding

import (
	"errors"
	"fmt"
	"testing"

	"teema/message"
)

// kindOf is the kind of the message an error carries, or nil.
func kindOf(err error) *message.Kind {
	var m *message.Error
	if errors.As(err, &m) {
		return m.Kind
	}
	return nil
}

func TestCodeBookRules(t *testing.T) {
	cb := calproLike()
	tests := []struct {
		name string
		err  error
		want *message.Kind
	}{
		{"add a sub-theme", cb.CheckAdd(1, "Uusi"), nil},
		{"add a theme", cb.CheckAdd(0, "Uusi"), nil},
		{"add a theme's name elsewhere", cb.CheckAdd(1, "Lisäarvo"), nil},
		{"add a sibling's name in other case", cb.CheckAdd(1, "asiakkuus"), errSubTaken},
		{"add a theme twice", cb.CheckAdd(0, "LISÄARVO"), errThemeTaken},
		{"add an empty name", cb.CheckAdd(1, " "), errNameEmpty},
		{"add a path", cb.CheckAdd(1, "A/B"), errNameSep},
		{"add under no code", cb.CheckAdd(99, "Uusi"), ErrNoCode},
		{"rename to itself in other case", cb.CheckRename(2, "ASIAKKUUS"), nil},
		{"rename to a sibling's name", cb.CheckRename(2, "Palvelut"), errSubTaken},
		{"rename no code", cb.CheckRename(99, "Uusi"), ErrNoCode},
		{"move to another theme", cb.CheckMove(3, 4), errMoveUnderSame},
		{"move to be a theme", cb.CheckMove(7, 0), nil},
		{"move beside a theme of its name", cb.CheckMove(3, 0), nil},
		{"move under itself", cb.CheckMove(4, 4), errUnderItself},
		{"move under its sub-code", cb.CheckMove(4, 7), errUnderOwnSub},
		{"move where it is", cb.CheckMove(2, 1), nil},
		{"move under no code", cb.CheckMove(2, 99), ErrNoCode},
		{"merge into a sibling", cb.CheckMerge(2, 3), nil},
		{"merge into itself", cb.CheckMerge(4, 4), errMergeItself},
		{"merge into its sub-code", cb.CheckMerge(4, 7), errMergeOwnSub},
		{"merge no code", cb.CheckMerge(99, 1), ErrNoCode},
	}
	for _, tt := range tests {
		if got := kindOf(tt.err); got != tt.want {
			t.Errorf("%s: %v", tt.name, tt.err)
		}
	}
	if err := cb.CheckAdd(1, "asiakkuus"); err.Error() != "Asiakkuus already exists under Asiakasodotukset." {
		t.Errorf("words %q", err)
	}
	if err := cb.CheckMove(4, 7); err.Error() != "Lisäarvo cannot be moved under its own sub-code Lisäarvo/Asiakkuus/Syvempi." {
		t.Errorf("words %q", err)
	}
	if !errors.Is(cb.CheckRename(99, "X"), ErrNotFound) {
		t.Error("a missing code is not ErrNotFound")
	}
}

func TestMoveKeepsTheTreeShallow(t *testing.T) {
	var codes []Code
	for i := int64(1); i <= MaxDepth; i++ {
		codes = append(codes, Code{ID: i, ParentID: i - 1, Name: fmt.Sprintf("taso %d", i)})
	}
	codes = append(codes, Code{ID: 100, Name: "Toinen"}, Code{ID: 101, ParentID: 100, Name: "Ala"})
	cb := NewCodeBook(codes)
	if err := cb.CheckMove(100, MaxDepth-1); !errors.Is(err, errMoveTooDeep) {
		t.Fatalf("moving two levels under level %d: %v", MaxDepth-1, err)
	}
	if err := cb.CheckMove(101, MaxDepth-1); err != nil {
		t.Fatalf("one level under level %d: %v", MaxDepth-1, err)
	}
}
