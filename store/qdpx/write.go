package qdpx

import "encoding/xml"

// encoding/xml writes the parents of an "a>b" field even when the slice is
// empty, and the schema refuses an empty <Links/> or <Sets/>. Writing goes
// through these wrappers instead, each present only when it has children.

type wProject struct {
	XMLName          xml.Name `xml:"Project"`
	Xmlns            string   `xml:"xmlns,attr"`
	Name             string   `xml:"name,attr"`
	Origin           string   `xml:"origin,attr,omitempty"`
	CreationDateTime string   `xml:"creationDateTime,attr,omitempty"`

	Users     *wUsers     `xml:"Users"`
	CodeBook  *wCodeBook  `xml:"CodeBook"`
	Variables *wVariables `xml:"Variables"`
	Cases     *wCases     `xml:"Cases"`
	Sources   *wSources   `xml:"Sources"`
	Notes     *wNotes     `xml:"Notes"`
	NoteRefs  []xRef      `xml:"NoteRef"`
}

type wUsers struct {
	User []xUser `xml:"User"`
}

type wCodeBook struct {
	Codes wCodes `xml:"Codes"`
}

type wCodes struct {
	Code []xCode `xml:"Code"`
}

type wVariables struct {
	Variable []xVariable `xml:"Variable"`
}

type wCases struct {
	Case []xCase `xml:"Case"`
}

type wSources struct {
	TextSource []xTextSource `xml:"TextSource"`
}

type wNotes struct {
	Note []xTextSource `xml:"Note"`
}

// wCodeBookFile is the root of a .qdc file.
type wCodeBookFile struct {
	XMLName xml.Name `xml:"CodeBook"`
	Xmlns   string   `xml:"xmlns,attr"`
	Origin  string   `xml:"origin,attr,omitempty"`
	Codes   wCodes   `xml:"Codes"`
}

// forWriting wraps a project for the encoder.
func forWriting(x xProject) wProject {
	w := wProject{Xmlns: projectNS, Name: x.Name, Origin: x.Origin, CreationDateTime: x.CreationDateTime, NoteRefs: x.NoteRefs}
	if len(x.Users) > 0 {
		w.Users = &wUsers{x.Users}
	}
	if len(x.Codes) > 0 {
		w.CodeBook = &wCodeBook{wCodes{x.Codes}}
	}
	if len(x.Variables) > 0 {
		w.Variables = &wVariables{x.Variables}
	}
	if len(x.Cases) > 0 {
		w.Cases = &wCases{x.Cases}
	}
	if len(x.TextSources) > 0 {
		w.Sources = &wSources{x.TextSources}
	}
	if len(x.Notes) > 0 {
		w.Notes = &wNotes{x.Notes}
	}
	return w
}
