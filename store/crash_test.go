package store

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"teema/coding"
)

// The crash test runs its own test binary as a child that codes text in a
// loop and reports each write that returned; the parent kills it with
// SIGKILL at a random moment and checks that the project opens, passes the
// integrity check and holds every reported write.
//
// TEEMA_SOAK=1 runs 500 kills; TEEMA_SOAK_KILLS=n runs n kills.

const crashChildEnv = "TEEMA_CRASH_CHILD"

// crashDocText is a document without white space, so every range is a
// valid selection.
var crashDocText = strings.Repeat("äbcdefghijklmnöpqrstuvwxyzå", 80)

// crashRange gives the k-th write its own range: no two writes use the
// same range, so no write is refused as a duplicate.
func crashRange(k, chars int) (start, end int) {
	span := chars - 100
	return k % span, k%span + 1 + k/span
}

func TestCrashChild(t *testing.T) {
	path := os.Getenv(crashChildEnv)
	if path == "" {
		t.Skip("run by TestCrash")
	}
	p, err := Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "open:", err)
		os.Exit(2)
	}
	var docID, codeID int64
	var k, chars int
	if err := p.db.QueryRow(`SELECT id, chars FROM documents`).Scan(&docID, &chars); err != nil {
		fmt.Fprintln(os.Stderr, "document:", err)
		os.Exit(2)
	}
	if err := p.db.QueryRow(`SELECT id FROM codes`).Scan(&codeID); err != nil {
		fmt.Fprintln(os.Stderr, "code:", err)
		os.Exit(2)
	}
	if err := p.db.QueryRow(`SELECT count(*) FROM excerpts`).Scan(&k); err != nil {
		fmt.Fprintln(os.Stderr, "count:", err)
		os.Exit(2)
	}
	out := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(out, "ready")
	out.Flush()
	for ; ; k++ {
		start, end := crashRange(k, chars)
		e, err := p.AddExcerpt(coding.Excerpt{DocID: docID, CodeID: codeID, Start: start, End: end, Coder: "crash"})
		if err != nil {
			fmt.Fprintln(os.Stderr, "write:", err)
			os.Exit(2)
		}
		fmt.Fprintf(out, "saved %d\n", e.ID)
		out.Flush()
	}
}

// crashRun is one child run: it returns the ids the child reported saved.
func crashRun(t *testing.T, path string, rng *rand.Rand) (saved []int64) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashChildEnv+"="+path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ready := make(chan struct{})
	done := make(chan []int64)
	go func() {
		var ids []int64
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			line := sc.Text()
			if line == "ready" {
				close(ready)
				continue
			}
			if s, ok := strings.CutPrefix(line, "saved "); ok {
				if id, err := strconv.ParseInt(s, 10, 64); err == nil {
					ids = append(ids, id)
				}
			}
		}
		done <- ids
	}()
	select {
	case <-ready:
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("child never became ready: %s", stderr.String())
	}
	// Another process holds the writer lock: Open must refuse.
	if p, err := Open(path); !errors.Is(err, ErrInUse) {
		if err == nil {
			p.Close()
		}
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("Open while the child writes: %v, want ErrInUse", err)
	}
	time.Sleep(time.Duration(5+rng.IntN(146)) * time.Millisecond)
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	saved = <-done
	err = cmd.Wait()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("child did not die by SIGKILL (%v): %s", err, stderr.String())
	}
	return saved
}

func TestCrash(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the crash test uses SIGKILL and runs on Linux")
	}
	if os.Getenv(crashChildEnv) != "" {
		t.Skip("in the child")
	}
	minKills, minWrites, limit := 20, 1000, 10*time.Second
	if os.Getenv("TEEMA_SOAK") != "" {
		minKills, limit = 500, 25*time.Minute
	}
	if n, err := strconv.Atoi(os.Getenv("TEEMA_SOAK_KILLS")); err == nil && n > 0 {
		minKills, limit = n, 25*time.Minute
	}
	if testing.Short() {
		minKills, minWrites = 3, 0
	}

	path := filepath.Join(t.TempDir(), "crash"+Extension)
	p, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := p.AddDocument(coding.NewDocument("haastattelu", coding.Normalize(crashDocText), "txt", "h.txt", time.Now()))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.AddCode(0, "Teema", "", ""); err != nil {
		t.Fatal(err)
	}
	p.Close()

	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
	check := func(p *Project, e coding.Excerpt) {
		t.Helper()
		if want := coding.Slice(doc.Text, e.Start, e.End); e.Text != want || e.DocID != doc.ID {
			t.Fatalf("excerpt %d holds %q, want %q", e.ID, e.Text, want)
		}
	}
	var all []int64
	kills := 0
	began := time.Now()
	for (kills < minKills || len(all) < minWrites) && time.Since(began) < limit {
		saved := crashRun(t, path, rng)
		kills++
		// The killed child's lock went with it: Open for writing works.
		p, err := Open(path)
		if err != nil {
			t.Fatalf("after kill %d: %v", kills, err)
		}
		if err := p.IntegrityCheck(); err != nil {
			p.Close()
			t.Fatalf("after kill %d: %v", kills, err)
		}
		for _, id := range saved {
			e, err := p.Excerpt(id)
			if err != nil {
				p.Close()
				t.Fatalf("after kill %d: reported write %d lost: %v", kills, id, err)
			}
			check(p, e)
		}
		p.Close()
		all = append(all, saved...)
	}

	// At the end every write reported over all runs must still be there.
	p, err = OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	es, err := p.Excerpts(coding.ExcerptFilter{})
	if err != nil {
		t.Fatal(err)
	}
	have := make(map[int64]coding.Excerpt, len(es))
	for _, e := range es {
		have[e.ID] = e
	}
	for _, id := range all {
		e, ok := have[id]
		if !ok {
			t.Fatalf("reported write %d lost by the end", id)
		}
		check(p, e)
	}
	if len(all) == 0 {
		t.Fatal("the child reported no writes")
	}
	t.Logf("crash test: %d kills survived, %d reported writes checked (%d excerpts in the project) in %v",
		kills, len(all), len(es), time.Since(began).Round(time.Millisecond))
}
