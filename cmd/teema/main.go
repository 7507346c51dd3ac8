// Command teema is the Teema desktop application.
package main

import (
	"flag"
	"fmt"
	"log/slog"
	"os"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"teema/app"
	"teema/assets"
)

// version is stamped at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	demo := flag.Bool("demo", false, "open the demo project")
	showVersion := flag.Bool("version", false, "print the version and exit")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: teema [--demo] [PROJECT.teema]")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *showVersion {
		fmt.Println("teema", version)
		return
	}
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, nil)))
	a := fyneapp.NewWithID("fi.teema.app")
	a.SetIcon(fyne.NewStaticResource("teema.png", assets.Icon))
	app.SetupLanguage(a.Preferences())
	ui := app.New(a, version)
	ui.Start(flag.Arg(0), *demo)
	ui.Window().ShowAndRun()
}
