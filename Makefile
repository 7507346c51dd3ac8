# Teema: `make run` installs what is missing and opens the demo project;
# `make test` installs what the tests need and runs all of them.

GO        ?= go
# A go.work in a parent folder must not change what this module builds.
export GOWORK := off
BIN       := bin
VERSION   := $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS   := -X main.version=$(VERSION)

# Debian packages: building the GUI needs cgo with OpenGL, X11 and ALSA
# (sound) headers; Voikko gives Finnish base forms at run time (Teema works
# without it); the tests also need a virtual X server and a screenshot tool,
# LibreOffice (without its GUI) and poppler to open the Word report, and
# ffmpeg to read phone recordings (.m4a) as Teema does where it is there.
BUILD_PKGS := gcc pkg-config libgl1-mesa-dev xorg-dev libasound2-dev libvoikko1 voikko-fi
TEST_PKGS  := $(BUILD_PKGS) xvfb xauth x11-utils imagemagick libxml2-utils \
	libreoffice-writer-nogui poppler-utils ffmpeg
# Release builds: mingw-w64 cross-compiles the Windows GUI; xz packs the
# Linux tarball. Checking them also reads Windows resources (icoutils) and
# validates the .desktop file; scripts/dist_test.sh installs Wine if it can.
DIST_PKGS      := $(BUILD_PKGS) gcc-mingw-w64-x86-64 xz-utils file
DIST_TEST_PKGS := $(DIST_PKGS) xvfb xauth x11-utils imagemagick icoutils desktop-file-utils

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test build cli gui deps-build deps-test unit-test fuzz-short gui-smoke cli-nocgo report-check clean soak \
	dist dist-test dist-mac deps-dist deps-dist-test

run: deps-build gui
	$(BIN)/teema --demo

test: deps-test unit-test fuzz-short cli-nocgo gui-smoke report-check

build: gui cli

gui:
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN)/teema ./cmd/teema

cli:
	CGO_ENABLED=0 $(GO) build -ldflags "$(LDFLAGS)" -o $(BIN)/teema-cli ./cmd/teema-cli

# Installs only the packages that are missing, so a ready machine costs nothing.
define install_missing
	@missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing:" $$missing; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi
endef

deps-build:
	$(call install_missing,$(BUILD_PKGS))

deps-test:
	$(call install_missing,$(TEST_PKGS))

# GUI tests use Fyne's test driver, which needs no display, but a few parts
# of Fyne still look for one: run everything under a virtual X server.
unit-test:
	xvfb-run -a -s "-screen 0 1280x800x24" $(GO) test -count=1 ./...

# Proves the core does not depend on the GUI or on cgo.
cli-nocgo: cli
	$(BIN)/teema-cli --version

# Starts the real binary on the demo project and checks that its window
# comes up; leaves a screenshot in bin/screenshot.png.
gui-smoke: gui
	./scripts/gui-smoke.sh $(BIN)/teema $(BIN)/screenshot.png

# Opens the Word reports in LibreOffice headless (scripts/report-check.sh);
# leaves the demo report's first pages as pictures in bin/report/.
report-check: cli
	./scripts/report-check.sh $(BIN)/teema-cli $(BIN)/report

clean:
	rm -rf $(BIN) dist

# Release artefacts in dist/: the Linux tarball (Fyne's packaging tool, with
# FyneApp.toml), teema.exe (cross-compiled, icon embedded) and teema-cli for
# both. Slow (two cgo builds of the GUI), so not part of `make test`.
dist: deps-dist
	./scripts/dist.sh $(VERSION)

# Checks every artefact: the tarball installs and its binary opens a window
# under Xvfb; teema.exe is a Windows GUI program with Teema's icon; the
# Windows CLI runs under Wine.
dist-test: dist deps-dist-test
	./scripts/dist_test.sh

# On a Mac (Go, Xcode's command line tools): dist/Teema.app.
dist-mac:
	./scripts/dist.sh $(VERSION) darwin

deps-dist:
	$(call install_missing,$(DIST_PKGS))

deps-dist-test:
	$(call install_missing,$(DIST_TEST_PKGS))

# Fuzzes every importer and both query parsers with a few hundred new
# inputs each, a few seconds (unit-test already replays the seed corpora
# in each package's testdata/fuzz/). Counts, not durations: a -fuzztime
# duration fails with "context deadline exceeded" when a busy machine
# stalls a worker. A crashing input is saved in testdata/fuzz/, to be
# fixed and kept as a seed.
FUZZ_TARGETS := store/importer:FuzzReadTxt:5000 store/importer:FuzzReadDocx:2000 \
	store/importer:FuzzReadODT:2000 store/importer:FuzzReadPDF:2000 store/importer:FuzzDecode:3000 \
	store/qdpx:FuzzImport:300 store/qdpx:FuzzImportCodeBook:1000 store:FuzzCleanName:2000 \
	coding/wordfreq:FuzzTally:3000 coding/search:FuzzParse:5000 coding/codequery:FuzzParse:5000 \
	store/importer:FuzzReadTimed:3000
fuzz-short:
	@for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; rest=$${t#*:}; name=$${rest%%:*}; n=$${rest#*:}; \
		echo "fuzz $$name: $$n new inputs"; \
		$(GO) test -run='^$$' -fuzz="^$$name$$" -fuzztime=$${n}x ./$$pkg || exit 1; \
	done

# Kills a writing child process hundreds of times and checks the project
# after each kill (store/crash_test.go).
soak:
	TEEMA_SOAK=1 $(GO) test -run TestCrash -count=1 -timeout 30m -v ./store/

# Times every operation a researcher waits for on a generated corpus of 100
# Finnish interviews and 20,000 codings, beside Python where there is a
# peer, and writes bench/RESULTS.md (bench/run.sh; about 10 minutes). Not
# part of `make test`. RUNS=2 CODINGS=100 WF_RUNS=3 PY_RUNS=1 is a quick check.
.PHONY: bench
bench: deps-build
	./bench/run.sh
