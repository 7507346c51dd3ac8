// Command searchbench times searches in one process, as the search
// window makes them: the first, which builds the index from the
// project's word tallies and reads the transcripts it needs, and the
// later ones, which read none. It prints JSON for bench/report.py.
//
//	searchbench -project P.teema [-runs N] [-cpuprofile FILE]
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
	"time"

	"teema/store"
	"teema/study"
)

// queries are the later searches, each a different operator.
var queries = []study.Search{
	{Query: "palvelu"},
	{Query: "asiakas palvelu"},
	{Query: `"oma yhteyshenkilö"`},
	{Query: "järjestelmä*"},
	{Query: "kunta OR kaupunki"},
	{Query: "asiakas -kunta IN turn"},
	{Query: "yhteistyö", NoInterviewer: true},
	{Query: "asiakas", Compounds: true},
	{Query: "raportti", Forms: study.FormsStem},
}

type result struct {
	FirstMS float64   `json:"first_ms"`
	LaterMS []float64 `json:"later_ms"`
	Hits    int       `json:"first_hits"`
	Forms   string    `json:"forms"`
}

func main() {
	project := flag.String("project", "", "the project to search")
	runs := flag.Int("runs", 3, "times to make each later search")
	profile := flag.String("cpuprofile", "", "write a CPU profile of the searches to this file")
	flag.Parse()
	if *profile != "" {
		f, err := os.Create(*profile)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "searchbench:", err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}
	if err := run(*project, *runs); err != nil {
		fmt.Fprintln(os.Stderr, "searchbench:", err)
		pprof.StopCPUProfile()
		os.Exit(1)
	}
}

func run(path string, runs int) error {
	p, err := store.OpenReadOnly(path)
	if errors.Is(err, store.ErrOutdated) {
		p, err = store.Open(path) // upgraded once, as teema-cli does
	}
	if err != nil {
		return err
	}
	defer p.Close()
	forms := study.NewForms()
	defer forms.Close()
	s := study.NewSearcher(forms)
	var r result
	t0 := time.Now()
	found, err := s.Search(p, study.Search{Query: "asiakas"})
	if err != nil {
		return err
	}
	r.FirstMS, r.Hits, r.Forms = ms(time.Since(t0)), len(found.Hits), found.Forms
	if err := s.ReadAll(p); err != nil { // as the window does after its first search
		return err
	}
	for range runs {
		for _, q := range queries {
			t := time.Now()
			if _, err := s.Search(p, q); err != nil {
				return err
			}
			r.LaterMS = append(r.LaterMS, ms(time.Since(t)))
		}
	}
	return json.NewEncoder(os.Stdout).Encode(r)
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1e3 }
