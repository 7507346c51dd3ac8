package kit

import (
	"path/filepath"
	"slices"
	"strings"

	"teema/i18n"
	"teema/media"
)

// RecordingFilter offers recordings in a file dialog: what Teema decodes
// itself, and what phones and meeting programs make, which ffmpeg reads.
func RecordingFilter() Filter {
	return Filter{Name: i18n.T("Recordings"), Exts: media.Extensions()}
}

// IsRecording tells a recording from a transcript by its extension, as
// when files are dropped on a window.
func IsRecording(path string) bool {
	return slices.Contains(media.Extensions(), strings.ToLower(filepath.Ext(path)))
}
