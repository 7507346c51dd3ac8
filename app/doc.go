// Package app is Teema's Fyne user interface: the main window where
// researchers import, read and code transcripts. It holds no domain rules;
// every change goes through coding.History to the store, and every view is
// refreshed from the store afterwards.
package app
