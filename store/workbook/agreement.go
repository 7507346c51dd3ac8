package workbook

import (
	"fmt"
	"io"
	"math"
	"time"

	"github.com/xuri/excelize/v2"

	"teema/coding/agreement"
)

// agreementLabels are the words of the agreement workbook beyond the
// shared ones.
type agreementLabels struct {
	summary, disagreements          string // sheet names
	percent, kappa, alpha, both     string
	codedBy                         string // printf format with a coder's name
	overall, undefined, comparedFmt string
}

var agreementEnglish = agreementLabels{
	summary: "Agreement", disagreements: "Disagreements",
	percent: "Agreement %", kappa: "Cohen's kappa", alpha: "Krippendorff's alpha", both: "Characters coded by both",
	codedBy: "Characters coded by %s", overall: "All codes", undefined: "–",
	comparedFmt: "Interviews coded by both %[2]s and %[3]s, compared character by character: %[1]d",
}

var agreementFinnish = agreementLabels{
	summary: "Yhtäpitävyys", disagreements: "Erimielisyydet",
	percent: "Yhtäpitävyys %", kappa: "Cohenin kappa", alpha: "Krippendorffin alfa", both: "Molempien koodaamia merkkejä",
	codedBy: "Koodaajan %s koodaamia merkkejä", overall: "Kaikki koodit", undefined: "–",
	comparedFmt: "Haastatteluja, jotka sekä %[2]s että %[3]s ovat koodanneet, verrattu merkki merkiltä: %[1]d",
}

// agreementBook is a workbook of agreement figures being written.
type agreementBook struct {
	*book
	al    agreementLabels
	ratio int // style of kappa and alpha
}

// WriteAgreement writes an intercoder agreement report as a workbook: a
// summary sheet with each code's figures and a sheet listing every
// disagreement with its text, for the coders to discuss.
func WriteAgreement(w io.Writer, r agreement.Report, lang string) error {
	f := excelize.NewFile()
	defer f.Close()
	f.SetZipWriter(fastZip)
	b := &agreementBook{book: &book{f: f, l: labelsFor(lang)}, al: agreementEnglish}
	if lang == "fi" {
		b.al = agreementFinnish
	}
	var err error
	if b.st, err = newStyles(f); err != nil {
		return err
	}
	// Kappa and alpha read best with three decimals, as theses report them.
	decimals := "0.000"
	if b.ratio, err = f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top"}, CustomNumFmt: &decimals}); err != nil {
		return err
	}
	if err := b.summary(r); err != nil {
		return err
	}
	if err := b.disagreements(r); err != nil {
		return err
	}
	now := time.Now().UTC().Format(time.RFC3339)
	if err := f.SetDocProps(&excelize.DocProperties{Creator: "Teema", LastModifiedBy: "Teema", Language: b.l.language, Created: now, Modified: now}); err != nil {
		return err
	}
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("write agreement workbook: %w", err)
	}
	return nil
}

func (b *agreementBook) summary(r agreement.Report) error {
	s, err := b.newSheet(b.al.summary, b.l.cut)
	if err != nil {
		return err
	}
	if err := s.widths(path, medium, medium, medium, medium, medium, medium); err != nil {
		return err
	}
	if err := s.freeze(1, 1); err != nil {
		return err
	}
	if err := s.add(s.str(b.st.header, b.l.code), s.str(b.st.header, b.al.percent), s.str(b.st.header, b.al.kappa),
		s.str(b.st.header, b.al.alpha), s.str(b.st.header, fmt.Sprintf(b.al.codedBy, r.CoderA)),
		s.str(b.st.header, fmt.Sprintf(b.al.codedBy, r.CoderB)), s.str(b.st.header, b.al.both)); err != nil {
		return err
	}
	for _, c := range r.Codes {
		if err := s.add(b.row(s, b.st.text, c.Path, c.Tally)...); err != nil {
			return err
		}
	}
	if err := s.add(b.row(s, b.st.bold, b.al.overall, r.Overall)...); err != nil {
		return err
	}
	s.skip()
	if err := s.add(s.str(b.st.text, fmt.Sprintf(b.al.comparedFmt, len(r.Docs), r.CoderA, r.CoderB))); err != nil {
		return err
	}
	return s.sw.Flush()
}

// agreementRow is one code's figures; an undefined one shows a dash, as
// an empty cell would read as zero.
func (b *agreementBook) row(s *sheet, style int, name string, t agreement.Tally) []any {
	figure := func(v float64, style int) any {
		if math.IsNaN(v) {
			return s.str(b.st.text, b.al.undefined)
		}
		return num(style, v)
	}
	return []any{
		s.str(style, name), figure(t.Percent()/100, b.st.percent), figure(t.Kappa(), b.ratio), figure(t.Alpha(), b.ratio),
		num(b.st.number, t.A()), num(b.st.number, t.B()), num(b.st.number, t.Both),
	}
}

// disagreements lists each stretch one coder coded and the other did not.
// The text goes in as an inline string, so text that looks like a
// formula stays text.
func (b *agreementBook) disagreements(r agreement.Report) error {
	s, err := b.newSheet(b.al.disagreements, b.l.cut)
	if err != nil {
		return err
	}
	if err := s.widths(medium, path, narrow, narrow, medium, wide); err != nil {
		return err
	}
	if err := s.freeze(0, 1); err != nil {
		return err
	}
	header := []any{s.str(b.st.header, b.l.interview), s.str(b.st.header, b.l.code), s.str(b.st.header, b.l.start),
		s.str(b.st.header, b.l.end), s.str(b.st.header, b.l.coder), s.str(b.st.header, b.l.text)}
	if err := s.add(header...); err != nil {
		return err
	}
	for _, d := range r.Disagreements {
		if err := s.add(s.str(b.st.text, d.Doc), s.str(b.st.text, d.Code), num(b.st.number, d.Start),
			num(b.st.number, d.End), s.str(b.st.text, d.Coder), s.str(b.st.wrap, d.Text)); err != nil {
			return err
		}
	}
	last, err := excelize.CoordinatesToCellName(len(header), s.row)
	if err != nil {
		return err
	}
	if err := b.f.AutoFilter(b.al.disagreements, "A1:"+last, nil); err != nil {
		return err
	}
	return s.sw.Flush()
}
