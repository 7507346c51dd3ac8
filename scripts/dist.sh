#!/bin/bash
# Builds Teema's release artefacts into dist/ (run by `make dist`):
#
#   teema-linux-amd64.tar.xz  the GUI packaged by the Fyne tool: binary, icon,
#                             .desktop file and a Makefile with install targets
#   teema.exe                 the Windows GUI (cgo with mingw-w64), icon embedded
#   teema-cli, teema-cli.exe  the command line for Linux and Windows (no cgo)
#   SHA256SUMS, VERSION
#
#   Teema.app                 only with the target darwin, on a Mac (`make dist-mac`)
#
# Usage: scripts/dist.sh [VERSION [TARGET...]]   (the Makefile passes `git describe`)
# TARGET is linux, windows, cli or darwin; the default is linux windows cli.
#
# `fyne package` reads FyneApp.toml from the folder it packages and writes
# the build number back into it, so the GUI is packaged from a staged copy of
# cmd/teema in dist/_src/teema (Go's ./... skips folders starting with "_"):
# the toml there is a copy of the one at the root, with the icon beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
version=${1:-$(git describe --tags --always --dirty 2>/dev/null || echo dev)}
shift || true
targets=${*:-linux windows cli}
export GOWORK=off

FYNE_TOOLS_VERSION=${FYNE_TOOLS_VERSION:-v1.7.4}
fyne=$root/bin/tools/fyne
if ! "$fyne" version 2>/dev/null | grep -q "cli version: $FYNE_TOOLS_VERSION"; then
	echo "dist: installing the Fyne tool $FYNE_TOOLS_VERSION into bin/tools"
	# Installed from outside the module so that its own dependencies
	# (a newer Fyne) do not touch go.mod.
	(cd / && GOBIN=$root/bin/tools go install "fyne.io/tools/cmd/fyne@$FYNE_TOOLS_VERSION")
fi

# The package's version must be x.y.z; a tag like v1.2.3 gives it, otherwise
# the one in FyneApp.toml stands. The build number counts commits.
app_version=$(sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml)
if [[ $version =~ ^v?([0-9]+\.[0-9]+\.[0-9]+) ]]; then
	app_version=${BASH_REMATCH[1]}
fi
app_build=$(git rev-list --count HEAD 2>/dev/null || echo 1)

dist=$root/dist
rm -rf "$dist"
stage=$dist/_src/teema
mkdir -p "$stage"
for f in cmd/teema/*.go; do
	[[ $f == *_test.go ]] || cp "$f" "$stage/"
done
cp assets/icon.png "$stage/Icon.png"
sed 's|^\( *Icon *= *\).*|\1"Icon.png"|' FyneApp.toml >"$stage/FyneApp.toml"

ldflags="-X=main.version=$version"
start=$SECONDS

package() { # package OS [ENV=VALUE...]: the Fyne tool builds the staged GUI
	local os=$1
	shift
	(cd "$dist" && env GOFLAGS="-ldflags=$ldflags" "$@" "$fyne" package --os "$os" --release \
		--src "$stage" --app-version "$app_version" --app-build "$app_build")
}
artefacts=()
for target in $targets; do
	case $target in
	linux)
		echo "dist: Linux GUI ($version, package $app_version build $app_build)"
		package linux
		mv "$dist/Teema.tar.xz" "$dist/teema-linux-amd64.tar.xz"
		artefacts+=(teema-linux-amd64.tar.xz)
		;;
	windows)
		echo "dist: Windows GUI (mingw-w64)"
		# The Fyne tool sets CGO_ENABLED=1, GOOS and -H=windowsgui, and embeds
		# the icon and version as a .syso resource before it builds.
		package windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc CXX=x86_64-w64-mingw32-g++
		mv "$stage/Teema.exe" "$dist/teema.exe"
		artefacts+=(teema.exe)
		;;
	cli)
		echo "dist: command line for Linux and Windows"
		CGO_ENABLED=0 GOOS=linux GOARCH=amd64 go build -trimpath -ldflags "-s -w $ldflags" -o "$dist/teema-cli" ./cmd/teema-cli
		CGO_ENABLED=0 GOOS=windows GOARCH=amd64 go build -trimpath -ldflags "-s -w $ldflags" -o "$dist/teema-cli.exe" ./cmd/teema-cli
		artefacts+=(teema-cli teema-cli.exe)
		;;
	darwin)
		# Needs a Mac: cgo with Apple's SDK, and its tools to make the icon.
		echo "dist: macOS app"
		package darwin
		artefacts+=(Teema.app)
		;;
	*)
		echo "dist: unknown target $target (linux, windows, cli or darwin)" >&2
		exit 2
		;;
	esac
done

rm -rf "$dist/_src"
echo "$version" >"$dist/VERSION"
files=()
for a in "${artefacts[@]}"; do [ -f "$dist/$a" ] && files+=("$a"); done
if [ ${#files[@]} -gt 0 ]; then
	sum=sha256sum
	command -v sha256sum >/dev/null || sum="shasum -a 256" # macOS
	(cd "$dist" && $sum "${files[@]}" >SHA256SUMS)
fi
echo "dist: done in $((SECONDS - start)) s"
ls -l "$dist"
