// Package kit holds what every Teema window uses: the host a tool window
// lives in, opening a tool window once and beside the others, saving
// typing once it pauses, asking where to save or what to open, dialogs of
// fields that take the keyboard, filters, list rows of several lines or of
// a hit in its context, ticking codes and files, and writing numbers and
// file names the way the user's language does.
package kit
