package app

import (
	"encoding/json"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teema/app/frequencies"
	"teema/app/matrices"
	"teema/app/session"
	"teema/coding"
	"teema/i18n"
)

// TestPerfSession is the GUI part of `make bench` (bench/run.sh): one
// researcher's session on the benchmark project, through Fyne's test
// driver, timed step by step. It runs only when TEEMA_PERF_PROJECT names a
// project (bench/mkproject makes one), and works on a copy of it.
//
//   - open: New + Start (the project and its first transcript) until the
//     main window is laid out, TEEMA_PERF_RUNS times, each in a new window;
//   - long: then opening the longest transcript with its codings, laid out;
//   - scroll: then paging through it from top to bottom (Page Down), every
//     paragraph measured and drawn once;
//   - code: TEEMA_PERF_CODINGS codings of a word-aligned selection on
//     screen through the reader's coding path (Session.Do: store, reload,
//     refresh), each timed until the new highlight is in the view;
//   - store_code: up to 300 codings stored directly (Project.AddExcerpt),
//     the durable commit every coding waits for;
//   - matrix: opening the matrix window until its first matrix is laid out;
//   - wordfreq: opening the word-frequency window until its lemma count
//     (Voikko, the cache in XDG_CACHE_HOME) is shown: the first run keeps
//     the interviews' word tallies in the project, the later ones count
//     from them.
//
// It writes every timing (milliseconds) and the process's peak resident
// memory after each step (VmHWM, kB) as JSON to TEEMA_PERF_OUT. With
// TEEMA_PERF_OPEN_ONLY set it stops after opening and scrolling, so that
// bench/run.sh can time cold starts, one process each.
func TestPerfSession(t *testing.T) {
	src := os.Getenv("TEEMA_PERF_PROJECT")
	if src == "" {
		t.Skip("TEEMA_PERF_PROJECT is not set: run make bench")
	}
	runs := envInt("TEEMA_PERF_RUNS", 5)
	codings := envInt("TEEMA_PERF_CODINGS", 1000)
	path := filepath.Join(t.TempDir(), "perf.teema")
	copyFile(t, src, path)

	res := map[string]any{}
	hwm := map[string]int{"start": peakRSS()}
	ms := func(d time.Duration) float64 { return float64(d.Nanoseconds()) / 1e6 }

	a := test.NewTempApp(t)
	a.Preferences().SetString(session.PrefCoder, "Mittari")
	a.Preferences().SetBool(prefWelcomed, true)

	// Each run opens the project in a new main window until it is usable,
	// then opens the longest transcript with its codings and pages through
	// it: a new window has a new transcript view, so every pass measures
	// the words afresh. Only the first run pays for Fyne's own start (the
	// theme's fonts) and for the day's first backup of the project.
	var open, openLong, scroll []float64
	var u *UI
	pages := 0
	for i := range runs {
		if u != nil {
			u.s.Close()
			u.win.Close()
		}
		t0 := time.Now()
		u = New(a, "bench")
		u.background = func(f func()) { f() }
		u.win.Resize(fyne.NewSize(1280, 800))
		u.Start(path, false)
		u.win.Canvas().Refresh(u.win.Content())
		test.LaidOutObjects(u.win.Content())
		open = append(open, ms(time.Since(t0)))
		if u.s.Project() == nil || len(u.s.Docs()) < 2 {
			t.Fatal("the project did not open")
		}
		if i == 0 {
			hwm["open"] = peakRSS()
		}

		long := u.s.Docs()[0]
		for _, d := range u.s.Docs() {
			if d.Chars > long.Chars {
				long = d
			}
		}
		res["long_doc"] = map[string]any{"name": long.Name, "words": long.Words, "chars": long.Chars, "codings": long.Excerpts}
		t0 = time.Now()
		u.s.OpenDoc(long.ID)
		u.win.Canvas().Refresh(u.win.Content())
		test.LaidOutObjects(u.win.Content())
		openLong = append(openLong, ms(time.Since(t0)))
		if u.s.Doc().ID != long.ID || len(u.s.Excerpts()) != long.Excerpts {
			t.Fatalf("opened %d codings of %s", len(u.s.Excerpts()), u.s.Doc().Name)
		}
		list := transcriptList(t, u)
		t0 = time.Now()
		pages = pageDown(u, list)
		scroll = append(scroll, ms(time.Since(t0)))
	}
	defer u.s.Close()
	res["open_ms"], res["long_open_ms"], res["scroll_ms"], res["scroll_pages"] = open, openLong, scroll, pages
	hwm["long"] = peakRSS()
	if os.Getenv("TEEMA_PERF_OPEN_ONLY") != "" { // a cold start: run 1 in a new process
		codings = 0
	}

	if codings == 0 {
		res["peak_rss_kb"] = hwm
		writePerf(t, res)
		return
	}

	// The matrix window: the project's corpus, the first theme's matrix,
	// counts and co-occurrence, laid out.
	var matrix []float64
	for range runs {
		t0 := time.Now()
		w := u.matrices.Open(u, matrices.New).Window()
		test.LaidOutObjects(w.Content())
		matrix = append(matrix, ms(time.Since(t0)))
		w.Close()
	}
	res["matrix_ms"] = matrix
	hwm["matrix"] = peakRSS()

	// Coding: select words on screen, code them, see the highlight.
	v := u.reader.view
	words := wordSpans(u.s.Doc().Text)
	var leaves []int64
	u.s.Book().Walk(func(c coding.Code, _ int) {
		if len(u.s.Book().Children(c.ID)) == 0 {
			leaves = append(leaves, c.ID)
		}
	})
	r := rand.New(rand.NewPCG(7, 8))
	before := len(u.s.Excerpts())
	var code []float64
	for range codings {
		n := 3 + r.IntN(30)
		first := r.IntN(len(words) - n)
		start, end := words[first][0], words[first+n-1][1]
		id := leaves[r.IntN(len(leaves))]
		v.ScrollTo(start)
		v.SetSelection(start, end)
		t0 := time.Now()
		u.reader.codeSelection(id)
		test.LaidOutObjects(v)
		highlighted := false
		for _, sp := range v.SpansAt(start) {
			highlighted = highlighted || sp.CodeID == id && sp.Start == start && sp.End == end
		}
		code = append(code, ms(time.Since(t0)))
		if !highlighted {
			t.Fatalf("coding %d–%d as %d is not highlighted", start, end, id)
		}
		if len(code)%50 == 0 {
			heapInUse(res, "heap_inuse_max_mb")
		}
	}
	runtime.GC()
	heapInUse(res, "heap_live_after_codings_mb")
	if path := os.Getenv("TEEMA_PERF_HEAPPROFILE"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := pprof.WriteHeapProfile(f); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	if got := len(u.s.Excerpts()) - before; got != codings {
		t.Fatalf("%d codings added, want %d", got, codings)
	}
	res["code_ms"] = code
	hwm["code"] = peakRSS()

	// The part of a coding no view can speed up: storing it, one durable
	// transaction each (then removed again, outside the timing).
	var stored []float64
	for range min(codings, 300) {
		n := 3 + r.IntN(30)
		first := r.IntN(len(words) - n)
		e := coding.Excerpt{DocID: u.s.Doc().ID, CodeID: leaves[r.IntN(len(leaves))], Start: words[first][0], End: words[first+n-1][1], Coder: "Mittari"}
		t0 := time.Now()
		added, err := u.s.Project().AddExcerpt(e)
		stored = append(stored, ms(time.Since(t0)))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := u.s.Project().DeleteExcerpt(added.ID); err != nil {
			t.Fatal(err)
		}
	}
	res["store_code_ms"] = stored

	// Fyne's test driver never empties Fyne's renderer cache; the real
	// driver frees renderers unused for a minute whenever it paints. With
	// TEEMA_PERF_EXPIRE set, let a minute pass and paint once, as the real
	// app would have done many times during 1,000 codings, and record
	// what the session then holds.
	if os.Getenv("TEEMA_PERF_EXPIRE") != "" {
		time.Sleep(61 * time.Second)
		u.win.Canvas().Capture()
		runtime.GC()
		heapInUse(res, "heap_live_after_cache_expiry_mb")
		debug.FreeOSMemory()
		res["rss_after_cache_expiry_mb"] = float64(currentRSS()) / 1024
	}

	// Word frequencies of the whole project, as base forms.
	// Background work is queued and run here, in order, so the timing
	// stops when the count is shown: the window keeps the tallies it made
	// after that, while the user reads (run here untimed).
	var queued []func()
	u.background = func(f func()) { queued = append(queued, f) }
	runQueued := func(until func() bool) {
		for len(queued) > 0 && !until() {
			f := queued[0]
			queued = queued[1:]
			f()
		}
	}
	var wf []float64
	for range runs {
		t0 := time.Now()
		w := u.frequencies.Open(u, frequencies.New).Window()
		runQueued(func() bool { words, _ := wordfreqShown(w); return words > 0 })
		words, forms := wordfreqShown(w)
		if words == 0 {
			t.Fatal("the word-frequency window counted nothing")
		}
		wf = append(wf, ms(time.Since(t0)))
		res["wordfreq_forms"] = forms
		runQueued(func() bool { return false })
		w.Close()
	}
	res["wordfreq_ms"] = wf
	hwm["wordfreq"] = peakRSS()

	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	res["heap_sys_mb"] = float64(m.HeapSys) / (1 << 20)
	res["peak_rss_kb"] = hwm
	writePerf(t, res)
	t.Logf("open %v ms; long %v ms; scroll %v ms (%d pages); wordfreq %v ms; peak RSS %v kB",
		open, openLong, scroll, pages, wf, hwm)
}

// wordfreqShown is what the word-frequency window shows: how many words
// its table lists, and the word forms chosen (stems once Voikko is found
// missing).
func wordfreqShown(w fyne.Window) (words int, forms string) {
	for _, o := range test.LaidOutObjects(w.Content()) {
		switch o := o.(type) {
		case *widget.Table:
			if words == 0 {
				words, _ = o.Length()
			}
		case *widget.Select:
			if slices.Contains(o.Options, i18n.T("Stem")) {
				forms = o.Selected
			}
		}
	}
	return words, forms
}

// heapInUse records the Go heap in use (MB) under key, keeping the largest.
func heapInUse(res map[string]any, key string) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	mb := float64(m.HeapInuse) / (1 << 20)
	if old, ok := res[key].(float64); !ok || mb > old {
		res[key] = mb
	}
}

// writePerf writes the results to TEEMA_PERF_OUT, if set.
func writePerf(t *testing.T, res map[string]any) {
	if out := os.Getenv("TEEMA_PERF_OUT"); out != "" {
		data, _ := json.MarshalIndent(res, "", " ")
		if err := os.WriteFile(out, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// transcriptList is the list that scrolls the transcript view.
func transcriptList(t *testing.T, u *UI) *widget.List {
	for _, o := range test.LaidOutObjects(u.reader.view) {
		if l, ok := o.(*widget.List); ok {
			return l
		}
	}
	t.Fatal("the transcript view has no list")
	return nil
}

// pageDown pages through the open transcript from the top to the end and
// says how many pages it took.
func pageDown(u *UI, l *widget.List) int {
	down := &fyne.KeyEvent{Name: fyne.KeyPageDown}
	pages := 0
	for last := float32(-1); l.GetScrollOffset() != last; pages++ {
		last = l.GetScrollOffset()
		u.reader.view.TypedKey(down)
	}
	return pages
}

// wordSpans are the words of a text, [start, end) in code points.
func wordSpans(text string) [][2]int {
	var out [][2]int
	start, i := -1, 0
	for _, r := range text {
		word := unicode.IsLetter(r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		}
		i++
	}
	return out
}

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

func copyFile(t *testing.T, from, to string) {
	in, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}

// peakRSS is the process's peak resident memory so far, in kB (Linux).
func peakRSS() int { return procStatus("VmHWM:") }

// currentRSS is the process's resident memory now, in kB (Linux).
func currentRSS() int { return procStatus("VmRSS:") }

func procStatus(field string) int {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, field); ok {
			n, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
			return n
		}
	}
	return 0
}
