package media

import (
	"context"
	"crypto/sha256"
	"os"
	"path/filepath"
	"testing"
)

func TestFingerprint(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.wav")
	content := []byte("not really a recording, but content all the same")
	os.WriteFile(path, content, 0o644)
	p, err := Fingerprint(path)
	if err != nil {
		t.Fatal(err)
	}
	if p.Size != int64(len(content)) || p.Sum != sha256.Sum256(content) {
		t.Errorf("print %v", p)
	}
	back, err := ParsePrint(p.String())
	if err != nil || back != p {
		t.Errorf("ParsePrint(%q) = %v, %v", p.String(), back, err)
	}
	for _, bad := range []string{"", "12", "x:00", "-1:" + p.String()[3:], "12:abc"} {
		if _, err := ParsePrint(bad); err == nil {
			t.Errorf("ParsePrint(%q) took it", bad)
		}
	}
	if _, err := Fingerprint(filepath.Join(t.TempDir(), "gone.mp3")); kindOf(err) != errMissing {
		t.Errorf("a missing file: %v", err)
	}
}

func TestFindMoved(t *testing.T) {
	root := t.TempDir()
	mk := func(rel string, content string) string {
		p := filepath.Join(root, rel)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	original := mk("old/haastattelu.m4a", "the recording's bytes")
	want, _ := Fingerprint(original)
	os.Remove(original)
	mk("a/decoy.m4a", "the recording's BYTES") // same size, other content
	mk("a/other.m4a", "shorter")
	moved := mk("b/c/renamed.m4a", "the recording's bytes")
	// A link back up the tree must not make the search go round forever.
	if err := os.Symlink(root, filepath.Join(root, "b", "loop")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	got, err := FindMoved(context.Background(), root, want)
	if err != nil || got != moved {
		t.Fatalf("FindMoved = %q, %v; want %q", got, err, moved)
	}
	// Through a link to a folder outside.
	outside := t.TempDir()
	os.Rename(moved, filepath.Join(outside, "x.m4a"))
	os.Symlink(outside, filepath.Join(root, "a", "linked"))
	if got, err := FindMoved(context.Background(), root, want); err != nil || filepath.Base(got) != "x.m4a" {
		t.Errorf("through a link: %q, %v", got, err)
	}
	os.Remove(filepath.Join(outside, "x.m4a"))
	if _, err := FindMoved(context.Background(), root, want); kindOf(err) != errNotFound {
		t.Errorf("nothing to find: %v", err)
	}
	if _, err := FindMoved(context.Background(), filepath.Join(root, "nope"), want); kindOf(err) != errFolder {
		t.Errorf("a missing folder: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := FindMoved(ctx, root, want); err != context.Canceled {
		t.Errorf("cancelled: %v", err)
	}
}

// BenchmarkFingerprint hashes 200 MB, a long interview in WAV.
func BenchmarkFingerprint(b *testing.B) {
	path := filepath.Join(b.TempDir(), "big.wav")
	f, _ := os.Create(path)
	chunk := make([]byte, 1<<20)
	for i := 0; i < 200; i++ {
		chunk[0] = byte(i)
		f.Write(chunk)
	}
	f.Close()
	b.SetBytes(200 << 20)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Fingerprint(path); err != nil {
			b.Fatal(err)
		}
	}
}
