package runtime

// Deferred is a coroutine object whose body is f: f runs when the
// awaitable is first stepped, as a coroutine's code runs only once it is
// awaited. It stands for the explicit __aenter__()/__aexit__() calls of
// the runtime's context managers (await lock.__aenter__()).
func Deferred[T any](f func() Awaitable[T]) Awaitable[T] { return &deferred[T]{f: f} }

type deferred[T any] struct {
	f func() Awaitable[T]
	a Awaitable[T]
}

// Step implements Awaitable.
func (d *deferred[T]) Step(tc *TaskCore) bool {
	if d.a == nil {
		f := d.f
		d.f = nil
		d.a = f()
	}
	return d.a.Step(tc)
}

// Result implements Awaitable.
func (d *deferred[T]) Result() T { return d.a.Result() }
