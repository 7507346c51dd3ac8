package importer

import (
	"errors"
	"io/fs"
	"path/filepath"

	"teema/message"
)

// Classes of refusal, for errors.Is. What the researcher reads is the
// message of the error's kind below, which names the file and says why;
// these words only show in logs.
var (
	ErrUnsupported = errors.New("unsupported file type")
	ErrEmpty       = errors.New("no text")
	ErrBinary      = errors.New("not a text file")
	ErrCorrupt     = errors.New("damaged file")
	ErrTooLarge    = errors.New("file too large")
	ErrEncrypted   = errors.New("password-protected file")
)

// Why Read and ReadFile refuse a file. Every kind names the file as
// {{.File}}; the format readers make their errors without it, and named
// adds it.
var (
	errEmptyFile      = message.New("{{.File}} is empty: it has no text.").In(ErrEmpty)
	errNoText         = message.New("{{.File}} contains no text.").In(ErrEmpty)
	errNotAFile       = message.New("{{.File}} is a folder or a device, not a file.").In(ErrUnsupported)
	errUnsupportedExt = message.New("{{.File}} cannot be imported: {{.Ext}} files are not supported (supported: {{.Formats}}).").In(ErrUnsupported)
	errNoExtension    = message.New("{{.File}} has no file extension, so Teema cannot tell what it is (supported: {{.Formats}}).").In(ErrUnsupported)
	errTooLarge       = message.New("{{.File}} is too large ({{.Size}} MB; the limit is {{.Limit}} MB).").In(ErrTooLarge)
	errMissing        = message.New("{{.File}} does not exist: it may have been moved or deleted.")
	errForbidden      = message.New("Teema is not allowed to read {{.File}}.")
	errCannotOpen     = message.New("{{.File}} could not be opened.")
	errUnreadable     = message.New("{{.File}} could not be read: the file may be damaged.").In(ErrCorrupt)
)

// errAudio answers the extensions of audio recordings.
var errAudio = message.New("{{.File}} is a recording, not a transcript: import its transcript ({{.Formats}}), then attach the recording to it with Documents → Attach recording….").In(ErrUnsupported)

// hints answer the extensions people often try with what to do instead.
var hints = map[string]*message.Kind{
	".doc":   message.New("{{.File}} is an old Word .doc file, which is not supported: open it in Word or LibreOffice and save it as .docx (supported: {{.Formats}}).").In(ErrUnsupported),
	".rtf":   message.New("{{.File}} is an RTF file, which is not supported: open it in a word processor and save it as .docx or .txt (supported: {{.Formats}}).").In(ErrUnsupported),
	".pages": message.New("{{.File}} is a Pages file, which is not supported: export it from Pages as Word (.docx) (supported: {{.Formats}}).").In(ErrUnsupported),
	".xlsx":  message.New("{{.File}} is a spreadsheet, which is not supported: save the transcript as .docx or .txt (supported: {{.Formats}}).").In(ErrUnsupported),
	".mp3":   errAudio,
	".m4a":   errAudio,
	".wav":   errAudio,
}

// Plain text (txt.go).
var (
	errNULBytes = message.New("{{.File}} looks like a binary file, not text (it contains NUL bytes).").In(ErrBinary)
	errControls = message.New("{{.File}} looks like a binary file, not text (it is full of control characters).").In(ErrBinary)
	errDecode   = message.New("{{.File}} could not be decoded as text: too many of its bytes are no characters, even in {{.Encoding}}, the encoding they are most like.").In(ErrCorrupt)
)

// How a plain-text file was read (Result.Notes).
var (
	noteEncoding = message.New("{{.File}} was read as {{.Encoding}}.")
	noteStray    = message.New("{{.File}}: {{.N}} bytes could not be read as {{.Encoding}} and show as �; the first is on line {{.Line}}.")
)

// The text of any document (text.go).
var (
	errTextTooLarge  = message.New("{{.File}} holds {{.Size}} MB of text; Teema takes at most {{.Limit}} MB of text in one document.").In(ErrTooLarge)
	errManyLines     = message.New("{{.File}} has {{.N}} lines; Teema takes at most {{.Limit}} lines in one document.").In(ErrTooLarge)
	errInvisibleText = message.New("{{.File}} contains no visible text, only invisible characters such as zero-width spaces.").In(ErrEmpty)
)

// What a file seems to be when its magic number says it is not what its
// extension promises. Each is a kind twice: a .txt or .md that is really
// something else is not text (ErrBinary), a document that is really
// something else is damaged as that document (ErrCorrupt).
const (
	looksImage      = "{{.File}} looks like a {{.Format}} image, although its name ends in {{.Ext}}."
	looksPDF        = "{{.File}} looks like a PDF document, although its name ends in {{.Ext}}; rename it to end in .pdf."
	looksZip        = "{{.File}} looks like a Word, LibreOffice or zip file, although its name ends in {{.Ext}}; check what it really is."
	looksOffice     = "{{.File}} looks like an old Word .doc or other Office file, although its name ends in {{.Ext}}."
	looksRTF        = "{{.File}} looks like an RTF document, although its name ends in {{.Ext}}; save it as .docx or plain text."
	looksProgram    = "{{.File}} looks like a program, although its name ends in {{.Ext}}."
	looksCompressed = "{{.File}} looks like a compressed ({{.Format}}) file, although its name ends in {{.Ext}}."
	looksAudio      = "{{.File}} looks like an audio recording, although its name ends in {{.Ext}}."
	looksAudioImage = "{{.File}} looks like an audio recording or an image, although its name ends in {{.Ext}}."
	looksRecording  = "{{.File}} looks like an audio or video recording, although its name ends in {{.Ext}}."
)

// looks is one lookalike's kind as a plain text file and as a document.
type looks struct{ text, document *message.Kind }

var (
	asImage      = looks{message.New(looksImage).In(ErrBinary), message.New(looksImage).In(ErrCorrupt)}
	asPDF        = looks{message.New(looksPDF).In(ErrBinary), message.New(looksPDF).In(ErrCorrupt)}
	asZip        = looks{message.New(looksZip).In(ErrBinary), message.New(looksZip).In(ErrCorrupt)}
	asOffice     = looks{message.New(looksOffice).In(ErrBinary), message.New(looksOffice).In(ErrCorrupt)}
	asRTF        = looks{message.New(looksRTF).In(ErrUnsupported), message.New(looksRTF).In(ErrCorrupt)}
	asProgram    = looks{message.New(looksProgram).In(ErrBinary), message.New(looksProgram).In(ErrCorrupt)}
	asCompressed = looks{message.New(looksCompressed).In(ErrBinary), message.New(looksCompressed).In(ErrCorrupt)}
	asAudio      = looks{message.New(looksAudio).In(ErrBinary), message.New(looksAudio).In(ErrCorrupt)}
	asAudioImage = looks{message.New(looksAudioImage).In(ErrBinary), message.New(looksAudioImage).In(ErrCorrupt)}
	asRecording  = looks{message.New(looksRecording).In(ErrBinary), message.New(looksRecording).In(ErrCorrupt)}
)

// Documents that cannot be opened as what their extension promises.
var (
	errNotDocx = message.New("{{.File}} is not a readable Word document: it is damaged or is not really a .docx file.").In(ErrCorrupt)
	errNotODT  = message.New("{{.File}} is not a readable OpenDocument text: it is damaged or is not really an .odt file.").In(ErrCorrupt)
	errNotPDF  = message.New("{{.File}} is not a readable PDF: it is damaged or is not really a PDF.").In(ErrCorrupt)
)

// Word and OpenDocument files (docx.go, odt.go, zipsafe.go, xmlsafe.go).
var (
	errNoDocument   = message.New("{{.File}} is not a readable Word document: it has no main document part (word/document.xml) inside, so it is damaged or is not really a .docx file.").In(ErrCorrupt)
	errDocxPassword = message.New("{{.File}} is protected with a password; open it in Word, remove the password and save a copy without one.").In(ErrEncrypted)
	errDocInDocx    = message.New("{{.File}} is an old Word 97–2003 document (.doc) with a .docx name; open it in Word or LibreOffice and save it as .docx.").In(ErrUnsupported)
	errODTPassword  = message.New("{{.File}} is protected with a password; open it in LibreOffice and save a copy without one.").In(ErrEncrypted)
	errZipPassword  = message.New("{{.File}} is protected with a password; open it in the program that made it, remove the password and save a copy without one.").In(ErrEncrypted)
	errNoContent    = message.New("{{.File}} is not a readable OpenDocument text: it has no content.xml inside, so it is damaged or is not really an .odt file.").In(ErrCorrupt)
	errPartUnpack   = message.New("{{.File}} is damaged: its part {{.Part}} cannot be unpacked.").In(ErrCorrupt)
	errPartTooLarge = message.New("{{.File}} unpacks to more than {{.Limit}} MB (its part {{.Part}}), which no transcript needs; it may be a zip bomb.").In(ErrTooLarge)
	errEntities     = message.New("{{.File}} contains XML entity declarations, which Teema refuses for safety.").In(ErrCorrupt)
	errNestedDeep   = message.New("{{.File}} is damaged: its part {{.Part}} is nested too deeply.").In(ErrCorrupt)
	errInvalidXML   = message.New("{{.File}} is damaged: its part {{.Part}} is not valid XML.").In(ErrCorrupt)
)

// PDF files (pdf.go, pdfguard.go, pdfstream.go).
var (
	errPDFPassword  = message.New("{{.File}} is protected with a password; save a copy without the password (for example by printing it to a new PDF) and import that.").In(ErrEncrypted)
	errPDFEncrypted = message.New("{{.File}} is encrypted or copy-protected in a way Teema cannot read; print it to a new PDF or save a copy without protection and import that.").In(ErrEncrypted)
	errNoPages      = message.New("{{.File}} is not a readable PDF: it has no pages.").In(ErrCorrupt)
	errBadPage      = message.New("{{.File}} is damaged: page {{.Page}} cannot be read.").In(ErrCorrupt)
	errScanned      = message.New("{{.File}} has no text layer, only images of pages (is it a scanned PDF?); run it through OCR first, for example in Adobe Acrobat or with OCRmyPDF, and import the result.").In(ErrEmpty)
	errPDFDamaged   = message.New("{{.File}} is not a readable PDF: the file is damaged.").In(ErrCorrupt)
	errTooMuchText  = message.New("{{.File}} has more text than Teema can import at once (over {{.Limit}} million characters).").In(ErrTooLarge)
	errTooSlow      = message.New("{{.File}} could not be read: it took too long to process, which happens with damaged PDFs; try printing it to a new PDF.").In(ErrCorrupt)
	errTooHungry    = message.New("{{.File}} could not be read: it needs more memory than Teema allows for one file, which happens with damaged PDFs; try printing it to a new PDF.").In(ErrTooLarge)
	errLoops        = message.New("{{.File}} could not be read: its internal structure loops, so the file is damaged; try printing it to a new PDF.").In(ErrCorrupt)
	errXrefSize     = message.New("{{.File}} is not a readable PDF: its table of contents claims an impossible number of objects, so the file is damaged.").In(ErrCorrupt)
	errXrefDamaged  = message.New("{{.File}} is not a readable PDF: its table of contents is damaged.").In(ErrCorrupt)
	errBigPage      = message.New("{{.File}} has a page that unpacks to more than {{.Limit}} MB, which no transcript needs; the file may be damaged.").In(ErrTooLarge)
	errManyPages    = message.New("{{.File}} has more than {{.Limit}} pages, more than Teema imports from one file; split it into smaller files and import those.").In(ErrTooLarge)
	errPageTree     = message.New("{{.File}} could not be read: its list of pages loops or is far larger than its pages need, so the file is damaged; try printing it to a new PDF.").In(ErrCorrupt)
	errPageText     = message.New("{{.File}} has a page with more than {{.Limit}} characters, more than any page holds; the file may be damaged.").In(ErrTooLarge)
	errDrawLoops    = message.New("{{.File}} could not be read: a page draws its parts within one another too deeply or too often, which happens with damaged PDFs; try printing it to a new PDF.").In(ErrCorrupt)
)

// fileArgs are the arguments every kind here takes: the file's base name
// and its extension, which some kinds name.
func fileArgs(name string) message.Args {
	return message.Args{"File": filepath.Base(name), "Ext": filepath.Ext(name)}
}

// named gives an error of a format reader, made before the file's name
// was known, the name. Readers return only messages; anything else would
// be a library's surprise, so it counts as damage.
func named(name string, err error) error {
	var m *message.Error
	if errors.As(err, &m) {
		return m.With("File", filepath.Base(name)).With("Ext", filepath.Ext(name))
	}
	return errUnreadable.Wrap(err, fileArgs(name))
}

// openFailure says why the operating system would not give Teema the file.
func openFailure(path string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errMissing.Wrap(err, fileArgs(path))
	case errors.Is(err, fs.ErrPermission):
		return errForbidden.Wrap(err, fileArgs(path))
	}
	return errCannotOpen.Wrap(err, fileArgs(path))
}
