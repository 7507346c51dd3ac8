package frequencies

import (
	"io"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teema/app/wordcloud"
	"teema/coding/cloud"
	"teema/coding/wordfreq"
	"teema/i18n"
	"teema/store/chart"
	"teema/study"
)

// codeCloudTab draws the code cloud of the Calpro study's figure 20: code
// names sized by their number of excerpts, per code path or added up by
// sub-theme name across themes.
type codeCloudTab struct {
	w      *Window
	tab    *container.TabItem
	byName *widget.Check
	cloud  *wordcloud.Cloud
	note   *widget.Label

	counts []wordfreq.CodeCount
	stale  bool // the codings changed since the cloud was drawn
}

func newCodeCloudTab(w *Window) *codeCloudTab {
	c := &codeCloudTab{w: w, stale: true}
	c.byName = widget.NewCheck(i18n.T("Add up sub-themes by name across themes"), func(bool) { c.stale = true; c.show() })
	c.cloud = wordcloud.New()
	c.cloud.OnTapped = c.tapped
	c.note = widget.NewLabel("")
	c.tab = container.NewTabItem(i18n.T("Code cloud"), container.NewBorder(container.NewVBox(c.byName, c.note), nil, nil, nil, c.cloud))
	return c
}

// changed marks the codings as changed, and draws them again at once if
// the tab is shown.
func (c *codeCloudTab) changed() {
	c.stale = true
	c.show()
}

// show counts the codings when the tab is shown and they have changed.
func (c *codeCloudTab) show() {
	p := c.w.s.Project()
	if !c.stale || c.w.tabs == nil || c.w.tabs.Selected() != c.tab || p == nil || c.w.work.Gone() {
		return
	}
	c.stale = false
	counts, err := study.CodeFrequencies(p, c.byName.Checked)
	if err != nil {
		c.note.SetText(i18n.Error(err))
		return
	}
	c.counts = counts
	c.draw()
}

func (c *codeCloudTab) draw() {
	words := c.words()
	c.cloud.SetWords(words, cloudColors())
	if len(words) == 0 {
		c.note.SetText(i18n.T("Nothing is coded yet: code some text and the codes appear here."))
		return
	}
	c.note.SetText(i18n.T("Sized by the number of excerpts. Tap a code to see its count."))
}

func (c *codeCloudTab) words() []cloud.Word {
	var words []cloud.Word
	for _, cc := range c.counts {
		if cc.Excerpts > 0 {
			words = append(words, cloud.Word{Text: cc.Code, Weight: cc.Excerpts})
		}
	}
	return words
}

func (c *codeCloudTab) tapped(code string) {
	for _, cc := range c.counts {
		if cc.Code == code {
			c.note.SetText(i18n.TF("{{.Code}}: {{.N}} excerpts in {{.Docs}} interviews", map[string]any{"Code": code, "N": cc.Excerpts, "Docs": cc.Docs}))
			return
		}
	}
}

// picture draws the code cloud for a thesis.
func (c *codeCloudTab) picture(out io.Writer) error {
	_, err := chart.Cloud(out, i18n.T("Codes by number of excerpts"), c.words())
	return err
}
