// Package report writes the draft of a thesis's results chapter and its
// appendices as a Word document (package docx), from the state of the
// analysis: the interviews and the method in numbers, the code book, one
// section per theme with its matrix as a table and, per sub-theme, the
// researcher's summaries as prose and the chosen quotes as block quotes,
// the findings and development proposals, and a figure. It is laid out as
// the Calpro study's chapter is: numbered tables with captions, quotes
// attributed by the project's rule, in the UI's language.
package report
