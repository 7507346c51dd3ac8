package assets

import (
	"encoding/json"
	"io/fs"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"teema/coding"
)

type templateCodes struct {
	Codes []struct {
		Name     string `json:"name"`
		Children []struct {
			Name string `json:"name"`
		} `json:"children"`
	} `json:"codes"`
}

var speakerRe = regexp.MustCompile(`^(Haastattelija|H([0-9]+)):`)

func loadDemo(t *testing.T) (DemoStudy, map[string]string) {
	t.Helper()
	d, err := Demo()
	if err != nil {
		t.Fatalf("demo.json: %v", err)
	}
	texts := map[string]string{}
	for _, doc := range d.Documents {
		raw, err := fs.ReadFile(DemoFiles(), doc.File)
		if err != nil {
			t.Fatalf("document %q: %v", doc.Name, err)
		}
		if len(strings.TrimSpace(string(raw))) == 0 {
			t.Fatalf("document %q (%s) is empty", doc.Name, doc.File)
		}
		if _, dup := texts[doc.Name]; dup {
			t.Fatalf("document name %q used twice", doc.Name)
		}
		texts[doc.Name] = coding.Normalize(string(raw))
	}
	return d, texts
}

func loadCalpro(t *testing.T) (themes map[string]bool, paths map[string]bool) {
	t.Helper()
	b, err := Template("calpro")
	if err != nil {
		t.Fatal(err)
	}
	var tpl templateCodes
	if err := json.Unmarshal(b, &tpl); err != nil {
		t.Fatalf("calpro template: %v", err)
	}
	themes, paths = map[string]bool{}, map[string]bool{}
	for _, th := range tpl.Codes {
		themes[th.Name] = true
		for _, c := range th.Children {
			paths[th.Name+"/"+c.Name] = true
		}
	}
	return themes, paths
}

func TestDemoDocuments(t *testing.T) {
	d, texts := loadDemo(t)
	if d.Name == "" || d.Coder == "" {
		t.Errorf("demo name/coder missing: %q %q", d.Name, d.Coder)
	}
	if len(d.Documents) != 7 {
		t.Errorf("want 7 interviews, got %d", len(d.Documents))
	}
	groups := map[string]int{}
	nextInterviewee := 1
	for _, doc := range d.Documents {
		groups[doc.Attributes["ryhmä"]]++
		text := texts[doc.Name]
		n := coding.CountWords(text)
		t.Logf("%s (%s): %d words", doc.Name, doc.Attributes["ryhmä"], n)
		if n < 700 || n > 1200 {
			t.Errorf("%s: %d words, want 700–1200", doc.Name, n)
		}
		seen := map[int]bool{}
		var order []int
		for i, p := range strings.Split(text, "\n\n") {
			m := speakerRe.FindStringSubmatch(p)
			if m == nil {
				t.Errorf("%s: paragraph %d has no speaker label: %.40q", doc.Name, i+1, p)
				continue
			}
			if strings.Contains(p, "\n") {
				t.Errorf("%s: paragraph %d spans several lines", doc.Name, i+1)
			}
			if m[2] != "" {
				n, _ := strconv.Atoi(m[2])
				if !seen[n] {
					seen[n] = true
					order = append(order, n)
				}
			}
		}
		// Interviewees are numbered across the whole study, in order.
		for _, n := range order {
			if n != nextInterviewee {
				t.Errorf("%s: interviewee H%d, want H%d next", doc.Name, n, nextInterviewee)
			}
			nextInterviewee = n + 1
		}
		if want := doc.Attributes["haastateltavia"]; want != strconv.Itoa(len(order)) {
			t.Errorf("%s: haastateltavia=%q but the transcript has %d interviewees", doc.Name, want, len(order))
		}
	}
	want := map[string]int{"Kunnat": 3, "Kuntayhtymät": 2, "Yhteisöt": 2}
	if len(groups) != len(want) {
		t.Errorf("groups = %v, want exactly %v", groups, want)
	}
	for g, n := range want {
		if groups[g] != n {
			t.Errorf("group %q has %d interviews, want %d", g, groups[g], n)
		}
	}
	if people := nextInterviewee - 1; people < 11 || people > 12 {
		t.Errorf("%d interviewees, want 11–12", people)
	}
}

func TestDemoCodings(t *testing.T) {
	d, texts := loadDemo(t)
	themes, paths := loadCalpro(t)
	if n := len(d.Codings); n < 70 || n > 110 {
		t.Errorf("%d codings, want 70–110", n)
	}
	usedPath := map[string]int{}
	usedTheme := map[string]bool{}
	for i, c := range d.Codings {
		text, ok := texts[c.Doc]
		if !ok {
			t.Errorf("coding %d: unknown document %q", i, c.Doc)
			continue
		}
		if !paths[c.Code] {
			t.Errorf("coding %d: code %q is not in the calpro template", i, c.Code)
			continue
		}
		usedPath[c.Code]++
		usedTheme[strings.SplitN(c.Code, "/", 2)[0]] = true
		match := coding.Normalize(c.Match)
		if speakerRe.MatchString(match) || strings.Contains(match, "\n") {
			t.Errorf("coding %d (%s): match must be one answer without a speaker label: %q", i, c.Doc, c.Match)
		}
		start, end, ok := coding.FindNth(text, match, c.Nth)
		if !ok {
			t.Errorf("coding %d (%s, %s): occurrence %d of %q not found", i, c.Doc, c.Code, c.Nth, c.Match)
			continue
		}
		if got := coding.Slice(text, start, end); got != match {
			t.Errorf("coding %d: slice %q != match %q", i, got, match)
		}
		// The excerpt must belong to an interviewee's answer.
		para := coding.Slice(text, 0, start)
		if k := strings.LastIndex(para, "\n\n"); k >= 0 {
			para = para[k+2:]
		}
		if strings.HasPrefix(para, "Haastattelija:") {
			t.Errorf("coding %d (%s): match is in the interviewer's question: %q", i, c.Doc, c.Match)
		}
	}
	for th := range themes {
		if !usedTheme[th] {
			t.Errorf("theme %q is never used", th)
		}
	}
	for p := range paths {
		if usedPath[p] == 0 {
			t.Errorf("sub-theme %q is never used", p)
		}
	}
}

func TestDemoMemos(t *testing.T) {
	d, texts := loadDemo(t)
	_, paths := loadCalpro(t)
	if n := len(d.Memos); n < 4 || n > 6 {
		t.Errorf("%d memos, want 4–6", n)
	}
	kinds := map[string]int{}
	for i, m := range d.Memos {
		kinds[m.Kind]++
		if strings.TrimSpace(m.Text) == "" {
			t.Errorf("memo %d is empty", i)
		}
		switch m.Kind {
		case "project":
			if m.Target != "" {
				t.Errorf("project memo %d has target %q", i, m.Target)
			}
		case "document":
			if _, ok := texts[m.Target]; !ok {
				t.Errorf("document memo %d: unknown document %q", i, m.Target)
			}
		case "code":
			if !paths[m.Target] {
				t.Errorf("code memo %d: unknown code %q", i, m.Target)
			}
		default:
			t.Errorf("memo %d: unknown kind %q", i, m.Kind)
		}
	}
	if kinds["project"] != 1 || kinds["document"] == 0 || kinds["code"] == 0 {
		t.Errorf("memo kinds = %v, want one project memo and at least one document and code memo", kinds)
	}
}
