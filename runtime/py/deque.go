package py

import "strings"

// dequeExt makes a List a collections.deque.
type dequeExt struct {
	maxlen int64 // -1: unbounded
}

// NewDeque returns a deque of the elements xs (copied), keeping only the
// last maxlen of them when maxlen is given.
func NewDeque[T any](xs []T, maxlen Opt[int64]) *List[T] {
	if maxlen.Ok && maxlen.V < 0 {
		panic(ValueError("maxlen must be non-negative"))
	}
	l := &List[T]{dq: &dequeExt{maxlen: -1}}
	if maxlen.Ok {
		l.dq.maxlen = maxlen.V
	}
	for _, x := range xs {
		l.Append(x)
	}
	return l
}

// trimFront drops elements from the left beyond a deque's maxlen.
func (l *List[T]) trimFront() {
	if l.dq == nil || l.dq.maxlen < 0 {
		return
	}
	if n := int64(len(l.V)) - l.dq.maxlen; n > 0 {
		var zero T
		for i := int64(0); i < n; i++ {
			l.V[i] = zero
		}
		l.V = l.V[n:]
	}
}

// trimBack drops elements from the right beyond a deque's maxlen.
func (l *List[T]) trimBack() {
	if l.dq == nil || l.dq.maxlen < 0 {
		return
	}
	if n := int64(len(l.V)); n > l.dq.maxlen {
		var zero T
		for i := l.dq.maxlen; i < n; i++ {
			l.V[i] = zero
		}
		l.V = l.V[:l.dq.maxlen]
	}
}

// AppendLeft implements deque.appendleft(x) (dropping from the right at
// maxlen).
func (l *List[T]) AppendLeft(v T) {
	var zero T
	l.V = append(l.V, zero)
	copy(l.V[1:], l.V)
	l.V[0] = v
	l.trimBack()
}

// PopLeft implements deque.popleft() (IndexError when empty).
func (l *List[T]) PopLeft() T {
	if len(l.V) == 0 {
		panic(IndexError("pop from an empty deque"))
	}
	v := l.V[0]
	var zero T
	l.V[0] = zero
	l.V = l.V[1:]
	return v
}

// ExtendLeft implements deque.extendleft(iterable): each element appended
// on the left in turn (so they end up reversed).
func (l *List[T]) ExtendLeft(xs []T) {
	for _, x := range xs {
		l.AppendLeft(x)
	}
}

// ExtendSlice implements list.extend(iterable) and deque.extend(iterable)
// (the iterable collected into a slice).
func (l *List[T]) ExtendSlice(xs []T) {
	if l.ba {
		checkBytes(xs)
	}
	l.V = append(l.V, xs...)
	l.trimFront()
}

// Rotate implements deque.rotate(n): n steps to the right (left when
// negative).
func (l *List[T]) Rotate(n int64) {
	size := int64(len(l.V))
	if size <= 1 {
		return
	}
	n %= size
	if n < 0 {
		n += size
	}
	if n == 0 {
		return
	}
	tmp := make([]T, size)
	copy(tmp, l.V[size-n:])
	copy(tmp[n:], l.V[:size-n])
	copy(l.V, tmp)
}

// MaxLen implements deque.maxlen (None when unbounded).
func (l *List[T]) MaxLen() Opt[int64] {
	if l.dq == nil || l.dq.maxlen < 0 {
		return Opt[int64]{}
	}
	return Opt[int64]{V: l.dq.maxlen, Ok: true}
}

// dequeRepr writes the repr of a deque; ok is false for a list.
func (l *List[T]) dequeRepr(b *strings.Builder) bool {
	if l.dq == nil {
		return false
	}
	b.WriteString("deque([")
	seqReprTo(b, l.V)
	b.WriteString("]")
	if l.dq.maxlen >= 0 {
		b.WriteString(", maxlen=")
		reprTo(b, l.dq.maxlen)
	}
	b.WriteString(")")
	return true
}

// kind names the sequence in error messages.
func (l *List[T]) kind() string {
	if l.dq != nil {
		return "deque"
	}
	if l.ba {
		return "bytearray"
	}
	return "list"
}
