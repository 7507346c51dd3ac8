package qdpx

import (
	"crypto/sha1"
	"fmt"
	"strings"
)

// guids derives identifiers from a per-project seed, so exporting the same
// project twice gives the same GUIDs and other programs can match what they
// imported before. The seed is the project's creation time, which does not
// depend on the file's name or place and never changes.
type guids struct{ seed string }

// of returns a UUID (version 5 layout) for one thing of a kind, e.g.
// of("code", "12").
func (g guids) of(kind, id string) string {
	sum := sha1.Sum([]byte("teema/" + g.seed + "/" + kind + "/" + id))
	b := sum[:16]
	b[6] = b[6]&0x0f | 0x50 // version 5
	b[8] = b[8]&0x3f | 0x80 // RFC 4122 variant
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

func (g guids) ofID(kind string, id int64) string { return g.of(kind, fmt.Sprint(id)) }

// guidKey turns a GUID as written (braces, either case) into the key that
// references are matched by. Ids that are not GUIDs are kept as they are:
// matching them costs nothing and refusing them would lose the file.
func guidKey(s string) string {
	return strings.ToLower(strings.Trim(strings.TrimSpace(s), "{}"))
}
