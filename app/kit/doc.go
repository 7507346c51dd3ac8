// Package kit holds what every Teema window uses: the host a tool window
// lives in, opening a tool window once, saving typing once it pauses,
// asking where to save or what to open, ticking codes and files, and
// writing numbers and file names the way the user's language does.
package kit
