// Package app is Teema's main window: the panels where researchers
// import, read and code transcripts, and the menus that open the tool
// windows (app/matrices, app/frequencies, app/intercoder). It holds no
// domain rules and orchestrates no use case: changes go through the
// session (app/session), questions to package study, and every view is
// refreshed from the store afterwards.
package app
