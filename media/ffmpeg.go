package media

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
)

// findFFmpeg finds the ffmpeg program: on the PATH, or beside Teema's own
// program, where a Windows user can most easily put it.
func findFFmpeg() (string, bool) {
	if p, err := exec.LookPath("ffmpeg"); err == nil {
		return p, true
	}
	exe, err := os.Executable()
	if err != nil {
		return "", false
	}
	name := "ffmpeg"
	if runtime.GOOS == "windows" {
		name += ".exe"
	}
	p := filepath.Join(filepath.Dir(exe), name)
	if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
		return p, true
	}
	return "", false
}

// convert has ffmpeg decode the first audio track of path into a 16-bit
// WAV file in Teema's cache folder and returns that file's path. The
// caller removes it (Recording.Close). A file in the cache lets the
// recording seek, which a pipe would not.
func convert(ctx context.Context, path string, progress func(float64)) (string, error) {
	prog, ok := findFFmpeg()
	if !ok {
		return "", noFFmpeg(path)
	}
	dir := cacheDir()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", errTemp.Wrap(err, with(fileArgs(path), "Folder", dir))
	}
	sweep(dir)
	tmp, err := os.CreateTemp(dir, tempPattern)
	if err != nil {
		return "", errTemp.Wrap(err, with(fileArgs(path), "Folder", dir))
	}
	tmp.Close()
	if err := runFFmpeg(ctx, prog, path, tmp.Name(), progress); err != nil {
		os.Remove(tmp.Name())
		return "", err
	}
	return tmp.Name(), nil
}

// runFFmpeg runs one conversion, reporting progress from ffmpeg's
// -progress lines against the duration it prints first.
func runFFmpeg(ctx context.Context, prog, in, out string, progress func(float64)) error {
	abs, err := filepath.Abs(in)
	if err != nil {
		return openFailure(in, err)
	}
	// "file:" keeps a name with a colon or a leading dash from being read
	// as a protocol or an option.
	cmd := exec.CommandContext(ctx, prog, "-nostdin", "-hide_banner", "-nostats", "-y",
		"-i", "file:"+abs, "-map", "0:a:0", "-vn", "-sn", "-dn",
		"-c:a", "pcm_s16le", "-f", "wav", "-progress", "pipe:1", "file:"+out)
	hideWindow(cmd)
	log := &ffmpegLog{}
	cmd.Stderr = log
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return errFFmpegRun.Wrap(err, with(fileArgs(in), "Program", prog))
	}
	if err := cmd.Start(); err != nil {
		if errors.Is(err, exec.ErrNotFound) || errors.Is(err, os.ErrNotExist) {
			return noFFmpeg(in)
		}
		return errFFmpegRun.Wrap(err, with(fileArgs(in), "Program", prog))
	}
	followProgress(stdout, log, progress)
	err = cmd.Wait()
	switch {
	case ctx.Err() != nil:
		return ctx.Err()
	case err == nil:
		return nil
	case log.contains("matches no streams"), log.contains("does not contain any stream"):
		return errNoAudio.Wrap(errors.New(log.lastLine()), fileArgs(in))
	}
	return errFFmpeg.Wrap(errors.New(log.lastLine()), fileArgs(in))
}

// followProgress reads ffmpeg's -progress output to its end.
func followProgress(r io.Reader, log *ffmpegLog, progress func(float64)) {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), "=")
		if !ok || progress == nil || k != "out_time_us" && k != "out_time_ms" {
			continue // out_time_ms is microseconds too, in older ffmpeg
		}
		us, err := strconv.ParseInt(v, 10, 64)
		if total := log.duration(); err == nil && total > 0 && us >= 0 {
			progress(min(float64(us)/float64(total.Microseconds()), 1))
		}
	}
	io.Copy(io.Discard, r)
}

// ffmpegLog keeps the end of what ffmpeg writes to stderr, to word its
// failure, and the input's duration, for progress.
type ffmpegLog struct {
	mu    sync.Mutex
	tail  []byte
	total time.Duration
}

const ffmpegLogKeep = 16 << 10

var durationLine = regexp.MustCompile(`Duration: (\d+):(\d\d):(\d\d(?:\.\d+)?)`)

func (l *ffmpegLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.tail = append(l.tail, p...)
	if l.total == 0 {
		if m := durationLine.FindSubmatch(l.tail); m != nil {
			h, _ := strconv.Atoi(string(m[1]))
			mi, _ := strconv.Atoi(string(m[2]))
			s, _ := strconv.ParseFloat(string(m[3]), 64)
			l.total = time.Duration((float64(h*3600+mi*60) + s) * float64(time.Second))
		}
	}
	if len(l.tail) > ffmpegLogKeep {
		l.tail = append(l.tail[:0], l.tail[len(l.tail)-ffmpegLogKeep/2:]...)
	}
	return len(p), nil
}

func (l *ffmpegLog) duration() time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.total
}

func (l *ffmpegLog) contains(s string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return bytes.Contains(l.tail, []byte(s))
}

// lastLine is ffmpeg's last words, the reason it gave up, for the log.
func (l *ffmpegLog) lastLine() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	lines := strings.Split(strings.TrimSpace(string(l.tail)), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}
