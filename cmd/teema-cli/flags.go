package main

import (
	"errors"
	"flag"
	"io"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"teema/message"
)

// parse reads flags that may stand before, between or after positional
// arguments ("import P --attr k=v a.txt b.txt"), which package flag alone
// does not allow. It returns the positional arguments.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, flagError(err)
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// flagErrors read package flag's English errors, so they can be said in
// the user's language.
var flagErrors = []struct {
	re   *regexp.Regexp
	kind *message.Kind
}{
	{regexp.MustCompile(`^flag provided but not defined: (?P<Flag>\S+)`), errNoFlag},
	{regexp.MustCompile(`^flag needs an argument: (?P<Flag>\S+)`), errFlagValue},
	{regexp.MustCompile(`^invalid (?:boolean )?value (?P<Value>".*") for (?:flag )?(?P<Flag>-[^:]+):`), errFlagBadValue},
	{regexp.MustCompile(`^bad flag syntax: (?P<Flag>.*)`), errNoFlag},
}

func flagError(err error) error {
	if errors.Is(err, flag.ErrHelp) { // -h or -help: the usage line follows
		return misuse(errHelp, nil)
	}
	for _, f := range flagErrors {
		if m := f.re.FindStringSubmatch(err.Error()); m != nil {
			args := message.Args{}
			for i, name := range f.re.SubexpNames()[1:] {
				args[name] = m[i+1]
			}
			return misuse(f.kind, args)
		}
	}
	return misuse(errFlag, message.Args{"Detail": err.Error()})
}

// multi is a flag that may be given several times.
type multi []string

func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(v string) error { *m = append(*m, v); return nil }

func newFlags(name string) *flag.FlagSet { return flag.NewFlagSet(name, flag.ContinueOnError) }

// oneOf checks that an option's value is one of choices.
func oneOf(flag, value string, choices ...string) error {
	if slices.Contains(choices, value) {
		return nil
	}
	return misuse(errChoice, message.Args{"Flag": flag, "Value": value, "Choices": strings.Join(choices, ", ")})
}

// outFile checks that --out, when given, names a file of one of exts.
func outFile(path string, exts ...string) error {
	if path == "" || slices.Contains(exts, strings.ToLower(filepath.Ext(path))) {
		return nil
	}
	return misuse(errOutExt, message.Args{"Exts": strings.Join(exts, ", ")})
}
