// Package docx writes Word documents (.docx, Office Open XML) from a small
// model of what Teema's report holds: headings, paragraphs, bullets, block
// quotes, numbered captions, tables, pictures and landscape sections. It
// writes only the parts those need, with real Word styles (Heading 1 and 2,
// Caption, Quote, List Bullet, a table style with borders), so a thesis
// template restyles the document and Word's table of contents and lists of
// tables and figures work. User text is always text: it is escaped, and
// nothing it holds becomes a field, a style or markup.
package docx
