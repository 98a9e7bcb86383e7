package parser

import (
	"strconv"
	"strings"
	"sync"
)

//go:generate python3 gen_unicode_names.py

var (
	unicodeNamesOnce sync.Once
	unicodeNameMap   map[string]rune
)

// lookupUnicodeName returns the character a \N{name} escape names (case
// does not matter, as in CPython). Only the names of unicode_names.go are
// known: Latin, Greek and Cyrillic letters, punctuation, symbols, arrows,
// box drawing, shapes, emoji and common aliases.
func lookupUnicodeName(name string) (rune, bool) {
	unicodeNamesOnce.Do(func() {
		unicodeNameMap = map[string]rune{}
		for _, line := range strings.Split(unicodeNames, "\n") {
			n, hex, ok := strings.Cut(line, ";")
			if !ok {
				continue
			}
			v, err := strconv.ParseUint(hex, 16, 32)
			if err != nil {
				panic("parser: bad unicode_names.go line " + line)
			}
			unicodeNameMap[n] = rune(v)
		}
	})
	r, ok := unicodeNameMap[strings.ToUpper(name)]
	return r, ok
}
