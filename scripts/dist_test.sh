#!/bin/bash
# Checks what `make dist` left in dist/ (run by `make dist-test`):
#  - the Linux tarball holds the binary, icon, .desktop file and Makefile;
#    its `make install` installs them, and the installed binary prints the
#    version and opens its window on the demo project under Xvfb;
#  - teema.exe is a 64-bit Windows GUI program (PE32+) with Teema's icon and
#    version in its resources; under Wine, when it can be had, it opens its
#    window too;
#  - teema-cli and teema-cli.exe (under Wine) print the version.
# Screenshots and the icon taken out of teema.exe go to dist/test/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
dist=$root/dist
out=$dist/test
version=$(cat "$dist/VERSION")
work=$(mktemp -d)
failures=0
checks=0
skipped=0
cleanup() {
	if [ -n "${WINEPREFIX:-}" ] && command -v wineserver >/dev/null; then wineserver -k 2>/dev/null || true; fi
	rm -rf "$work"
}
trap cleanup EXIT
rm -rf "$out"
mkdir -p "$out"

ok() { checks=$((checks + 1)); echo "dist-test: ok    $*"; }
bad() { checks=$((checks + 1)); failures=$((failures + 1)); echo "dist-test: FAIL  $*" >&2; }
skip() { skipped=$((skipped + 1)); echo "dist-test: skip  $*"; }
check() { # check DESCRIPTION COMMAND...
	local what=$1
	shift
	if "$@" >"$work/check.log" 2>&1; then ok "$what"; else bad "$what"; sed 's/^/    /' "$work/check.log" >&2; fi
}
has() { grep -qxF -- "$2" "$1"; }
# ImageMagick's own convert, even where another one comes first in PATH.
convert() { if [ -x /usr/bin/convert ]; then /usr/bin/convert "$@"; else command convert "$@"; fi; }

# --- Linux tarball -----------------------------------------------------------
tarball=$dist/teema-linux-amd64.tar.xz
tar tJf "$tarball" >"$work/list"
for f in teema/Makefile teema/usr/local/bin/teema teema/usr/local/share/pixmaps/fi.teema.app.png \
	teema/usr/local/share/applications/fi.teema.app.desktop; do
	check "tarball holds $f" has "$work/list" "$f"
done
mkdir "$work/linux"
tar xJf "$tarball" -C "$work/linux"
pkg=$work/linux/teema
desktop=$pkg/usr/local/share/applications/fi.teema.app.desktop
for line in "Name=Teema" "Exec=teema" "Icon=fi.teema.app" "Type=Application" \
	"GenericName=Qualitative interview coding" "Categories=Education;Science;Office;"; do
	check "desktop file: $line" has "$desktop" "$line"
done
check "desktop file: keywords from FyneApp.toml" grep -q '^Keywords=.*teemahaastattelu' "$desktop"
if command -v desktop-file-validate >/dev/null; then
	check "desktop file passes desktop-file-validate" desktop-file-validate "$desktop"
else
	skip "desktop-file-validate (desktop-file-utils) is not installed"
fi
check "tarball icon is assets/icon.png" cmp "$pkg/usr/local/share/pixmaps/fi.teema.app.png" assets/icon.png
check "linux binary is a 64-bit ELF" sh -c "file -b '$pkg/usr/local/bin/teema' | grep -q 'ELF 64-bit.*x86-64'"

# The package's own Makefile, as a researcher runs it (into a staging root).
check "tarball's make install" make -C "$pkg" install DESTDIR="$work/root" PREFIX=/usr/local
for f in bin/teema share/applications/fi.teema.app.desktop share/pixmaps/fi.teema.app.png; do
	check "installed /usr/local/$f" test -s "$work/root/usr/local/$f"
done
teema=$work/root/usr/local/bin/teema
check "teema --version prints '$version'" sh -c "[ \"\$('$teema' --version)\" = 'teema $version' ]"
check "installed teema opens its window under Xvfb" ./scripts/gui-smoke.sh "$teema" "$out/linux-window.png"

# --- Command line --------------------------------------------------------------
check "teema-cli --version prints '$version'" sh -c "[ \"\$('$dist/teema-cli' --version)\" = 'teema-cli $version' ]"
# (It is not static: Voikko is loaded with purego, which links libc without cgo.)
check "teema-cli is built without cgo" sh -c "go version -m '$dist/teema-cli' | grep -q 'CGO_ENABLED=0'"
check "teema-cli works: demo project" "$dist/teema-cli" demo "$work/demo.teema"

# --- Windows ---------------------------------------------------------------------
exe=$dist/teema.exe
check "teema.exe is a PE32+ GUI program for x86-64" sh -c "file -b '$exe' | grep -q '^PE32+ executable (GUI) x86-64'"
check "teema-cli.exe is a PE32+ console program for x86-64" \
	sh -c "file -b '$dist/teema-cli.exe' | grep -q '^PE32+ executable (console) x86-64'"
if command -v wrestool >/dev/null; then
	wrestool -l "$exe" >"$work/resources" 2>&1 || true
	check "teema.exe has an icon resource" grep -q -- '--type=14' "$work/resources"
	check "teema.exe has a version resource" grep -q -- '--type=16' "$work/resources"
	# The icon it carries must be Teema's: its largest image against assets/icon.png.
	if wrestool -x -t14 "$exe" >"$out/teema-exe-icon.ico" 2>/dev/null && [ -s "$out/teema-exe-icon.ico" ]; then
		largest=$(convert "$out/teema-exe-icon.ico" -format '%w %p\n' info: | sort -n | tail -1 | cut -d' ' -f2)
		convert "$out/teema-exe-icon.ico[$largest]" "$out/teema-exe-icon.png"
		size=$(identify -format '%w' "$out/teema-exe-icon.png")
		convert assets/icon.png -resize "${size}x${size}" "$work/expected.png"
		rmse=$(compare -metric RMSE "$out/teema-exe-icon.png" "$work/expected.png" null: 2>&1 | sed 's/.*(\(.*\))/\1/' || true)
		check "teema.exe's icon (${size} px) is assets/icon.png (RMSE $rmse)" awk -v e="$rmse" 'BEGIN { exit !(e < 0.05) }'
	else
		bad "teema.exe: could not take the icon out"
	fi
	check "teema.exe's version resource names Teema" sh -c "wrestool -x --raw -t16 '$exe' | iconv -f UTF-16LE -t UTF-8 2>/dev/null | tr -d '\\0' | grep -q Teema"
else
	skip "resources of teema.exe: wrestool (icoutils) is not installed"
fi

# Wine runs the Windows builds when Debian's wine64 can be installed.
wine=$(command -v wine64 || command -v wine || true)
if [ -z "$wine" ] && [ "$(id -u)" = 0 ] && [ -z "${TEEMA_NO_WINE_INSTALL:-}" ]; then
	echo "dist-test: installing wine64 (Debian) to run the Windows builds"
	apt-get update -qq >/dev/null 2>&1 || true
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wine64 >/dev/null 2>&1 || true
	wine=$(command -v wine64 || command -v wine || true)
fi
if [ -z "$wine" ]; then
	skip "Windows programs under Wine: wine64 is not available"
else
	export WINEPREFIX=$work/wine WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
	"$wine" wineboot -i >/dev/null 2>&1 || true
	# Go 1.22+ programs need bcryptprimitives.dll (ProcessPrng), which Wine
	# has only since 8.13; Debian 12 ships 8.0. Windows 10 and 11 have it.
	# For an older Wine the throwaway prefix gets a shim built with mingw-w64.
	sys32=$WINEPREFIX/drive_c/windows/system32
	if [ ! -e "$sys32/bcryptprimitives.dll" ]; then
		cat >"$work/shim.c" <<-'EOF'
			#include <windows.h>
			BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length); /* RtlGenRandom */
			__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
				while (length > 0) {
					ULONG n = length > 0x40000000 ? 0x40000000 : (ULONG)length;
					if (!SystemFunction036(data, n)) return FALSE;
					data += n;
					length -= n;
				}
				return TRUE;
			}
		EOF
		x86_64-w64-mingw32-gcc -shared -O2 -o "$sys32/bcryptprimitives.dll" "$work/shim.c" -ladvapi32
		echo "dist-test: note  this Wine lacks bcryptprimitives.dll; using a ProcessPrng shim in the test prefix"
	fi
	cp "$dist/teema-cli.exe" "$work/teema-cli.exe"
	check "teema-cli.exe --version under Wine prints '$version'" \
		sh -c "[ \"\$('$wine' '$work/teema-cli.exe' --version | tr -d '\\r')\" = 'teema-cli $version' ]"
	winpath="Z:${work//\//\\}\\wine-demo.teema" # Wine's Z: is /
	check "teema-cli.exe works under Wine: demo project" "$wine" "$work/teema-cli.exe" demo "$winpath"
	check "teema-cli.exe wrote a project Linux's teema-cli reads" sh -c "'$dist/teema-cli' docs '$work/wine-demo.teema' | grep -q ."
	# The GUI: the same smoke check as on Linux, through a wrapper.
	printf '#!/bin/sh\nexec %q %q "$@"\n' "$wine" "$exe" >"$work/teema-wine"
	chmod +x "$work/teema-wine"
	if ./scripts/gui-smoke.sh "$work/teema-wine" "$out/windows-window.png" >"$work/wine-gui.log" 2>&1; then
		ok "teema.exe opens its window under Wine and Xvfb"
	else
		# Wine's OpenGL on a virtual X server is not Windows: report, do not fail.
		skip "teema.exe under Wine did not show its window (see below); not counted"
		sed 's/^/    /' "$work/wine-gui.log" | tail -20
	fi
	wineserver -k 2>/dev/null || true
fi

echo "dist-test: $checks checks, $failures failed, $skipped skipped; screenshots and icon in dist/test/"
echo "$((checks - failures)) passed, $failures failed"
[ "$failures" = 0 ]
