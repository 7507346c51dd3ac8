// Package study answers what a researcher asks of a project: word counts
// (from the project's word tallies where they serve) and words in context,
// two groups compared, code frequencies, intercoder agreement, the
// workbook, importing transcripts, merging another coder's project and
// REFI-QDA files in and out. The window (app) and the command line
// (cmd/teema-cli) both ask here, so they give the same answers; they only
// turn widgets or flags into questions and results into words.
//
// Errors and notes are messages (package message), worded at the edge.
package study
