//go:build darwin || freebsd || linux || netbsd

package voikko

import (
	"errors"
	"runtime"
	"strings"
	"sync"
	"teema/message"
	"unsafe"

	"github.com/ebitengine/purego"
)

// libraryNames are tried in order when loading libvoikko. Debian and
// Ubuntu ship it as libvoikko1 (the Finnish dictionary is voikko-fi).
var libraryNames = map[string][]string{
	"darwin": {"libvoikko.1.dylib", "/opt/homebrew/lib/libvoikko.1.dylib", "/usr/local/lib/libvoikko.1.dylib"},
}

func libNames() []string {
	if n, ok := libraryNames[runtime.GOOS]; ok {
		return n
	}
	return []string{"libvoikko.so.1"}
}

// library holds libvoikko's functions; it is loaded once per process and
// never unloaded. The four called for every word are kept as addresses and
// called with SyscallN: purego's typed functions marshal their arguments
// by reflection, which cost as much as a third of each analysis.
type library struct {
	init      func(errp *unsafe.Pointer, lang *byte, path *byte) uintptr
	terminate func(h uintptr)
	version   func() *byte // optional

	analyzeSym      uintptr // struct voikko_mor_analysis **voikkoAnalyzeWordCstr(handle, word)
	valueSym        uintptr // char *voikko_mor_analysis_value_cstr(analysis, key)
	freeValueSym    uintptr // void voikko_free_mor_analysis_value_cstr(value)
	freeAnalysisSym uintptr // void voikko_free_mor_analysis(analyses)
}

func (l *library) analyze(h uintptr, word []byte) unsafe.Pointer {
	r, _, _ := purego.SyscallN(l.analyzeSym, h, uintptr(unsafe.Pointer(&word[0])))
	runtime.KeepAlive(word)
	return cPointer(r)
}

func (l *library) value(analysis unsafe.Pointer, key []byte) *byte {
	r, _, _ := purego.SyscallN(l.valueSym, uintptr(analysis), uintptr(unsafe.Pointer(&key[0])))
	runtime.KeepAlive(key)
	return (*byte)(cPointer(r))
}

func (l *library) freeValue(p *byte) { purego.SyscallN(l.freeValueSym, uintptr(unsafe.Pointer(p))) }

func (l *library) freeAnalysis(p unsafe.Pointer) { purego.SyscallN(l.freeAnalysisSym, uintptr(p)) }

// cPointer turns an address libvoikko returned into a pointer. The memory
// is C's, outside the Go heap, so the garbage collector never moves it.
func cPointer(r uintptr) unsafe.Pointer { return *(*unsafe.Pointer)(unsafe.Pointer(&r)) }

var (
	libOnce sync.Once
	lib     *library
	libErr  error
)

func loadLibrary() (*library, error) {
	libOnce.Do(func() { lib, libErr = loadFrom(libNames()) })
	return lib, libErr
}

// loadFrom loads the first of the named libraries that exists.
func loadFrom(names []string) (*library, error) {
	var h uintptr
	var errs []string
	for _, name := range names {
		var err error
		if h, err = purego.Dlopen(name, purego.RTLD_NOW|purego.RTLD_LOCAL); err == nil {
			break
		}
		errs = append(errs, err.Error())
	}
	if h == 0 {
		return nil, errNoLibrary.Wrap(errors.New(strings.Join(errs, "; ")), nil)
	}
	l := &library{}
	syms := map[string]uintptr{}
	for _, name := range []string{"voikkoInit", "voikkoTerminate", "voikkoAnalyzeWordCstr", "voikko_mor_analysis_value_cstr",
		"voikko_free_mor_analysis_value_cstr", "voikko_free_mor_analysis"} {
		sym, err := purego.Dlsym(h, name)
		if err != nil || sym == 0 {
			return nil, errOldLibrary.New(message.Args{"Symbol": name})
		}
		syms[name] = sym
	}
	purego.RegisterFunc(&l.init, syms["voikkoInit"])
	purego.RegisterFunc(&l.terminate, syms["voikkoTerminate"])
	l.analyzeSym, l.valueSym = syms["voikkoAnalyzeWordCstr"], syms["voikko_mor_analysis_value_cstr"]
	l.freeValueSym, l.freeAnalysisSym = syms["voikko_free_mor_analysis_value_cstr"], syms["voikko_free_mor_analysis"]
	if sym, err := purego.Dlsym(h, "voikkoGetVersion"); err == nil && sym != 0 {
		purego.RegisterFunc(&l.version, sym)
	}
	return l, nil
}

var (
	langFi   = []byte("fi\x00")
	baseform = []byte("BASEFORM\x00")
)

// maxHandles bounds the Voikko instances one Voikko keeps: each holds its
// own copy of the dictionary.
const maxHandles = 4

// Voikko gives Finnish base forms (lemmas) from libvoikko's morphological
// analysis. It is safe for concurrent use: libvoikko's handles are not,
// so it keeps a small pool of them (up to one per CPU, at most 4) and
// lends one to each analysis. Analyses are cached per word form.
//
// When Voikko gives several analyses of a word ("alusta": alku, alus,
// alunen, alusta, alustaa), Lemma takes the first one that has a base form,
// in the order libvoikko returns them. That order is libvoikko's own and
// stable for a dictionary version, and it is what the usual scripts take
// (Python's `Voikko("fi").analyze(w)[0]["BASEFORM"]`), so Teema's counts
// agree with them. The shortest or the most frequent base form would be no
// more right for homographs and would differ from every other tool.
type Voikko struct {
	lib *library

	mu      sync.Mutex
	cond    *sync.Cond
	idle    []uintptr
	handles []uintptr
	opening int
	max     int
	closed  bool

	cacheMu   sync.RWMutex
	cache     map[string]string // word → lower-cased base form, "" if unknown
	cachePath string            // where Flush saves the analyses (UseCache)
	cacheSig  string            // the signature of this libvoikko and dictionary
	added     int               // analyses made since the cache was loaded
	loadOnce  sync.Once         // reads the cache file at the first word not in cache
	loadErr   error

	sigOnce sync.Once
	sig     string
}

// Open loads libvoikko and its Finnish dictionary. The error wraps
// ErrUnavailable when either is missing.
func Open() (*Voikko, error) {
	l, err := loadLibrary()
	if err != nil {
		return nil, err
	}
	v := &Voikko{lib: l, max: min(max(runtime.GOMAXPROCS(0), 1), maxHandles), cache: map[string]string{}}
	v.cond = sync.NewCond(&v.mu)
	h, err := v.newHandle()
	if err != nil {
		return nil, err
	}
	v.handles = append(v.handles, h)
	v.idle = append(v.idle, h)
	return v, nil
}

func (v *Voikko) newHandle() (uintptr, error) {
	var cerr unsafe.Pointer
	h := v.lib.init(&cerr, &langFi[0], nil)
	if h == 0 {
		msg := "unknown error"
		if cerr != nil {
			msg = goString((*byte)(cerr))
		}
		return 0, errNoDictionary.Wrap(errors.New(msg), nil)
	}
	return h, nil
}

// acquire lends a handle, opening a new one while fewer than max exist.
func (v *Voikko) acquire() (uintptr, bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
	for {
		if v.closed {
			return 0, false
		}
		if n := len(v.idle); n > 0 {
			h := v.idle[n-1]
			v.idle = v.idle[:n-1]
			return h, true
		}
		if len(v.handles)+v.opening < v.max {
			v.opening++
			v.mu.Unlock()
			h, err := v.newHandle()
			v.mu.Lock()
			v.opening--
			if err == nil {
				v.handles = append(v.handles, h)
				return h, true
			}
			v.max = len(v.handles) + v.opening // could open one before; don't keep trying
			continue
		}
		v.cond.Wait()
	}
}

func (v *Voikko) release(h uintptr) {
	v.mu.Lock()
	if v.closed {
		v.mu.Unlock()
		return
	}
	v.idle = append(v.idle, h)
	v.mu.Unlock()
	v.cond.Broadcast()
}

// Close frees libvoikko's instances once every analysis under way has
// ended. After Close, Lemma still knows the words it analysed before and
// returns new ones unchanged.
func (v *Voikko) Close() error {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.closed {
		return nil
	}
	for len(v.idle) < len(v.handles) || v.opening > 0 {
		v.cond.Wait()
	}
	for _, h := range v.handles {
		v.lib.terminate(h)
	}
	v.closed, v.handles, v.idle = true, nil, nil
	v.cond.Broadcast()
	return nil
}

// Analyze returns the lower-cased base form of a word by the rule above,
// and false when Voikko does not know the word.
func (v *Voikko) Analyze(word string) (string, bool) {
	v.cacheMu.RLock()
	base, ok := v.cache[word]
	v.cacheMu.RUnlock()
	if ok {
		return base, base != ""
	}
	v.loadCache()
	v.cacheMu.RLock()
	base, ok = v.cache[word]
	v.cacheMu.RUnlock()
	if ok {
		return base, base != ""
	}
	h, ok := v.acquire()
	if !ok {
		return "", false
	}
	base = v.analyze(h, word)
	v.release(h)
	v.cacheMu.Lock()
	v.cache[word] = base
	if base != "" {
		v.added++
	}
	v.cacheMu.Unlock()
	return base, base != ""
}

// Lemma returns a word's base form. A word Voikko does not know is its own
// lemma, except that a hyphenated one ("hr-yksikköön") keeps its first
// parts and takes the base form of its last ("hr-yksikkö").
func (v *Voikko) Lemma(word string) string {
	if base, ok := v.Analyze(word); ok {
		return base
	}
	if i := strings.LastIndexByte(word, '-'); i > 0 && i < len(word)-1 {
		if base, ok := v.Analyze(word[i+1:]); ok {
			return word[:i+1] + base
		}
	}
	return word
}

// Reduce is Lemma.
func (v *Voikko) Reduce(word string) string { return v.Lemma(word) }

// analyze runs libvoikko on one word: the first analysis with a BASEFORM.
func (v *Voikko) analyze(h uintptr, word string) string {
	if word == "" || strings.IndexByte(word, 0) >= 0 {
		return ""
	}
	cword := make([]byte, len(word)+1)
	copy(cword, word)
	list := v.lib.analyze(h, cword)
	if list == nil {
		return ""
	}
	defer v.lib.freeAnalysis(list)
	for i := 0; ; i++ {
		a := *(*unsafe.Pointer)(unsafe.Add(list, uintptr(i)*unsafe.Sizeof(list)))
		if a == nil {
			return ""
		}
		if p := v.lib.value(a, baseform); p != nil {
			base := goString(p)
			v.lib.freeValue(p)
			if base != "" {
				return strings.ToLower(base)
			}
		}
	}
}

// goString copies a NUL-terminated C string.
func goString(p *byte) string {
	n := 0
	for *(*byte)(unsafe.Add(unsafe.Pointer(p), n)) != 0 {
		n++
	}
	return string(unsafe.Slice(p, n))
}
