package py

import (
	"strconv"
	"strings"
)

// PercentFormat is printf-style string formatting, fmt % args
// (Objects/unicodeobject.c PyUnicode_Format): conversions d i u s r a c x
// X o e E f F g G and %, flags - + space # 0, width and precision
// (including *). A single non-tuple operand is passed as a one-element
// slice.
func PercentFormat(format string, args []any) string {
	return percentFormat(format, args, false)
}

// BytesPercentFormat is printf-style bytes formatting, fmt % args
// (Objects/bytesobject.c _PyBytes_FormatEx): as PercentFormat, except that
// %s and %b take bytes-like operands only, %r and %a give ascii(), %c a
// single byte, and widths count bytes.
func BytesPercentFormat(format Bytes, args []any) Bytes {
	return Bytes(percentFormat(string(format), args, true))
}

// percentBytes is the operand of a bytes %s/%b conversion.
func percentBytes(v any) string {
	switch x := v.(type) {
	case Bytes:
		return string(x)
	case *List[int64]:
		if x.ba {
			var b strings.Builder
			for _, c := range x.V {
				b.WriteByte(byte(c))
			}
			return b.String()
		}
	}
	panic(TypeError("%b requires a bytes-like object, or an object that implements __bytes__, not '" + TypeName(v) + "'"))
}

// padBytes pads s with spaces to width bytes (left-aligned when left).
func padBytes(s, width string, left bool) string {
	w, _ := strconv.Atoi(width)
	if len(s) >= w {
		return s
	}
	pad := strings.Repeat(" ", w-len(s))
	if left {
		return s + pad
	}
	return pad + s
}

func percentFormat(format string, args []any, bytesMode bool) string {
	var b strings.Builder
	ai := 0
	// A single dict operand is the mapping %(key)s conversions read.
	var mapping anyLookup
	if len(args) == 1 {
		mapping, _ = args[0].(anyLookup)
	}
	var keyed any
	hasKey := false
	next := func() any {
		if hasKey {
			hasKey = false
			return keyed
		}
		if ai >= len(args) {
			panic(TypeError("not enough arguments for format string"))
		}
		v := args[ai]
		ai++
		return v
	}
	for i := 0; i < len(format); i++ {
		ch := format[i]
		if ch != '%' {
			b.WriteByte(ch)
			continue
		}
		i++
		if i >= len(format) {
			panic(ValueError("incomplete format"))
		}
		if format[i] == '(' {
			key, end := percentKey(format, i)
			if mapping == nil {
				panic(TypeError("format requires a mapping"))
			}
			var k any = key
			if bytesMode {
				k = Bytes(key)
			}
			v, ok := mapping.lookupAny(k)
			if !ok {
				panic(KeyError(key))
			}
			keyed, hasKey = v, true
			i = end
		}
		var flags string
		for i < len(format) && strings.IndexByte("-+ #0", format[i]) >= 0 {
			flags += string(format[i])
			i++
		}
		width := ""
		if i < len(format) && format[i] == '*' {
			width = strconv.FormatInt(toInt(next()), 10)
			i++
		} else {
			for i < len(format) && format[i] >= '0' && format[i] <= '9' {
				width += string(format[i])
				i++
			}
		}
		prec := ""
		hasPrec := false
		if i < len(format) && format[i] == '.' {
			hasPrec = true
			i++
			if i < len(format) && format[i] == '*' {
				prec = strconv.FormatInt(toInt(next()), 10)
				i++
			} else {
				for i < len(format) && format[i] >= '0' && format[i] <= '9' {
					prec += string(format[i])
					i++
				}
			}
			if prec == "" {
				prec = "0"
			}
		}
		if i >= len(format) {
			panic(ValueError("incomplete format"))
		}
		conv := format[i]
		if conv == '%' {
			b.WriteByte('%')
			continue
		}
		v := next()
		// Build an equivalent format spec for Format.
		align := ""
		if strings.Contains(flags, "-") {
			align = "<"
		}
		sign := ""
		if strings.Contains(flags, "+") {
			sign = "+"
		} else if strings.Contains(flags, " ") {
			sign = " "
		}
		alt := ""
		if strings.Contains(flags, "#") {
			alt = "#"
		}
		zero := ""
		if strings.Contains(flags, "0") && align == "" {
			zero = "0"
		}
		precSpec := ""
		if hasPrec {
			precSpec = "." + prec
		}
		if bytesMode && strings.IndexByte("sbrac", conv) >= 0 {
			var s string
			switch conv {
			case 's', 'b':
				s = percentBytes(v)
			case 'r', 'a':
				s = ASCII(v)
			case 'c':
				switch x := v.(type) {
				case Bytes:
					if len(x) != 1 {
						panic(TypeError("%c requires an integer in range(256) or a single byte"))
					}
					s = string(x)
				case int64, bool:
					n := toInt(x)
					if n < 0 || n > 255 {
						panic(OverflowError("%c arg not in range(256)"))
					}
					s = string([]byte{byte(n)})
				default:
					panic(TypeError("%c requires an integer in range(256) or a single byte"))
				}
			}
			if hasPrec && conv != 'c' {
				if p, _ := strconv.Atoi(prec); p < len(s) {
					s = s[:p]
				}
			}
			b.WriteString(padBytes(s, width, align == "<"))
			continue
		}
		switch conv {
		case 's', 'r', 'a':
			var s string
			switch conv {
			case 's':
				s = Str(v)
			case 'r':
				s = Repr(v)
			default:
				s = ASCII(v)
			}
			if hasPrec {
				s = Format(s, precSpec)
			}
			if align == "" && width != "" {
				align = ">"
			}
			b.WriteString(Format(s, align+width))
		case 'd', 'i', 'u':
			n := toInt(v)
			if hasPrec {
				b.WriteString(percentIntPrec(n, 'd', prec, sign, alt, zero, width, align == "<"))
				break
			}
			b.WriteString(Format(n, align+sign+zero+width+"d"))
		case 'x', 'X', 'o':
			n := toInt(v)
			if hasPrec {
				b.WriteString(percentIntPrec(n, conv, prec, sign, alt, zero, width, align == "<"))
				break
			}
			b.WriteString(Format(n, align+sign+alt+zero+width+string(conv)))
		case 'e', 'E', 'f', 'F', 'g', 'G':
			f := toFloat(v)
			if !hasPrec {
				precSpec = ".6"
			}
			b.WriteString(Format(f, align+sign+alt+zero+width+precSpec+string(conv)))
		case 'c':
			var s string
			switch x := v.(type) {
			case string:
				s = x
			default:
				s = Chr(toInt(v))
			}
			if align == "" && width != "" {
				align = ">"
			}
			b.WriteString(Format(s, align+width))
		default:
			panic(ValueError("unsupported format character '" + string(conv) + "' (0x" + strconv.FormatInt(int64(conv), 16) + ") at index " + strconv.Itoa(i)))
		}
	}
	if ai < len(args) && mapping == nil {
		if bytesMode {
			panic(TypeError("not all arguments converted during bytes formatting"))
		}
		panic(TypeError("not all arguments converted during string formatting"))
	}
	return b.String()
}

// anyLookup is a dict seen by %-formatting: item lookup by a key of any type.
type anyLookup interface {
	lookupAny(k any) (any, bool)
}

// percentKey reads the key of a %(key) conversion whose '(' is at
// format[open] (parentheses nest, as in CPython): the key and the index
// just past its ')'.
func percentKey(format string, open int) (string, int) {
	depth := 1
	for j := open + 1; j < len(format); j++ {
		switch format[j] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return format[open+1 : j], j + 1
			}
		}
	}
	panic(ValueError("incomplete format key"))
}

func toInt(v any) int64 {
	switch x := v.(type) {
	case int64:
		return x
	case bool:
		return BoolToInt(x)
	case float64:
		return IntFromFloat(x)
	case interface{ EnumInt() int64 }:
		return x.EnumInt() // an IntEnum member is an int
	}
	panic(TypeError("%d format: a real number is required, not " + TypeName(v)))
}

func toFloat(v any) float64 {
	switch x := v.(type) {
	case float64:
		return x
	case int64:
		return float64(x)
	case bool:
		return float64(BoolToInt(x))
	case interface{ EnumInt() int64 }:
		return float64(x.EnumInt())
	}
	panic(TypeError("must be real number, not " + TypeName(v)))
}

// percentIntPrec is an integer conversion with a precision: the digits
// are zero-padded to at least prec of them ('%.3d' % 7 is '007'), then
// the 0x/0o prefix (with #), the sign and the width apply as without one.
func percentIntPrec(n int64, conv byte, prec, sign, alt, zero, width string, left bool) string {
	u := uint64(n)
	if n < 0 {
		u = -u
	}
	base := 10
	switch conv {
	case 'x', 'X':
		base = 16
	case 'o':
		base = 8
	}
	digits := strconv.FormatUint(u, base)
	if conv == 'X' {
		digits = strings.ToUpper(digits)
	}
	if p, _ := strconv.Atoi(prec); p > len(digits) {
		digits = strings.Repeat("0", p-len(digits)) + digits
	}
	head := ""
	switch {
	case n < 0:
		head = "-"
	case sign != "":
		head = sign
	}
	if alt != "" && conv != 'd' {
		head += "0" + string(conv)
	}
	w, _ := strconv.Atoi(width)
	pad := w - len(head) - len(digits)
	switch {
	case pad <= 0:
		return head + digits
	case left:
		return head + digits + strings.Repeat(" ", pad)
	case zero != "":
		return head + strings.Repeat("0", pad) + digits
	}
	return strings.Repeat(" ", pad) + head + digits
}
