package store

import (
	"path/filepath"
	"reflect"
	"testing"
)

func TestStopWordsTravelWithTheProject(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.teema")
	p, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if s, err := p.StopWords(); err != nil || len(s.Added)+len(s.Kept) != 0 {
		t.Fatalf("a new project has stop words %v, %v", s, err)
	}
	if _, err := p.SetStopWords(StopWords{Added: []string{" Kotka ", "hanke", "kotka", ""}, Kept: []string{"Hanke", "ei"}}); err != nil {
		t.Fatal(err)
	}
	p.Close()
	q, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	got, err := q.StopWords()
	want := StopWords{Added: []string{"hanke", "kotka"}, Kept: []string{"ei"}}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("stop words %+v, %v; want %+v", got, err, want)
	}
}
