package qdpx

import "encoding/xml"

// The types below mirror QDA-XML 1.0 (Project.xsd) for reading; write.go
// wraps them for writing. Field order is the schema's sequence order.
// Element names carry no namespace so that reading accepts files whatever
// prefix or namespace URI they use.

const (
	projectNS  = "urn:QDA-XML:project:1.0"
	codebookNS = "urn:QDA-XML:codebook:1.0"
)

type xProject struct {
	XMLName          xml.Name `xml:"Project"`
	Name             string   `xml:"name,attr"`
	Origin           string   `xml:"origin,attr,omitempty"`
	CreationDateTime string   `xml:"creationDateTime,attr,omitempty"`

	Users       []xUser       `xml:"Users>User"`
	Codes       []xCode       `xml:"CodeBook>Codes>Code"`
	Variables   []xVariable   `xml:"Variables>Variable"`
	Cases       []xCase       `xml:"Cases>Case"`
	TextSources []xTextSource `xml:"Sources>TextSource"`
	PDFSources  []xPDFSource  `xml:"Sources>PDFSource"`
	Pictures    []xOther      `xml:"Sources>PictureSource"`
	Audios      []xOther      `xml:"Sources>AudioSource"`
	Videos      []xOther      `xml:"Sources>VideoSource"`
	Notes       []xTextSource `xml:"Notes>Note"`
	Links       []xLink       `xml:"Links>Link"`
	Sets        []xOther      `xml:"Sets>Set"`
	Graphs      []xOther      `xml:"Graphs>Graph"`
	Description string        `xml:"Description,omitempty"`
	NoteRefs    []xRef        `xml:"NoteRef"`
}

// xCodeBook is the root of a .qdc file.
type xCodeBook struct {
	XMLName xml.Name `xml:"CodeBook"`
	Origin  string   `xml:"origin,attr,omitempty"`
	Codes   []xCode  `xml:"Codes>Code"`
	Sets    []xOther `xml:"Sets>Set"`
}

type xUser struct {
	GUID string `xml:"guid,attr"`
	Name string `xml:"name,attr,omitempty"`
	ID   string `xml:"id,attr,omitempty"`
}

type xCode struct {
	GUID        string  `xml:"guid,attr"`
	Name        string  `xml:"name,attr"`
	IsCodable   string  `xml:"isCodable,attr"`
	Color       string  `xml:"color,attr,omitempty"`
	Description string  `xml:"Description,omitempty"`
	NoteRefs    []xRef  `xml:"NoteRef"`
	Codes       []xCode `xml:"Code"`
}

type xVariable struct {
	GUID string `xml:"guid,attr"`
	Name string `xml:"name,attr"`
	Type string `xml:"typeOfVariable,attr"`
}

type xCase struct {
	GUID          string           `xml:"guid,attr"`
	Name          string           `xml:"name,attr,omitempty"`
	Description   string           `xml:"Description,omitempty"`
	CodeRefs      []xRef           `xml:"CodeRef"`
	Values        []xVariableValue `xml:"VariableValue"`
	SourceRefs    []xRef           `xml:"SourceRef"`
	SelectionRefs []xRef           `xml:"SelectionRef"`
}

// xVariableValue holds one of the typed values; all are read as text.
type xVariableValue struct {
	VariableRef   xRef    `xml:"VariableRef"`
	TextValue     *string `xml:"TextValue"`
	BooleanValue  *string `xml:"BooleanValue"`
	IntegerValue  *string `xml:"IntegerValue"`
	FloatValue    *string `xml:"FloatValue"`
	DateValue     *string `xml:"DateValue"`
	DateTimeValue *string `xml:"DateTimeValue"`
}

// xTextSource is a TextSource and, with the same schema type, a Note.
type xTextSource struct {
	GUID             string           `xml:"guid,attr"`
	Name             string           `xml:"name,attr,omitempty"`
	RichTextPath     string           `xml:"richTextPath,attr,omitempty"`
	PlainTextPath    string           `xml:"plainTextPath,attr,omitempty"`
	CreatingUser     string           `xml:"creatingUser,attr,omitempty"`
	CreationDateTime string           `xml:"creationDateTime,attr,omitempty"`
	Description      string           `xml:"Description,omitempty"`
	PlainTextContent *string          `xml:"PlainTextContent"`
	Selections       []xSelection     `xml:"PlainTextSelection"`
	Codings          []xCoding        `xml:"Coding"`
	NoteRefs         []xRef           `xml:"NoteRef"`
	Values           []xVariableValue `xml:"VariableValue"`
}

// xPDFSource is read for its text representation only.
type xPDFSource struct {
	GUID           string       `xml:"guid,attr"`
	Name           string       `xml:"name,attr"`
	Selections     []xOther     `xml:"PDFSelection"`
	Representation *xTextSource `xml:"Representation"`
}

// xSelection is a PlainTextSelection. Positions are kept as text so one
// bad number costs one selection, not the whole file.
type xSelection struct {
	GUID             string    `xml:"guid,attr"`
	Name             string    `xml:"name,attr,omitempty"`
	Start            string    `xml:"startPosition,attr"`
	End              string    `xml:"endPosition,attr"`
	CreatingUser     string    `xml:"creatingUser,attr,omitempty"`
	CreationDateTime string    `xml:"creationDateTime,attr,omitempty"`
	Description      string    `xml:"Description,omitempty"`
	Codings          []xCoding `xml:"Coding"`
	NoteRefs         []xRef    `xml:"NoteRef"`
}

type xCoding struct {
	GUID             string `xml:"guid,attr"`
	CreatingUser     string `xml:"creatingUser,attr,omitempty"`
	CreationDateTime string `xml:"creationDateTime,attr,omitempty"`
	CodeRef          xRef   `xml:"CodeRef"`
	NoteRefs         []xRef `xml:"NoteRef"`
}

type xLink struct {
	GUID       string `xml:"guid,attr"`
	Name       string `xml:"name,attr,omitempty"`
	OriginGUID string `xml:"originGUID,attr,omitempty"`
	TargetGUID string `xml:"targetGUID,attr,omitempty"`
	NoteRefs   []xRef `xml:"NoteRef"`
}

type xRef struct {
	Target string `xml:"targetGUID,attr"`
}

// xOther is anything Teema does not import but names in its report.
type xOther struct {
	GUID string `xml:"guid,attr"`
	Name string `xml:"name,attr"`
}
