package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// Teema makes no network connections. Teema's own packages import no
// networking package at all; what third-party code pulls in is listed
// here with the reason, so a new networking dependency fails this test:
//
//   - net, net/netip: github.com/google/uuid (QDPX GUIDs) asks net for the
//     machine's interfaces to make version-1 UUIDs; Teema makes version 4.
//   - net/url: parses file URIs.
//   - teema only: net/http and crypto/tls come with fyne.io/fyne/v2, which
//     can load an image from a URL (Teema never asks it to); net is also
//     used by github.com/godbus/dbus/v5, Fyne's link to the desktop over a
//     local socket.
var allowedNet = map[string]map[string]bool{
	"./cmd/teema-cli": {"net": true, "net/netip": true, "net/url": true},
	"./cmd/teema": {"net": true, "net/netip": true, "net/url": true, "net/http": true, "crypto/tls": true,
		"net/textproto": true, "net/http/httptrace": true, "net/http/internal": true,
		"net/http/internal/ascii": true, "net/http/internal/httpcommon": true, "crypto/tls/internal/fips140tls": true},
}

// networking names the packages that can talk to a network.
func networking(pkg string) bool {
	return pkg == "net" || strings.HasPrefix(pkg, "net/") || strings.HasPrefix(pkg, "crypto/tls") ||
		strings.Contains(pkg, "/net/http") || strings.Contains(pkg, "grpc") || strings.Contains(pkg, "websocket")
}

func TestBinariesImportNoNetworking(t *testing.T) {
	if os.Getenv(offlineChild) != "" {
		t.Skip("checked in the ordinary run")
	}
	for bin, allowed := range allowedNet {
		// ImportPath and its direct imports, for every dependency.
		out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}} {{join .Imports \" \"}}", "../../"+bin[2:]).Output()
		if err != nil {
			t.Fatalf("go list %s: %v", bin, err)
		}
		for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
			f := strings.Fields(line)
			for _, imp := range f[1:] {
				if !networking(imp) || strings.HasPrefix(f[0], "net") || strings.HasPrefix(f[0], "crypto/") || strings.HasPrefix(f[0], "vendor/") {
					continue
				}
				switch {
				case strings.HasPrefix(f[0], "teema") && imp != "net/url":
					t.Errorf("%s: Teema's package %s imports %s", bin, f[0], imp)
				case !allowed[imp]:
					t.Errorf("%s: %s imports %s, a networking package not known to be harmless", bin, f[0], imp)
				}
			}
		}
	}
}

const offlineChild = "TEEMA_OFFLINE_CHILD"

// TestSuiteRunsOffline runs this package's whole test suite again in a
// network namespace with no network at all (unshare -n, as root), so
// every command is proven to work offline.
func TestSuiteRunsOffline(t *testing.T) {
	if os.Getenv(offlineChild) != "" {
		t.Skip("this is the offline run")
	}
	unshare, err := exec.LookPath("unshare")
	if err != nil || os.Geteuid() != 0 || testing.Short() {
		t.Skip("needs root and unshare")
	}
	cmd := exec.Command(unshare, "-n", os.Args[0], "-test.count=1")
	cmd.Env = append(os.Environ(), offlineChild+"=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("the suite failed without a network: %v\n%s", err, out)
	}
}

// TestOfflineRunHasNoNetwork proves the offline run really has none: its
// network namespace lists no interface but the loopback.
func TestOfflineRunHasNoNetwork(t *testing.T) {
	if os.Getenv(offlineChild) == "" {
		t.Skip("only in the offline run")
	}
	dev, err := os.ReadFile("/proc/net/dev")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(dev), "\n")[2:] {
		name, _, ok := strings.Cut(strings.TrimSpace(line), ":")
		if ok && name != "lo" {
			t.Fatalf("network interface %s in the offline run", name)
		}
	}
}
