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
		clear(l.V[:n])
		l.V = l.V[n:]
	}
}

// trimBack drops elements from the right beyond a deque's maxlen.
func trimBack[T any](l *List[T]) {
	if l.dq == nil || l.dq.maxlen < 0 {
		return
	}
	if int64(len(l.V)) > l.dq.maxlen {
		clear(l.V[l.dq.maxlen:])
		l.V = l.V[:l.dq.maxlen]
	}
}

// DequeAppendLeft implements deque.appendleft(x) (dropping from the right
// at maxlen).
func DequeAppendLeft[T any](l *List[T], v T) {
	var zero T
	l.V = append(l.V, zero)
	copy(l.V[1:], l.V)
	l.V[0] = v
	trimBack(l)
}

// DequePopLeft implements deque.popleft() (IndexError when empty).
func DequePopLeft[T any](l *List[T]) T {
	if len(l.V) == 0 {
		panic(IndexError("pop from an empty deque"))
	}
	v := l.V[0]
	var zero T
	l.V[0] = zero
	l.V = l.V[1:]
	return v
}

// DequeExtendLeft implements deque.extendleft(iterable): each element
// appended on the left in turn (so they end up reversed).
func DequeExtendLeft[T any](l *List[T], xs []T) {
	for _, x := range xs {
		DequeAppendLeft(l, x)
	}
}

// ListExtendSlice implements list.extend(iterable) and
// deque.extend(iterable) (the iterable collected into a slice).
func ListExtendSlice[T any](l *List[T], xs []T) {
	if l.ba {
		checkBytes(xs)
	}
	l.V = append(l.V, xs...)
	l.trimFront()
}

// DequeRotate implements deque.rotate(n): n steps to the right (left when
// negative).
func DequeRotate[T any](l *List[T], n int64) {
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

// DequeMaxLen implements deque.maxlen (None when unbounded).
func DequeMaxLen[T any](l *List[T]) Opt[int64] {
	if l.dq == nil || l.dq.maxlen < 0 {
		return Opt[int64]{}
	}
	return Opt[int64]{V: l.dq.maxlen, Ok: true}
}

// reprTail ends the repr of a deque after its elements: the maxlen, when
// bounded, and the closing parenthesis.
func (d *dequeExt) reprTail(b *strings.Builder) {
	if d.maxlen >= 0 {
		b.WriteString(", maxlen=")
		b.WriteString(StrInt(d.maxlen))
	}
	b.WriteString(")")
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
