package py

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Formatter is implemented by values with their own __format__.
type Formatter interface {
	PyFormat(spec string) string
}

// fmtSpec is a parsed format specification.
type fmtSpec struct {
	fill     rune
	align    byte
	sign     byte
	noNeg0   bool
	alt      bool
	width    int
	grouping byte // 0, ',', '_' ; '4' for underscore every four digits
	prec     int
	typ      byte
}

func isAlign(c byte) bool { return c == '<' || c == '>' || c == '=' || c == '^' }

func parseSpec(spec string, defaultAlign byte, typeName string) fmtSpec {
	f := fmtSpec{fill: ' ', align: defaultAlign, width: -1, prec: -1}
	pos := 0
	fillSet, alignSet := false, false
	if spec != "" {
		r, n := utf8.DecodeRuneInString(spec)
		if len(spec) > n && isAlign(spec[n]) {
			f.fill = r
			f.align = spec[n]
			fillSet, alignSet = true, true
			pos = n + 1
		} else if isAlign(spec[0]) {
			f.align = spec[0]
			alignSet = true
			pos = 1
		}
	}
	if pos < len(spec) && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ') {
		f.sign = spec[pos]
		pos++
	}
	if pos < len(spec) && spec[pos] == 'z' {
		f.noNeg0 = true
		pos++
	}
	if pos < len(spec) && spec[pos] == '#' {
		f.alt = true
		pos++
	}
	if !fillSet && pos < len(spec) && spec[pos] == '0' {
		f.fill = '0'
		if !alignSet && defaultAlign == '>' {
			f.align = '='
		}
		pos++
	}
	getInt := func() (int, bool) {
		start := pos
		v := 0
		for pos < len(spec) && spec[pos] >= '0' && spec[pos] <= '9' {
			if v > (math.MaxInt32-9)/10 {
				panic(ValueError("Too many decimal digits in format string"))
			}
			v = v*10 + int(spec[pos]-'0')
			pos++
		}
		return v, pos > start
	}
	if w, ok := getInt(); ok {
		f.width = w
	}
	if pos < len(spec) && spec[pos] == ',' {
		f.grouping = ','
		pos++
	}
	if pos < len(spec) && spec[pos] == '_' {
		if f.grouping != 0 {
			panic(ValueError("Cannot specify both ',' and '_'."))
		}
		f.grouping = '_'
		pos++
	}
	if pos < len(spec) && spec[pos] == ',' && f.grouping == '_' {
		panic(ValueError("Cannot specify both ',' and '_'."))
	}
	if pos < len(spec) && spec[pos] == '.' {
		pos++
		p, ok := getInt()
		if !ok {
			panic(ValueError("Format specifier missing precision"))
		}
		f.prec = p
	}
	if len(spec)-pos > 1 {
		panic(ValueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'"))
	}
	if len(spec)-pos == 1 {
		f.typ = spec[pos]
	}
	if f.grouping != 0 {
		switch f.typ {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if f.grouping == '_' {
				f.grouping = '4'
				break
			}
			fallthrough
		default:
			g := string(f.grouping)
			panic(ValueError("Cannot specify '" + g + "' with '" + string(rune(f.typ)) + "'."))
		}
	}
	return f
}

func unknownCode(typ byte, typeName string) *BaseException {
	return ValueError("Unknown format code '" + string(rune(typ)) + "' for object of type '" + typeName + "'")
}

// Format implements format(v, spec) (f-string fields and str.format).
func Format(v any, spec string) string {
	switch x := v.(type) {
	case string:
		if spec == "" {
			return x
		}
		return FormatStr(x, spec)
	case int64:
		if spec == "" {
			return strconv.FormatInt(x, 10)
		}
		return FormatInt(x, spec)
	case float64:
		return FormatFloat(x, spec)
	case bool:
		return FormatBool(x, spec)
	case Formatter:
		return x.PyFormat(spec)
	case optional:
		return Format(x.Any(), spec)
	case int:
		return Format(int64(x), spec)
	}
	if spec == "" {
		return Str(v)
	}
	if _, ok := v.(Enumer); ok {
		return FormatStr(Str(v), spec) // Enum.__format__ of a pure enum: str(member) formatted
	}
	panic(TypeError("unsupported format string passed to " + TypeName(v) + ".__format__"))
}

// pad aligns s (of n runes) within width using fill.
func pad(s string, n int, f *fmtSpec) string {
	if f.width <= n {
		return s
	}
	total := f.width - n
	left := 0
	switch f.align {
	case '>', '=':
		left = total
	case '^':
		left = total / 2
	}
	right := total - left
	var b strings.Builder
	fs := string(f.fill)
	b.Grow(len(s) + total*len(fs))
	for i := 0; i < left; i++ {
		b.WriteString(fs)
	}
	b.WriteString(s)
	for i := 0; i < right; i++ {
		b.WriteString(fs)
	}
	return b.String()
}

// FormatStr implements format(s, spec) for a str.
func FormatStr(s string, spec string) string {
	if spec == "" {
		return s
	}
	f := parseSpec(spec, '<', "str")
	if f.typ != 0 && f.typ != 's' {
		panic(unknownCode(f.typ, "str"))
	}
	if f.sign != 0 {
		panic(ValueError("Sign not allowed in string format specifier"))
	}
	if f.alt {
		panic(ValueError("Alternate form (#) not allowed in string format specifier"))
	}
	if f.align == '=' {
		panic(ValueError("'=' alignment not allowed in string format specifier"))
	}
	if f.grouping != 0 {
		panic(ValueError("Cannot specify ',' with 's'."))
	}
	n := StrLen(s)
	if f.prec >= 0 && int64(f.prec) < n {
		s = runePrefix(s, f.prec)
		n = int64(f.prec)
	}
	return pad(s, int(n), &f)
}

func runePrefix(s string, k int) string {
	i := 0
	for c := 0; c < k && i < len(s); c++ {
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return s[:i]
}

// group inserts separators into the digit string ds, zero-filling up to
// minWidth characters like CPython's _PyUnicode_InsertThousandsGrouping.
func group(ds string, sep byte, every int, minWidth int) string {
	if sep == 0 {
		if len(ds) < minWidth {
			return strings.Repeat("0", minWidth-len(ds)) + ds
		}
		return ds
	}
	var parts []string
	remaining := len(ds)
	for {
		l := every
		m := remaining
		if minWidth > m {
			m = minWidth
		}
		if m < 1 {
			m = 1
		}
		if l > m {
			l = m
		}
		nZeros := l - remaining
		if nZeros < 0 {
			nZeros = 0
		}
		nChars := l
		if remaining < nChars {
			nChars = remaining
		}
		part := strings.Repeat("0", nZeros) + ds[remaining-nChars:remaining]
		parts = append(parts, part)
		remaining -= nChars
		minWidth -= l
		if remaining <= 0 && minWidth <= 0 {
			break
		}
		minWidth-- // separator
	}
	var b strings.Builder
	for i := len(parts) - 1; i >= 0; i-- {
		b.WriteString(parts[i])
		if i > 0 {
			b.WriteByte(sep)
		}
	}
	return b.String()
}

// layoutNumber assembles sign, prefix, grouped integer digits and the rest,
// padding per the spec.
func layoutNumber(f *fmtSpec, neg bool, prefix, digits, rest string) string {
	sign := ""
	if neg {
		sign = "-"
	} else if f.sign == '+' {
		sign = "+"
	} else if f.sign == ' ' {
		sign = " "
	}
	sep := byte(0)
	every := 3
	switch f.grouping {
	case ',':
		sep = ','
	case '_':
		sep = '_'
	case '4':
		sep = '_'
		every = 4
	}
	minWidth := 0
	if f.fill == '0' && f.align == '=' {
		minWidth = f.width - len(sign) - len(prefix) - utf8.RuneCountInString(rest)
	}
	body := digits
	if digits == "" {
		// inf/nan: zero padding without separators
		if minWidth > 0 {
			body = strings.Repeat("0", minWidth)
		}
	} else if sep != 0 || minWidth > len(digits) {
		body = group(digits, sep, every, minWidth)
	}
	n := len(sign) + len(prefix) + len(body) + utf8.RuneCountInString(rest)
	if f.width <= n {
		return sign + prefix + body + rest
	}
	if f.align == '=' {
		padding := strings.Repeat(string(f.fill), f.width-n)
		return sign + prefix + padding + body + rest
	}
	return pad(sign+prefix+body+rest, n, f)
}

// FormatInt implements format(i, spec) for an int.
func FormatInt(v int64, spec string) string {
	if spec == "" {
		return strconv.FormatInt(v, 10)
	}
	return formatInt(v, spec, "int")
}

// FormatBool implements format(b, spec) for a bool (as int unless spec is empty).
func FormatBool(v bool, spec string) string {
	if spec == "" {
		return StrBool(v)
	}
	return formatInt(BoolToInt(v), spec, "bool")
}

func formatInt(v int64, spec string, typeName string) string {
	f := parseSpec(spec, '>', typeName)
	switch f.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		return formatFloatSpec(float64(v), &f)
	case 'n':
		f.typ = 'd'
	}
	if f.noNeg0 {
		panic(ValueError("Negative zero coercion (z) not allowed in integer format specifier"))
	}
	if f.prec >= 0 {
		panic(ValueError("Precision not allowed in integer format specifier"))
	}
	neg := v < 0
	u := uint64(v)
	if neg {
		u = -u
	}
	prefix := ""
	var digits string
	switch f.typ {
	case 0, 'd':
		digits = strconv.FormatUint(u, 10)
	case 'b':
		digits = strconv.FormatUint(u, 2)
		prefix = "0b"
	case 'o':
		digits = strconv.FormatUint(u, 8)
		prefix = "0o"
	case 'x':
		digits = strconv.FormatUint(u, 16)
		prefix = "0x"
	case 'X':
		digits = strings.ToUpper(strconv.FormatUint(u, 16))
		prefix = "0X"
	case 'c':
		if f.sign != 0 {
			panic(ValueError("Sign not allowed with integer format specifier 'c'"))
		}
		if f.alt {
			panic(ValueError("Alternate form (#) not allowed with integer format specifier 'c'"))
		}
		if v < 0 || v > 0x10ffff {
			panic(OverflowError("%c arg not in range(0x110000)"))
		}
		s := string(rune(v))
		return pad(s, 1, &f)
	default:
		panic(unknownCode(f.typ, typeName))
	}
	if !f.alt {
		prefix = ""
	}
	return layoutNumber(&f, neg, prefix, digits, "")
}

// FormatFloat implements format(x, spec) for a float.
func FormatFloat(x float64, spec string) string {
	if spec == "" {
		return FloatRepr(x)
	}
	f := parseSpec(spec, '>', "float")
	return formatFloatSpec(x, &f)
}

func formatFloatSpec(x float64, f *fmtSpec) string {
	typ := f.typ
	prec := f.prec
	addDot0 := false
	switch typ {
	case 0:
		addDot0 = true
		if prec < 0 {
			typ = 'r'
		} else {
			typ = 'g'
		}
	case 'n':
		typ = 'g'
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
	default:
		panic(unknownCode(typ, "float"))
	}
	if prec < 0 && typ != 'r' {
		prec = 6
	}
	suffix := ""
	if typ == '%' {
		x *= 100
		typ = 'f'
		suffix = "%"
	}
	upper := false
	switch typ {
	case 'E', 'F', 'G':
		upper = true
		typ += 'a' - 'A'
	}
	neg := math.Signbit(x) && x == x
	s := floatToDigits(math.Abs(x), typ, prec, addDot0, f.alt, upper)
	if f.noNeg0 && neg && isZeroString(s) {
		neg = false
	}
	s += suffix
	// split integer digits from the rest
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return layoutNumber(f, neg, "", s[:i], s[i:])
}

func isZeroString(s string) bool {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == 'e' || c == 'E' {
			return true
		}
		if c >= '1' && c <= '9' {
			return false
		}
	}
	return true
}

// dtoa returns the decimal digits (no trailing zeros) and decimal point
// position of x >= 0 for CPython's dtoa modes: 0 shortest, 2 ndigits
// significant digits, 3 ndigits after the point.
func dtoa(x float64, mode, ndigits int) (string, int) {
	if x == 0 {
		return "0", 1
	}
	var buf [32]byte
	switch mode {
	case 0:
		d, decpt := shortestDigits(buf[:0], x)
		return string(d), decpt
	case 2:
		if ndigits < 1 {
			ndigits = 1
		}
		s := strconv.FormatFloat(x, 'e', ndigits-1, 64)
		e := strings.IndexByte(s, 'e')
		exp, _ := strconv.Atoi(s[e+1:])
		d := strings.Replace(s[:e], ".", "", 1)
		d = strings.TrimRight(d, "0")
		if d == "" {
			return "0", 1
		}
		return d, exp + 1
	default:
		s := strconv.FormatFloat(x, 'f', ndigits, 64)
		dot := strings.IndexByte(s, '.')
		decpt := len(s)
		d := s
		if dot >= 0 {
			decpt = dot
			d = s[:dot] + s[dot+1:]
		}
		k := 0
		for k < len(d) && d[k] == '0' {
			k++
		}
		d = d[k:]
		decpt -= k
		d = strings.TrimRight(d, "0")
		if d == "" {
			return "0", 1
		}
		return d, decpt
	}
}

// floatToDigits ports CPython's format_float_short for finite and special
// values (x >= 0); typ is one of e f g r.
func floatToDigits(x float64, typ byte, prec int, addDot0, alt, upper bool) string {
	if math.IsInf(x, 0) {
		if upper {
			return "INF"
		}
		return "inf"
	}
	if x != x {
		if upper {
			return "NAN"
		}
		return "nan"
	}
	var digits string
	var decpt int
	switch typ {
	case 'r':
		digits, decpt = dtoa(x, 0, 0)
	case 'e':
		prec++
		digits, decpt = dtoa(x, 2, prec)
	case 'g':
		if prec == 0 {
			prec = 1
		}
		digits, decpt = dtoa(x, 2, prec)
	case 'f':
		digits, decpt = dtoa(x, 3, prec)
	}
	nd := len(digits)
	vEnd := nd
	useExp := false
	switch typ {
	case 'e':
		useExp = true
		vEnd = prec
	case 'f':
		vEnd = decpt + prec
	case 'g':
		lim := prec
		if addDot0 {
			lim = prec - 1
		}
		if decpt <= -4 || decpt > lim {
			useExp = true
		}
		if alt {
			vEnd = prec
		}
	case 'r':
		if decpt <= -4 || decpt > 16 {
			useExp = true
		}
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	vStart := 0
	if decpt <= 0 {
		vStart = decpt - 1
	}
	if !useExp && addDot0 {
		if vEnd <= decpt {
			vEnd = decpt + 1
		}
	} else if vEnd < decpt {
		vEnd = decpt
	}
	b := make([]byte, 0, 32)
	zeros := func(n int) {
		for i := 0; i < n; i++ {
			b = append(b, '0')
		}
	}
	if decpt <= 0 {
		zeros(decpt - vStart)
		b = append(b, '.')
		zeros(-decpt)
	} else {
		zeros(-vStart)
	}
	if 0 < decpt && decpt <= nd {
		b = append(b, digits[:decpt]...)
		b = append(b, '.')
		b = append(b, digits[decpt:]...)
	} else {
		b = append(b, digits...)
	}
	if nd < decpt {
		zeros(decpt - nd)
		b = append(b, '.')
		zeros(vEnd - decpt)
	} else {
		zeros(vEnd - nd)
	}
	if b[len(b)-1] == '.' && !alt {
		b = b[:len(b)-1]
	}
	if useExp {
		e := byte('e')
		if upper {
			e = 'E'
		}
		b = appendExp(b, e, exp)
	}
	return string(b)
}

// StrFormat implements str.format(*args, **kwargs).
func StrFormat(format string, args []any, kwargs map[string]any) string {
	var b strings.Builder
	auto := 0
	mode := 0 // 0 unknown, 1 auto, 2 manual
	n := len(format)
	for i := 0; i < n; {
		c := format[i]
		if c == '}' {
			if i+1 < n && format[i+1] == '}' {
				b.WriteByte('}')
				i += 2
				continue
			}
			panic(ValueError("Single '}' encountered in format string"))
		}
		if c != '{' {
			j := i
			for j < n && format[j] != '{' && format[j] != '}' {
				j++
			}
			b.WriteString(format[i:j])
			i = j
			continue
		}
		if i+1 < n && format[i+1] == '{' {
			b.WriteByte('{')
			i += 2
			continue
		}
		if i+1 == n {
			panic(ValueError("Single '{' encountered in format string"))
		}
		// parse a replacement field, tracking nested braces
		depth := 1
		j := i + 1
		for j < n && depth > 0 {
			if format[j] == '{' {
				depth++
			} else if format[j] == '}' {
				depth--
			}
			if depth > 0 {
				j++
			}
		}
		if j >= n {
			if depth > 0 {
				if strings.IndexByte(format[i+1:], '}') < 0 {
					panic(ValueError("expected '}' before end of string"))
				}
				panic(ValueError("unmatched '{' in format spec"))
			}
		}
		field := format[i+1 : j]
		i = j + 1
		b.WriteString(formatField(field, args, kwargs, &auto, &mode))
	}
	return b.String()
}

func formatField(field string, args []any, kwargs map[string]any, auto, mode *int) string {
	// split name, conversion, spec
	name := field
	conv := byte(0)
	spec := ""
	// name ends at first '!' or ':' outside brackets
	k := 0
	inBracket := false
	for k < len(field) {
		c := field[k]
		if c == '[' {
			inBracket = true
		} else if c == ']' {
			inBracket = false
		} else if !inBracket && (c == '!' || c == ':') {
			break
		}
		k++
	}
	name = field[:k]
	rest := field[k:]
	if strings.HasPrefix(rest, "!") {
		if len(rest) < 2 {
			panic(ValueError("end of string while looking for conversion specifier"))
		}
		conv = rest[1]
		rest = rest[2:]
		if rest != "" && rest[0] != ':' {
			panic(ValueError("expected ':' after conversion specifier"))
		}
	}
	if strings.HasPrefix(rest, ":") {
		spec = rest[1:]
	}
	// resolve the value
	first := name
	accessors := ""
	if p := strings.IndexAny(name, ".["); p >= 0 {
		first, accessors = name[:p], name[p:]
	}
	var v any
	if first == "" {
		if *mode == 2 {
			panic(ValueError("cannot switch from manual field specification to automatic field numbering"))
		}
		*mode = 1
		idx := *auto
		*auto++
		if idx >= len(args) {
			panic(IndexError("Replacement index " + strconv.Itoa(idx) + " out of range for positional args tuple"))
		}
		v = args[idx]
	} else if idx, err := strconv.Atoi(first); err == nil && first[0] >= '0' && first[0] <= '9' {
		if *mode == 1 {
			panic(ValueError("cannot switch from automatic field numbering to manual field specification"))
		}
		*mode = 2
		if idx >= len(args) {
			panic(IndexError("Replacement index " + strconv.Itoa(idx) + " out of range for positional args tuple"))
		}
		v = args[idx]
	} else {
		val, ok := kwargs[first]
		if !ok {
			panic(KeyError(first))
		}
		v = val
	}
	for accessors != "" {
		if accessors[0] == '[' {
			e := strings.IndexByte(accessors, ']')
			if e < 0 {
				panic(ValueError("Missing ']' in format string"))
			}
			key := accessors[1:e]
			accessors = accessors[e+1:]
			v = indexAny(v, key)
		} else {
			e := strings.IndexAny(accessors[1:], ".[") + 1
			if e == 0 {
				e = len(accessors)
			}
			attr := accessors[1:e]
			accessors = accessors[e:]
			if attr == "" {
				panic(ValueError("Empty attribute in format string"))
			}
			v = getAttrByName(v, attr)
		}
	}
	// nested fields in the spec
	if strings.IndexByte(spec, '{') >= 0 {
		spec = strFormatNested(spec, args, kwargs, auto, mode)
	}
	switch conv {
	case 0:
	case 'r':
		v = Repr(v)
	case 's':
		v = Str(v)
	case 'a':
		v = ASCII(v)
	default:
		panic(ValueError("Unknown conversion specifier " + string(rune(conv))))
	}
	return Format(v, spec)
}

// strFormatNested expands replacement fields inside a format spec.
func strFormatNested(spec string, args []any, kwargs map[string]any, auto, mode *int) string {
	var b strings.Builder
	for i := 0; i < len(spec); {
		if spec[i] == '{' {
			j := strings.IndexByte(spec[i:], '}')
			if j < 0 {
				panic(ValueError("unmatched '{' in format spec"))
			}
			b.WriteString(formatField(spec[i+1:i+j], args, kwargs, auto, mode))
			i += j + 1
			continue
		}
		b.WriteByte(spec[i])
		i++
	}
	return b.String()
}

// AttrGetter is implemented by instances of generated classes in a
// program whose str.format templates are known only at run time: PyGetAttr
// reads attribute name (a field, a property, a class attribute).
type AttrGetter interface {
	PyGetAttr(name string) (any, bool)
}

// getAttrByName is v.name for a "{0.name}" format field.
func getAttrByName(v any, name string) any {
	if g, ok := v.(AttrGetter); ok {
		if r, ok := g.PyGetAttr(name); ok {
			return r
		}
		panic(AttributeError("'" + TypeName(v) + "' object has no attribute '" + name + "'"))
	}
	panic(AttributeError("attribute access in format strings is not supported (." + name + " of a " + TypeName(v) + " value)"))
}

// indexer is implemented by containers usable in "{0[1]}" format fields.
type indexer interface {
	seqAt(i int) any
	seqLen() int
}

func indexAny(v any, key string) any {
	// CPython reads an all-digit key as an int index, anything else
	// ("-1", "k") as a str key, then subscripts as v[key] does.
	idx, isInt := -1, key != ""
	for i := 0; i < len(key); i++ {
		if key[i] < '0' || key[i] > '9' {
			isInt = false
		}
	}
	if isInt {
		if n, err := strconv.Atoi(key); err == nil {
			idx = n
		} else {
			isInt = false
		}
	}
	v = unwrapOpt(v)
	switch x := v.(type) {
	case string:
		if !isInt {
			panic(TypeError("string indices must be integers, not 'str'"))
		}
		rs := []rune(x)
		if idx >= len(rs) {
			panic(IndexError("string index out of range"))
		}
		return string(rs[idx])
	case Bytes:
		if !isInt {
			panic(TypeError("byte indices must be integers or slices, not str"))
		}
		if idx >= len(x) {
			panic(IndexError("index out of range"))
		}
		return int64(x[idx])
	}
	if s, ok := v.(indexer); ok {
		kind := "list"
		if q, ok := v.(sequence); ok && q.seqKind() == kindTuple {
			kind = "tuple"
		}
		if !isInt {
			panic(TypeError(kind + " indices must be integers or slices, not str"))
		}
		if idx >= s.seqLen() {
			panic(IndexError(kind + " index out of range"))
		}
		return s.seqAt(idx)
	}
	if m, ok := v.(interface{ lookupAny(k any) (any, bool) }); ok {
		var k any = key
		if isInt {
			k = int64(idx)
		}
		if r, ok := m.lookupAny(k); ok {
			return r
		}
		panic(KeyError(k))
	}
	panic(TypeError("'" + TypeName(v) + "' object is not subscriptable"))
}

// ASCII implements ascii(v): repr with non-ASCII characters escaped.
func ASCII(v any) string {
	r := Repr(v)
	var b strings.Builder
	for _, c := range r {
		switch {
		case c < 0x80:
			b.WriteRune(c)
		case c < 0x100:
			b.WriteString(`\x`)
			writeHex(&b, uint32(c), 2)
		case c < 0x10000:
			b.WriteString(`\u`)
			writeHex(&b, uint32(c), 4)
		default:
			b.WriteString(`\U`)
			writeHex(&b, uint32(c), 8)
		}
	}
	return b.String()
}

// KwargsInto copies the items of a dict with str keys into the keyword
// arguments of a str.format call ("{a}".format(**d)).
func KwargsInto[V any](kw map[string]any, d *Dict[string, V]) {
	for k, v := range d.All() {
		kw[k] = v
	}
}

// StrFormatMap is format.format_map(d): str.format with the fields named
// by d's keys.
func StrFormatMap[V any](format string, d *Dict[string, V]) string {
	kw := map[string]any{}
	KwargsInto(kw, d)
	return StrFormat(format, nil, kw)
}
