#!/bin/bash
# Starts Teema on its demo project under a virtual X server, waits for the
# main window, takes a screenshot and fails if the window never appeared.
set -euo pipefail
bin=$1
shot=$2
home=$(mktemp -d)
display=:$(( 90 + RANDOM % 100 ))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
cleanup() {
	[ -n "${app:-}" ] && kill "$app" 2>/dev/null || true
	kill "$xvfb" 2>/dev/null || true
	rm -rf "$home"
}
trap cleanup EXIT
export DISPLAY=$display
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share LANG=fi_FI.UTF-8 \
	"$bin" --demo >"$home/teema.log" 2>&1 &
app=$!
for _ in $(seq 150); do
	if xwininfo -root -tree 2>/dev/null | grep -q '"Teema'; then
		sleep 2
		import -window root "$shot"
		# A window that maps but never draws is black or blank: its pixels
		# barely vary. The demo project fills the screen with text.
		spread=$(convert "$shot" -colorspace Gray -format '%[fx:standard_deviation]' info:)
		if awk -v s="$spread" 'BEGIN { exit !(s < 0.02) }'; then
			echo "gui-smoke: the window came up but shows nothing (spread $spread); see $shot" >&2
			exit 1
		fi
		echo "gui-smoke: window came up and drew (spread $spread); screenshot in $shot"
		exit 0
	fi
	if ! kill -0 "$app" 2>/dev/null; then
		echo "gui-smoke: teema exited before its window appeared:" >&2
		cat "$home/teema.log" >&2
		exit 1
	fi
	sleep 0.2
done
echo "gui-smoke: no Teema window after 30 s" >&2
cat "$home/teema.log" >&2
exit 1
