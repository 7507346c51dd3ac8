// Command teema-cli is Teema without a window: it creates projects, imports
// transcripts, edits the code book and codes text, for scripts, tests and
// benchmarks. It asks package study what the window asks, so both give the
// same answers, and it speaks the user's language (package i18n), as the
// window does.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"teema/i18n"
	"teema/message"
)

// usageError marks a mistake in how the command was called (exit 2).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// misuse is a mistake in how the command was called, said as kind k.
func misuse(k *message.Kind, args message.Args) error { return usageError{k.New(args)} }

type command struct {
	usage string
	run   func(c *cli, args []string) error
}

var commands = map[string]command{}

func register(name, usage string, run func(c *cli, args []string) error) {
	commands[name] = command{usage: usage, run: run}
}

// cli carries the output streams, so tests run commands in-process.
type cli struct {
	out, errOut io.Writer
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes one command and returns the exit code: 0 success, 1 an
// error, 2 bad usage.
func run(args []string, stdout, stderr io.Writer) int {
	i18n.Use(i18n.FromEnv())
	c := &cli{out: stdout, errOut: stderr}
	if len(args) == 0 {
		c.usage(stderr)
		return 2
	}
	if args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		c.usage(stdout)
		return 0
	}
	if args[0] == "--version" || args[0] == "version" {
		fmt.Fprintln(stdout, "teema-cli", version)
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		c.fail(errUnknownCommand.New(message.Args{"Name": args[0]}))
		c.usage(stderr)
		return 2
	}
	return c.exit(cmd, cmd.run(c, args[1:]))
}

// exit says what went wrong, if anything, and turns it into an exit code.
func (c *cli) exit(cmd command, err error) int {
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errReported):
		return 1
	case errors.As(err, &ue):
		c.fail(err)
		fmt.Fprintf(c.errOut, "%s teema-cli %s\n", i18n.T("usage:"), cmd.usage)
		return 2
	}
	c.fail(err)
	return 1
}

// errReported means the command already printed its errors.
var errReported = errors.New("errors reported")

// fail says what went wrong, on stderr.
func (c *cli) fail(err error) { fmt.Fprintln(c.errOut, "teema-cli: "+i18n.Error(err)) }

// note says on stderr what the user should know of a result, so that
// stdout holds the result alone.
func (c *cli) note(text string) {
	fmt.Fprintln(c.errOut, "teema-cli: "+i18n.TF("note: {{.Note}}", map[string]any{"Note": text}))
}

func (c *cli) notes(ns []message.Note) {
	for _, line := range i18n.Lines(ns) {
		c.note(line)
	}
}

// say prints lines of a report on stdout.
func (c *cli) say(lines ...string) {
	for _, line := range lines {
		fmt.Fprintln(c.out, line)
	}
}

func (c *cli) usage(w io.Writer) {
	fmt.Fprintf(w, "%s teema-cli COMMAND PROJECT [options]\n\n%s\n", i18n.T("usage:"), i18n.T("commands:"))
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  teema-cli %s\n", commands[n].usage)
	}
	fmt.Fprintln(w, "\n"+i18n.T(`DOC is a document's name or id; PATH is a code path such as "Yhteistyö/Tapaamiset".`))
}

// version is stamped at build time with -ldflags "-X main.version=...".
var version = "dev"

func splitKV(s string) (string, string, error) {
	k, v, ok := strings.Cut(s, "=")
	if !ok || strings.TrimSpace(k) == "" {
		return "", "", misuse(errNotKV, message.Args{"Text": s})
	}
	return strings.TrimSpace(k), strings.TrimSpace(v), nil
}
