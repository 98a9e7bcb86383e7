package py

// CM is typing.ContextManager[T] (contextlib's AbstractContextManager[T]):
// any context manager whose __enter__ gives a T. GenCM implements it;
// other managers are adapted by CMOf.
type CM[T any] interface {
	// Enter is __enter__: it gives the value bound by as.
	Enter() T
	// Exit is __exit__ with the exception leaving the block (nil on a
	// normal exit); it reports whether the exception is suppressed.
	Exit(exc Exception) bool
}

// CMOf adapts a context manager given by its enter and exit operations
// (bound to the manager) to CM.
func CMOf[T any](enter func() T, exit func(Exception) bool) CM[T] {
	return &cmFuncs[T]{enter, exit}
}

type cmFuncs[T any] struct {
	enter func() T
	exit  func(Exception) bool
}

func (m *cmFuncs[T]) Enter() T                { return m.enter() }
func (m *cmFuncs[T]) Exit(exc Exception) bool { return m.exit(exc) }
