package media

import (
	"log/slog"
	"os"
	"path/filepath"
	"time"
)

// tempPattern names the WAV files ffmpeg makes, so that sweep removes
// only those.
const tempPattern = "recording-*.wav"

// staleAfter is when a temporary WAV file is surely left over from a
// Teema that crashed: no one listens to one recording for a day.
const staleAfter = 24 * time.Hour

// cacheDir is where temporary WAV files go: the user's cache folder
// (~/.cache/teema/recordings, %LocalAppData%\teema\recordings), or the
// system's temporary folder when there is none.
func cacheDir() string {
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	return filepath.Join(base, "teema", "recordings")
}

// sweep removes temporary files a crashed Teema left behind: a converted
// hour of stereo takes 600 MB.
func sweep(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if ok, _ := filepath.Match(tempPattern, e.Name()); !ok {
			continue
		}
		if st, err := e.Info(); err == nil && time.Since(st.ModTime()) > staleAfter {
			if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
				slog.Warn("remove a stale temporary recording", "file", e.Name(), "err", err)
			}
		}
	}
}
