package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const timedSRT = "1\n00:00:01,000 --> 00:00:03,500\n[SPEAKER_00]: Miten yhteistyö sujuu?\n\n" +
	"2\n00:00:04,000 --> 00:00:08,250\n[SPEAKER_01]: Yhteistyö sujuu hyvin.\n\n" +
	"3\n00:00:09,000 --> 00:00:12,000\n[SPEAKER_01]: Tiedotteet tulevat sähköpostilla.\n"

// TestCLIImportTranscriptWithRecording: a subtitle file imports with its
// times and its recording; times lists them and excerpts says when a
// coding is heard.
func TestCLIImportTranscriptWithRecording(t *testing.T) {
	dir := t.TempDir()
	proj := filepath.Join(dir, "p.teema")
	mustRun(t, "init", proj)
	srt := transcript(t, dir, "Asiakas 9.srt", timedSRT)
	rec, _ := filepath.Abs("../../media/testdata/tone440.flac")
	out := mustRun(t, "import-transcript", proj, srt, "--media", rec, "--attr", "ryhmä=Kunnat")
	if !strings.Contains(out, "6 time marks") || !strings.Contains(out, "attached "+rec) || !strings.Contains(out, "check that it is this interview's recording") {
		t.Fatalf("import-transcript says:\n%s", out)
	}
	var spans []timeJSON
	decode(t, mustRun(t, "times", proj, "Asiakas 9", "--json"), &spans)
	if len(spans) != 6 || spans[4].Seconds != 9 || spans[0].Seconds != 1 {
		t.Fatalf("times %+v", spans)
	}
	mustRun(t, "code-add", proj, "Tiedottaminen/Kanavat")
	mustRun(t, "code", proj, "--doc", "Asiakas 9", "--code", "Tiedottaminen/Kanavat", "--match", "Tiedotteet tulevat sähköpostilla.")
	var ex []excerptJSON
	decode(t, mustRun(t, "excerpts", proj, "--json"), &ex)
	if len(ex) != 1 || ex[0].Time == nil || ex[0].Time[0] != 9 {
		t.Fatalf("excerpts %+v", ex)
	}
}

// TestCLIMediaRefusesWhatIsNoRecording: a subtitle file or a truncated
// recording is refused by name and the project keeps no recording.
func TestCLIMediaRefusesWhatIsNoRecording(t *testing.T) {
	dir := t.TempDir()
	proj := filepath.Join(dir, "p.teema")
	mustRun(t, "init", proj)
	mustRun(t, "import", proj, transcript(t, dir, "a.txt", haastattelu))
	for _, f := range []string{"subtitles.srt", "truncated.flac"} {
		code, _, errOut := cliRun(t, "media", proj, "a", "../../media/testdata/"+f)
		if code != 1 || !strings.Contains(errOut, f) {
			t.Errorf("%s: exit %d, %q", f, code, errOut)
		}
	}
	if code, _, _ := cliRun(t, "media", proj, "a"); code != 2 {
		t.Error("media without a file is not a usage error")
	}
	out := mustRun(t, "media", proj, "a", "../../media/testdata/tone440.mp3")
	if !strings.Contains(out, "(0:01)") {
		t.Fatalf("media says %q", out)
	}
	if _, err := os.Stat(proj); err != nil {
		t.Fatal(err)
	}
}

// TestCLIRenamesASpeaker: speaker relabels SPEAKER_00 in every turn, the
// times and codings staying on their words; a label that is no speaker's
// is refused and changes nothing.
func TestCLIRenamesASpeaker(t *testing.T) {
	dir := t.TempDir()
	proj := filepath.Join(dir, "p.teema")
	mustRun(t, "init", proj)
	mustRun(t, "import-transcript", proj, transcript(t, dir, "Asiakas 9.srt", timedSRT))
	mustRun(t, "code-add", proj, "Yhteistyö")
	mustRun(t, "code", proj, "--doc", "Asiakas 9", "--code", "Yhteistyö", "--match", "Yhteistyö sujuu hyvin.")
	before := mustRun(t, "times", proj, "Asiakas 9", "--json")
	if out := mustRun(t, "speaker", proj, "Asiakas 9", "SPEAKER_01", "H1"); !strings.Contains(out, "SPEAKER_01 is now H1 (turns relabelled: 1)") {
		t.Errorf("speaker says %q", out)
	}
	text := mustRun(t, "text", proj, "Asiakas 9")
	if strings.Contains(text, "SPEAKER_01") || strings.Count(text, "H1:") != 1 || !strings.Contains(text, "SPEAKER_00:") {
		t.Errorf("text after renaming:\n%s", text)
	}
	var ex []excerptJSON
	decode(t, mustRun(t, "excerpts", proj, "--json"), &ex)
	if len(ex) != 1 || ex[0].Text != "Yhteistyö sujuu hyvin." || ex[0].Time == nil || ex[0].Time[0] != 4 {
		t.Errorf("the coding after renaming: %+v", ex)
	}
	var spans []timeJSON
	decode(t, mustRun(t, "times", proj, "Asiakas 9", "--json"), &spans)
	var old []timeJSON
	decode(t, before, &old)
	if len(spans) != len(old) {
		t.Errorf("times %+v, were %+v", spans, old)
	}
	if code, _, errOut := cliRun(t, "speaker", proj, "Asiakas 9", "H7", "H2"); code == 0 || !strings.Contains(errOut, "H7") {
		t.Errorf("renaming a speaker the transcript does not have: exit %d, %q", code, errOut)
	}
	if after := mustRun(t, "text", proj, "Asiakas 9"); after != text {
		t.Error("a refused rename changed the text")
	}
}
