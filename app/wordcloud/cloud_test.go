package wordcloud

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"teema/coding/cloud"
)

func TestTappingAWordOpensIt(t *testing.T) {
	test.NewTempApp(t)
	c := New()
	var tapped string
	c.OnTapped = func(w string) { tapped = w }
	c.SetWords([]cloud.Word{{Text: "asiakaskokemus", Weight: 9}, {Text: "työ", Weight: 3}, {Text: "yhteistyö", Weight: 1}}, nil)
	w := test.NewWindow(c)
	defer w.Close()
	w.Resize(fyne.NewSize(600, 400))
	placed, dropped := c.Placed()
	if len(placed) != 3 || dropped != 0 {
		t.Fatalf("placed %d, dropped %d", len(placed), dropped)
	}
	for i, a := range placed {
		for _, b := range placed[i+1:] {
			if a.X < b.X+b.W && b.X < a.X+a.W && a.Y < b.Y+b.H && b.Y < a.Y+a.H {
				t.Errorf("%q and %q overlap", a.Text, b.Text)
			}
		}
	}
	p := placed[1]
	test.TapAt(c, fyne.NewPos(p.X+p.W/2, p.Y+p.H/2))
	if tapped != p.Text {
		t.Errorf("tapped %q, want %q", tapped, p.Text)
	}
	if len(c.CreateRenderer().Objects()) != 0 {
		t.Error("a fresh renderer has objects before layout")
	}
}

func TestAResizedCloudIsLaidOutAgain(t *testing.T) {
	test.NewTempApp(t)
	c := New()
	c.SetWords([]cloud.Word{{Text: "kunta", Weight: 5}, {Text: "järjestö", Weight: 2}}, nil)
	w := test.NewWindow(c)
	defer w.Close()
	w.Resize(fyne.NewSize(300, 200))
	small, _ := c.Placed()
	w.Resize(fyne.NewSize(900, 600))
	large, _ := c.Placed()
	if large[0].Size <= small[0].Size && large[0].X <= small[0].X {
		t.Errorf("the cloud did not follow the window: %v then %v", small[0], large[0])
	}
}
