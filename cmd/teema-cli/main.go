// Command teema-cli is Teema without a window: it creates projects, imports
// transcripts, edits the code book and codes text, for scripts, tests and
// benchmarks. It shares every rule with the GUI through packages coding and
// store.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// usageError marks a mistake in how the command was called (exit 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, a ...any) error { return usageError{fmt.Sprintf(format, a...)} }

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
		fmt.Fprintf(stderr, "teema-cli: unknown command %q\n", args[0])
		c.usage(stderr)
		return 2
	}
	err := cmd.run(c, args[1:])
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "teema-cli: %s\nusage: teema-cli %s\n", ue.msg, cmd.usage)
		return 2
	case errors.Is(err, errReported):
		return 1
	default:
		fmt.Fprintf(stderr, "teema-cli: %s\n", err)
		return 1
	}
}

// errReported means the command already printed its errors.
var errReported = errors.New("errors reported")

func (c *cli) usage(w io.Writer) {
	fmt.Fprintln(w, "usage: teema-cli COMMAND PROJECT [options]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  teema-cli %s\n", commands[n].usage)
	}
	fmt.Fprintln(w, "\nDOC is a document's name or id; PATH is a code path such as \"Yhteistyö/Tapaamiset\".")
}

// version is stamped at build time with -ldflags "-X main.version=...".
var version = "dev"

func splitKV(s string) (string, string, error) {
	k, v, ok := strings.Cut(s, "=")
	if !ok || strings.TrimSpace(k) == "" {
		return "", "", usagef("%q is not KEY=VALUE", s)
	}
	return strings.TrimSpace(k), strings.TrimSpace(v), nil
}
