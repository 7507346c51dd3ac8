package assets

import (
	"encoding/json"
	"fmt"
	"io/fs"
)

// DemoStudy describes the demo project: its transcripts with their
// attributes, the codings (by matching text) and the memos.
type DemoStudy struct {
	Name      string `json:"name"`
	Coder     string `json:"coder"`
	Documents []struct {
		File       string            `json:"file"`
		Name       string            `json:"name"`
		Attributes map[string]string `json:"attributes"`
	} `json:"documents"`
	Codings []struct {
		Doc   string `json:"doc"`
		Code  string `json:"code"`
		Match string `json:"match"`
		Nth   int    `json:"nth"`
		Memo  string `json:"memo"`
	} `json:"codings"`
	Memos []struct {
		Kind   string `json:"kind"`
		Target string `json:"target"`
		Text   string `json:"text"`
	} `json:"memos"`
}

// Demo returns the demo study's description; its transcripts are read
// from DemoFiles.
func Demo() (DemoStudy, error) {
	var d DemoStudy
	b, err := fs.ReadFile(DemoFiles(), "demo.json")
	if err != nil {
		return d, err
	}
	if err := json.Unmarshal(b, &d); err != nil {
		return d, fmt.Errorf("demo study: %w", err)
	}
	return d, nil
}
