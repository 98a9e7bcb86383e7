package py

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// asciiPrefix returns the length of the longest all-ASCII prefix of s,
// checking eight bytes at a time.
func asciiPrefix(s string) int {
	n := len(s)
	i := 0
	if n >= 8 {
		p := unsafe.Pointer(unsafe.StringData(s))
		for ; i+8 <= n; i += 8 {
			w := *(*uint64)(unsafe.Add(p, i)) // unaligned loads are fine on supported targets
			if w&0x8080808080808080 != 0 {
				break
			}
		}
	}
	for ; i < n; i++ {
		if s[i] >= utf8.RuneSelf {
			return i
		}
	}
	return n
}

func isASCII(s string) bool { return asciiPrefix(s) == len(s) }

// StrLen returns len(s) in code points.
func StrLen(s string) int64 {
	k := asciiPrefix(s)
	if k == len(s) {
		return int64(k)
	}
	return int64(k + utf8.RuneCountInString(s[k:]))
}

// byteOffset returns the byte offset of code point index i (0 <= i <= len).
func byteOffset(s string, i int64) int {
	if i <= 0 {
		return 0
	}
	var k int64
	for off := range s {
		if k == i {
			return off
		}
		k++
	}
	return len(s)
}

// runeIndex converts a byte offset into a code point index.
func runeIndex(s string, off int) int64 {
	return int64(utf8.RuneCountInString(s[:off]))
}

// StrGetItem returns s[i] (IndexError "string index out of range").
func StrGetItem(s string, i int64) string {
	if i >= 0 && i < int64(len(s)) && asciiPrefix(s[:i+1]) == int(i+1) {
		return s[i : i+1]
	}
	if isASCII(s) {
		n := int64(len(s))
		if i < 0 {
			i += n
		}
		if uint64(i) >= uint64(n) {
			panic(IndexError("string index out of range"))
		}
		return s[i : i+1]
	}
	n := int64(utf8.RuneCountInString(s))
	if i < 0 {
		i += n
	}
	if uint64(i) >= uint64(n) {
		panic(IndexError("string index out of range"))
	}
	off := byteOffset(s, i)
	_, w := utf8.DecodeRuneInString(s[off:])
	return s[off : off+w]
}

// StrSlice returns s[lo:hi:step].
func StrSlice(s string, lo, hi, step Opt[int64]) string {
	if isASCII(s) {
		start, _, st, n := AdjustIndices(int64(len(s)), lo, hi, step)
		if st == 1 {
			return s[start : start+n]
		}
		b := make([]byte, n)
		for i := int64(0); i < n; i++ {
			b[i] = s[start+i*st]
		}
		return string(b)
	}
	rs := []rune(s)
	start, _, st, n := AdjustIndices(int64(len(rs)), lo, hi, step)
	if st == 1 {
		return string(rs[start : start+n])
	}
	out := make([]rune, n)
	for i := int64(0); i < n; i++ {
		out[i] = rs[start+i*st]
	}
	return string(out)
}

// StrContains reports sub in s.
func StrContains(s, sub string) bool { return strings.Contains(s, sub) }

// StrRepeat returns s * n.
func StrRepeat(s string, n int64) string {
	if n <= 0 || s == "" {
		return ""
	}
	checkRepeat[byte](len(s), n) // memlimit.go
	return strings.Repeat(s, int(n))
}

// StrSplit implements s.split(sep, maxsplit) (maxsplit < 0: no limit).
func StrSplit(s, sep string, maxsplit int64) *List[string] {
	if sep == "" {
		panic(ValueError("empty separator"))
	}
	n := -1
	if maxsplit >= 0 {
		n = int(maxsplit) + 1
	}
	return &List[string]{V: strings.SplitN(s, sep, n)}
}

// StrRSplit implements s.rsplit(sep, maxsplit).
func StrRSplit(s, sep string, maxsplit int64) *List[string] {
	if sep == "" {
		panic(ValueError("empty separator"))
	}
	if maxsplit < 0 {
		return StrSplit(s, sep, -1)
	}
	var parts []string
	for maxsplit > 0 {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		parts = append(parts, s[i+len(sep):])
		s = s[:i]
		maxsplit--
	}
	parts = append(parts, s)
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	return &List[string]{V: parts}
}

// StrSplitWhitespace implements s.split() / s.split(None, maxsplit).
func StrSplitWhitespace(s string, maxsplit int64) *List[string] {
	out := []string{}
	i := 0
	n := len(s)
	for {
		// skip whitespace
		for i < n {
			r, w := utf8.DecodeRuneInString(s[i:])
			if !isPySpace(r) {
				break
			}
			i += w
		}
		if i >= n {
			break
		}
		if maxsplit >= 0 && int64(len(out)) == maxsplit {
			out = append(out, s[i:])
			break
		}
		j := i
		for j < n {
			r, w := utf8.DecodeRuneInString(s[j:])
			if isPySpace(r) {
				break
			}
			j += w
		}
		out = append(out, s[i:j])
		i = j
	}
	return &List[string]{V: out}
}

// StrRSplitWhitespace implements s.rsplit() / s.rsplit(None, maxsplit).
func StrRSplitWhitespace(s string, maxsplit int64) *List[string] {
	if maxsplit < 0 {
		return StrSplitWhitespace(s, -1)
	}
	var parts []string
	j := len(s)
	for {
		for j > 0 {
			r, w := utf8.DecodeLastRuneInString(s[:j])
			if !isPySpace(r) {
				break
			}
			j -= w
		}
		if j <= 0 {
			break
		}
		if int64(len(parts)) == maxsplit {
			parts = append(parts, s[:j])
			break
		}
		i := j
		for i > 0 {
			r, w := utf8.DecodeLastRuneInString(s[:i])
			if isPySpace(r) {
				break
			}
			i -= w
		}
		parts = append(parts, s[i:j])
		j = i
	}
	for a, b := 0, len(parts)-1; a < b; a, b = a+1, b-1 {
		parts[a], parts[b] = parts[b], parts[a]
	}
	if parts == nil {
		parts = []string{}
	}
	return &List[string]{V: parts}
}

// StrJoin implements sep.join(xs).
func StrJoin(sep string, xs []string) string { return strings.Join(xs, sep) }

func stripSet(chars string) func(rune) bool {
	if isASCII(chars) && len(chars) <= 8 {
		return func(r rune) bool { return r < utf8.RuneSelf && strings.IndexByte(chars, byte(r)) >= 0 }
	}
	return func(r rune) bool { return strings.ContainsRune(chars, r) }
}

// StrStrip implements s.strip(chars) (None: whitespace).
func StrStrip(s string, chars Opt[string]) string {
	if !chars.Ok {
		return strings.TrimFunc(s, isPySpace)
	}
	return strings.TrimFunc(s, stripSet(chars.V))
}

// StrLStrip implements s.lstrip(chars).
func StrLStrip(s string, chars Opt[string]) string {
	if !chars.Ok {
		return strings.TrimLeftFunc(s, isPySpace)
	}
	return strings.TrimLeftFunc(s, stripSet(chars.V))
}

// StrRStrip implements s.rstrip(chars).
func StrRStrip(s string, chars Opt[string]) string {
	if !chars.Ok {
		return strings.TrimRightFunc(s, isPySpace)
	}
	return strings.TrimRightFunc(s, stripSet(chars.V))
}

// special full case mappings (SpecialCasing.txt, unconditional subset).
func writeUpper(b *strings.Builder, r rune) {
	if s, ok := upperFull[r]; ok {
		b.WriteString(s)
		return
	}
	b.WriteRune(unicode.ToUpper(r))
}

func writeTitle(b *strings.Builder, r rune) {
	if s, ok := titleFull[r]; ok {
		b.WriteString(s)
		return
	}
	b.WriteRune(unicode.ToTitle(r))
}

// writeLowerRune writes the full lowercase mapping of r (final sigma
// aside).
func writeLowerRune(b *strings.Builder, r rune) {
	if s, ok := lowerFull[r]; ok {
		b.WriteString(s)
		return
	}
	b.WriteRune(unicode.ToLower(r))
}

func isCased(r rune) bool {
	return pyIsUpper(r) || pyIsLower(r) || unicode.IsTitle(r)
}

// pyIsUpper is Python's str.isupper per character: Unicode's Uppercase
// property (Lu and Other_Uppercase: Ⅻ, Ⓐ), as CPython's UPPER_MASK.
func pyIsUpper(r rune) bool { return unicode.IsUpper(r) || unicode.Is(unicode.Other_Uppercase, r) }

// pyIsLower is Unicode's Lowercase property (Ll and Other_Lowercase: ª, ʰ,
// ⅷ), as CPython's LOWER_MASK.
func pyIsLower(r rune) bool { return unicode.IsLower(r) || unicode.Is(unicode.Other_Lowercase, r) }

// isCaseIgnorable is Unicode's Case_Ignorable property: Mn, Me, Cf, Lm, Sk
// and the Word_Break classes MidLetter, MidNumLet and Single_Quote.
func isCaseIgnorable(r rune) bool {
	if unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk) {
		return true
	}
	switch r {
	case '\'', '.', ':', 0xB7, 0x387, 0x55F, 0x5F4, 0x2018, 0x2019, 0x2024, 0x2027,
		0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A:
		return true
	}
	return false
}

// lowerRune handles Greek final sigma given the surrounding runes.
func writeLower(b *strings.Builder, rs []rune, i int) {
	r := rs[i]
	if r == 0x03A3 && finalSigma(rs, i) {
		b.WriteRune(0x03C2)
		return
	}
	writeLowerRune(b, r)
}

func finalSigma(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && isCaseIgnorable(rs[j]) {
		j--
	}
	if j < 0 || !isCased(rs[j]) {
		return false
	}
	j = i + 1
	for j < len(rs) && isCaseIgnorable(rs[j]) {
		j++
	}
	return j == len(rs) || !isCased(rs[j])
}

// StrUpper implements s.upper().
func StrUpper(s string) string {
	if isASCII(s) {
		return strings.ToUpper(s)
	}
	var b strings.Builder
	for _, r := range s {
		writeUpper(&b, r)
	}
	return b.String()
}

// StrLower implements s.lower().
func StrLower(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	rs := []rune(s)
	var b strings.Builder
	for i := range rs {
		writeLower(&b, rs, i)
	}
	return b.String()
}

// StrCasefold implements s.casefold(): CaseFolding.txt's full foldings,
// else the full lowercase mapping (as CPython's _PyUnicode_ToFoldedFull).
func StrCasefold(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	for _, r := range s {
		if f, ok := foldFull[r]; ok {
			b.WriteString(f)
		} else {
			writeLowerRune(&b, r)
		}
	}
	return b.String()
}

// StrSwapCase implements s.swapcase().
func StrSwapCase(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		switch {
		case pyIsUpper(r):
			writeLower(&b, rs, i)
		case pyIsLower(r):
			writeUpper(&b, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// StrTitle implements s.title().
func StrTitle(s string) string {
	rs := []rune(s)
	var b strings.Builder
	prevCased := false
	for i, r := range rs {
		if prevCased {
			writeLower(&b, rs, i)
		} else {
			writeTitle(&b, r)
		}
		prevCased = isCased(r)
	}
	return b.String()
}

// StrCapitalize implements s.capitalize().
func StrCapitalize(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		if i == 0 {
			writeTitle(&b, r)
		} else {
			writeLower(&b, rs, i)
		}
	}
	return b.String()
}

// adjustIndices implements CPython's ADJUST_INDICES for find/count.
func adjustIndices(start, end Opt[int64], n int64) (int64, int64) {
	lo, hi := int64(0), n
	if end.Ok {
		hi = end.V
		if hi > n {
			hi = n
		} else if hi < 0 {
			hi += n
			if hi < 0 {
				hi = 0
			}
		}
	}
	if start.Ok {
		lo = start.V
		if lo < 0 {
			lo += n
			if lo < 0 {
				lo = 0
			}
		}
	}
	return lo, hi
}

// window returns the substring s[lo:hi] (code points, adjusted) and the
// code point offset lo; ok=false when lo > hi.
func window(s string, start, end Opt[int64]) (string, int64, bool) {
	if !start.Ok && !end.Ok {
		return s, 0, true
	}
	ascii := isASCII(s)
	var n int64
	if ascii {
		n = int64(len(s))
	} else {
		n = int64(utf8.RuneCountInString(s))
	}
	lo, hi := adjustIndices(start, end, n)
	if lo > hi {
		return "", lo, false
	}
	if ascii {
		return s[lo:hi], lo, true
	}
	a := byteOffset(s, lo)
	b := byteOffset(s, hi)
	return s[a:b], lo, true
}

func findIn(s, sub string, start, end Opt[int64], last bool) int64 {
	w, lo, ok := window(s, start, end)
	if !ok {
		return -1
	}
	var i int
	if last {
		i = strings.LastIndex(w, sub)
	} else {
		i = strings.Index(w, sub)
	}
	if i < 0 {
		return -1
	}
	if isASCII(w[:i]) {
		return lo + int64(i)
	}
	return lo + runeIndex(w, i)
}

// StrFind implements s.find(sub, start, end).
func StrFind(s, sub string, start, end Opt[int64]) int64 { return findIn(s, sub, start, end, false) }

// StrRFind implements s.rfind(sub, start, end).
func StrRFind(s, sub string, start, end Opt[int64]) int64 { return findIn(s, sub, start, end, true) }

// StrIndex implements s.index(sub, start, end) (ValueError "substring not found").
func StrIndex(s, sub string, start, end Opt[int64]) int64 {
	i := findIn(s, sub, start, end, false)
	if i < 0 {
		panic(ValueError("substring not found"))
	}
	return i
}

// StrRIndex implements s.rindex(sub, start, end).
func StrRIndex(s, sub string, start, end Opt[int64]) int64 {
	i := findIn(s, sub, start, end, true)
	if i < 0 {
		panic(ValueError("substring not found"))
	}
	return i
}

// StrCount implements s.count(sub, start, end).
func StrCount(s, sub string, start, end Opt[int64]) int64 {
	w, _, ok := window(s, start, end)
	if !ok {
		return 0
	}
	if sub == "" {
		return StrLen(w) + 1
	}
	return int64(strings.Count(w, sub))
}

// StrStartsWith implements s.startswith(prefix).
func StrStartsWith(s, prefix string) bool { return strings.HasPrefix(s, prefix) }

// StrEndsWith implements s.endswith(suffix).
func StrEndsWith(s, suffix string) bool { return strings.HasSuffix(s, suffix) }

// StrStartsWithAny implements s.startswith((p1, p2, ...), start, end).
func StrStartsWithAny(s string, prefixes []string, start, end Opt[int64]) bool {
	s, _, ok := window(s, start, end)
	if !ok {
		return false
	}
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// StrEndsWithAny implements s.endswith((p1, p2, ...), start, end).
func StrEndsWithAny(s string, suffixes []string, start, end Opt[int64]) bool {
	s, _, ok := window(s, start, end)
	if !ok {
		return false
	}
	for _, p := range suffixes {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}

// StrStartsWithRange implements s.startswith(prefix, start, end).
func StrStartsWithRange(s, prefix string, start, end Opt[int64]) bool {
	w, _, ok := window(s, start, end)
	if !ok {
		return false
	}
	return strings.HasPrefix(w, prefix)
}

// StrEndsWithRange implements s.endswith(suffix, start, end).
func StrEndsWithRange(s, suffix string, start, end Opt[int64]) bool {
	w, _, ok := window(s, start, end)
	if !ok {
		return false
	}
	return strings.HasSuffix(w, suffix)
}

// StrReplace implements s.replace(old, new, count) (count < 0: all).
func StrReplace(s, old, new string, count int64) string {
	if count < 0 {
		return strings.ReplaceAll(s, old, new)
	}
	if count > int64(len(s))+1 {
		count = int64(len(s)) + 1
	}
	return strings.Replace(s, old, new, int(count))
}

// StrRemovePrefix implements s.removeprefix(p).
func StrRemovePrefix(s, p string) string { return strings.TrimPrefix(s, p) }

// StrRemoveSuffix implements s.removesuffix(p).
func StrRemoveSuffix(s, p string) string {
	if p == "" {
		return s
	}
	return strings.TrimSuffix(s, p)
}

// StrZfill implements s.zfill(width).
func StrZfill(s string, width int64) string {
	n := StrLen(s)
	if width <= n {
		return s
	}
	fill := strings.Repeat("0", int(width-n))
	if s != "" && (s[0] == '+' || s[0] == '-') {
		return s[:1] + fill + s[1:]
	}
	return fill + s
}

func fillRune(fill string) string {
	if utf8.RuneCountInString(fill) != 1 {
		panic(TypeError("The fill character must be exactly one character long"))
	}
	return fill
}

// StrCenter implements s.center(width, fill).
func StrCenter(s string, width int64, fill string) string {
	fill = fillRune(fill)
	n := StrLen(s)
	if width <= n {
		return s
	}
	marg := width - n
	left := marg/2 + (marg & width & 1)
	return strings.Repeat(fill, int(left)) + s + strings.Repeat(fill, int(marg-left))
}

// StrLJust implements s.ljust(width, fill).
func StrLJust(s string, width int64, fill string) string {
	fill = fillRune(fill)
	n := StrLen(s)
	if width <= n {
		return s
	}
	return s + strings.Repeat(fill, int(width-n))
}

// StrRJust implements s.rjust(width, fill).
func StrRJust(s string, width int64, fill string) string {
	fill = fillRune(fill)
	n := StrLen(s)
	if width <= n {
		return s
	}
	return strings.Repeat(fill, int(width-n)) + s
}

func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// StrSplitlines implements s.splitlines(keepends).
func StrSplitlines(s string, keepends bool) *List[string] {
	out := []string{}
	i, n := 0, len(s)
	for i < n {
		j := i
		for j < n {
			r, w := utf8.DecodeRuneInString(s[j:])
			if isLineBreak(r) {
				break
			}
			j += w
		}
		eol := j
		if j < n {
			r, w := utf8.DecodeRuneInString(s[j:])
			j += w
			if r == '\r' && j < n && s[j] == '\n' {
				j++
			}
			if keepends {
				eol = j
			}
		}
		out = append(out, s[i:eol])
		i = j
	}
	return &List[string]{V: out}
}

// StrExpandTabs implements s.expandtabs(tabsize).
func StrExpandTabs(s string, tabsize int64) string {
	var b strings.Builder
	col := int64(0)
	for _, r := range s {
		switch r {
		case '\t':
			if tabsize > 0 {
				k := tabsize - col%tabsize
				b.WriteString(strings.Repeat(" ", int(k)))
				col += k
			}
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return b.String()
}

func allRunes(s string, pred func(rune) bool) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !pred(r) {
			return false
		}
	}
	return true
}

func isDecimalRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= '0' && r <= '9'
	}
	return unicode.Is(unicode.Nd, r)
}

func isDigitRune(r rune) bool {
	return isDecimalRune(r) || (r >= 0x80 && unicode.Is(digitExtra, r))
}

func isNumericRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= '0' && r <= '9'
	}
	return unicode.In(r, unicode.Nd, unicode.Nl, unicode.No) || unicode.Is(numericExtra, r)
}

func isAlphaRune(r rune) bool {
	if r < utf8.RuneSelf {
		return (r|0x20) >= 'a' && (r|0x20) <= 'z'
	}
	return unicode.IsLetter(r)
}

// StrIsDigit implements s.isdigit().
func StrIsDigit(s string) bool { return allRunes(s, isDigitRune) }

// StrIsDecimal implements s.isdecimal().
func StrIsDecimal(s string) bool { return allRunes(s, isDecimalRune) }

// StrIsNumeric implements s.isnumeric().
func StrIsNumeric(s string) bool { return allRunes(s, isNumericRune) }

// StrIsAlpha implements s.isalpha().
func StrIsAlpha(s string) bool { return allRunes(s, isAlphaRune) }

// StrIsAlnum implements s.isalnum().
func StrIsAlnum(s string) bool {
	return allRunes(s, func(r rune) bool { return isAlphaRune(r) || isNumericRune(r) || isDigitRune(r) })
}

// StrIsSpace implements s.isspace().
func StrIsSpace(s string) bool { return allRunes(s, isPySpace) }

// StrIsASCII implements s.isascii().
func StrIsASCII(s string) bool { return isASCII(s) }

// StrIsPrintable implements s.isprintable().
func StrIsPrintable(s string) bool {
	for _, r := range s {
		if !unicode.IsPrint(r) {
			return false
		}
	}
	return true
}

// StrIsUpper implements s.isupper().
func StrIsUpper(s string) bool {
	cased := false
	for _, r := range s {
		if pyIsLower(r) || unicode.IsTitle(r) {
			return false
		}
		if pyIsUpper(r) {
			cased = true
		}
	}
	return cased
}

// StrIsLower implements s.islower().
func StrIsLower(s string) bool {
	cased := false
	for _, r := range s {
		if pyIsUpper(r) || unicode.IsTitle(r) {
			return false
		}
		if pyIsLower(r) {
			cased = true
		}
	}
	return cased
}

// StrIsTitle implements s.istitle().
func StrIsTitle(s string) bool {
	cased := false
	prevCased := false
	for _, r := range s {
		if pyIsUpper(r) || unicode.IsTitle(r) {
			if prevCased {
				return false
			}
			prevCased = true
			cased = true
		} else if pyIsLower(r) {
			if !prevCased {
				return false
			}
			prevCased = true
			cased = true
		} else {
			prevCased = false
		}
	}
	return cased
}

// StrIsIdentifier implements s.isidentifier().
func StrIsIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if i == 0 {
			if !isXIDStart(r) {
				return false
			}
		} else if !isXIDContinue(r) {
			return false
		}
	}
	return true
}

// isXIDStart is Unicode's XID_Start property (or '_'), as CPython's
// _PyUnicode_IsXidStart.
func isXIDStart(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '_' || (r|0x20) >= 'a' && (r|0x20) <= 'z'
	}
	if unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) {
		return !unicode.Is(xidStartRemove, r)
	}
	return unicode.Is(xidStartAdd, r)
}

// isXIDContinue is Unicode's XID_Continue property.
func isXIDContinue(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '_' || (r|0x20) >= 'a' && (r|0x20) <= 'z' || r >= '0' && r <= '9'
	}
	if unicode.IsLetter(r) || unicode.In(r, unicode.Nl, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc) {
		return !unicode.Is(xidContinueRemove, r)
	}
	return unicode.Is(xidContinueAdd, r)
}

// StrPartition implements s.partition(sep).
func StrPartition(s, sep string) Tuple3[string, string, string] {
	if sep == "" {
		panic(ValueError("empty separator"))
	}
	i := strings.Index(s, sep)
	if i < 0 {
		return Tuple3[string, string, string]{s, "", ""}
	}
	return Tuple3[string, string, string]{s[:i], sep, s[i+len(sep):]}
}

// StrRPartition implements s.rpartition(sep).
func StrRPartition(s, sep string) Tuple3[string, string, string] {
	if sep == "" {
		panic(ValueError("empty separator"))
	}
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return Tuple3[string, string, string]{"", "", s}
	}
	return Tuple3[string, string, string]{s[:i], sep, s[i+len(sep):]}
}

// Ord implements ord(c).
func Ord(s string) int64 {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || n != len(s) {
		panic(TypeError("ord() expected a character, but string of length " + StrInt(StrLen(s)) + " found"))
	}
	return int64(r)
}

// Chr implements chr(i).
func Chr(i int64) string {
	if i != int64(int32(i)) {
		// CPython converts the argument to a C int first.
		panic(OverflowError("Python int too large to convert to C int"))
	}
	if i < 0 || i > 0x10ffff {
		panic(ValueError("chr() arg not in range(0x110000)"))
	}
	return string(rune(i))
}

func normEncoding(enc string) string {
	e := strings.ToLower(strings.ReplaceAll(enc, "_", "-"))
	switch e {
	case "utf-8", "utf8", "u8", "utf", "cp65001":
		return "utf-8"
	case "ascii", "us-ascii", "646":
		return "ascii"
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "8859", "cp819", "latin":
		return "latin-1"
	}
	panic(NewExc(LookupErrorClass, "unknown encoding: "+enc))
}

// StrEncode implements s.encode(encoding) with strict errors.
func StrEncode(s string, encoding string) Bytes {
	switch normEncoding(encoding) {
	case "utf-8":
		return Bytes(s)
	case "ascii":
		if i, _ := firstAbove(s, 0x7f); i >= 0 {
			panic(unicodeEncodeError("ascii", s, i, 0x7f, "ordinal not in range(128)"))
		}
		return Bytes(s)
	default:
		if i, _ := firstAbove(s, 0xff); i >= 0 {
			panic(unicodeEncodeError("latin-1", s, i, 0xff, "ordinal not in range(256)"))
		}
		b := make([]byte, 0, len(s))
		for _, r := range s {
			b = append(b, byte(r))
		}
		return Bytes(b)
	}
}

// unicodeEncodeError is UnicodeEncodeError(encoding, s, start, end,
// reason) for the run of characters above max starting at character
// start (CPython's encoders report the whole run).
func unicodeEncodeError(enc, s string, start int64, max rune, reason string) *BaseException {
	rs := []rune(s)
	end := start + 1
	for end < int64(len(rs)) && rs[end] > max {
		end++
	}
	var msg string
	if end == start+1 {
		msg = "'" + enc + "' codec can't encode character " + escapeChar(rs[start]) + " in position " + StrInt(start) + ": " + reason
	} else {
		msg = "'" + enc + "' codec can't encode characters in position " + StrInt(start) + "-" + StrInt(end-1) + ": " + reason
	}
	e := NewExc(UnicodeEncodeErrorClass, enc, s, start, end, reason)
	e.Message = msg
	return e
}

// unicodeDecodeError is UnicodeDecodeError(encoding, b, start, end,
// reason).
func unicodeDecodeError(enc string, b string, start, end int, reason string) *BaseException {
	var msg string
	if end == start+1 {
		c := b[start]
		msg = "'" + enc + "' codec can't decode byte 0x" + string(hexdigits[c>>4]) + string(hexdigits[c&15]) +
			" in position " + StrInt(int64(start)) + ": " + reason
	} else {
		msg = "'" + enc + "' codec can't decode bytes in position " + StrInt(int64(start)) + "-" + StrInt(int64(end-1)) + ": " + reason
	}
	e := NewExc(UnicodeDecodeErrorClass, enc, Bytes(b), int64(start), int64(end), reason)
	e.Message = msg
	return e
}

// utf8Error finds the extent of the invalid UTF-8 sequence at s[i] as
// CPython's decoder reports it: the start byte alone when it cannot start a
// sequence, else the start byte and the valid continuation bytes after it
// ("unexpected end of data" when the data ends there).
func utf8Error(s string, i int) (end int, reason string) {
	c := s[i]
	var n int
	lo, hi := byte(0x80), byte(0xbf)
	switch {
	case c >= 0xc2 && c <= 0xdf:
		n = 1
	case c >= 0xe0 && c <= 0xef:
		n = 2
		if c == 0xe0 {
			lo = 0xa0
		} else if c == 0xed {
			hi = 0x9f
		}
	case c >= 0xf0 && c <= 0xf4:
		n = 3
		if c == 0xf0 {
			lo = 0x90
		} else if c == 0xf4 {
			hi = 0x8f
		}
	default:
		return i + 1, "invalid start byte"
	}
	j := i + 1
	for k := 0; k < n; k++ {
		if j >= len(s) {
			return j, "unexpected end of data"
		}
		if s[j] < lo || s[j] > hi {
			return j, "invalid continuation byte"
		}
		lo, hi = 0x80, 0xbf
		j++
	}
	return j, "invalid continuation byte" // not reached for an invalid sequence
}

// escapeChar renders r as CPython's UnicodeEncodeError message does.
func escapeChar(r rune) string {
	var b strings.Builder
	b.WriteByte('\'')
	switch {
	case r < 0x100:
		b.WriteString(`\x`)
		writeHex(&b, uint32(r), 2)
	case r < 0x10000:
		b.WriteString(`\u`)
		writeHex(&b, uint32(r), 4)
	default:
		b.WriteString(`\U`)
		writeHex(&b, uint32(r), 8)
	}
	b.WriteByte('\'')
	return b.String()
}

func firstAbove(s string, max rune) (int64, rune) {
	var i int64
	for _, r := range s {
		if r > max {
			return i, r
		}
		i++
	}
	return -1, 0
}

// BytesDecode implements b.decode(encoding) with strict errors.
func BytesDecode(b Bytes, encoding string) string {
	s := string(b)
	switch normEncoding(encoding) {
	case "utf-8":
		if utf8.ValidString(s) {
			return s
		}
		for i := 0; i < len(s); {
			r, w := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && w <= 1 {
				end, reason := utf8Error(s, i)
				panic(unicodeDecodeError("utf-8", s, i, end, reason))
			}
			i += w
		}
		return s
	case "ascii":
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				panic(unicodeDecodeError("ascii", s, i, i+1, "ordinal not in range(128)"))
			}
		}
		return s
	default:
		rs := make([]rune, len(s))
		for i := 0; i < len(s); i++ {
			rs[i] = rune(s[i])
		}
		return string(rs)
	}
}

// BytesLen returns len(b).
func BytesLen(b Bytes) int64 { return int64(len(b)) }

// BytesGetItem returns b[i] as an int.
func BytesGetItem(b Bytes, i int64) int64 {
	n := int64(len(b))
	if i < 0 {
		i += n
	}
	if uint64(i) >= uint64(n) {
		panic(IndexError("index out of range"))
	}
	return int64(b[i])
}

// BytesSlice returns b[lo:hi:step].
func BytesSlice(b Bytes, lo, hi, step Opt[int64]) Bytes {
	start, _, st, n := AdjustIndices(int64(len(b)), lo, hi, step)
	if st == 1 {
		return b[start : start+n]
	}
	out := make([]byte, n)
	for i := int64(0); i < n; i++ {
		out[i] = b[start+i*st]
	}
	return Bytes(out)
}

// BytesContains reports sub in b.
func BytesContains(b, sub Bytes) bool { return strings.Contains(string(b), string(sub)) }

// BytesFromInts implements bytes([ints]) (ValueError outside 0..255).
func BytesFromInts(xs []int64) Bytes {
	out := make([]byte, len(xs))
	for i, x := range xs {
		if x < 0 || x > 255 {
			panic(ValueError("bytes must be in range(0, 256)"))
		}
		out[i] = byte(x)
	}
	return Bytes(out)
}

// PyTypeName returns "bytes".
func (s Bytes) PyTypeName() string { return "bytes" }
