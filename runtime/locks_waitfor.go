package runtime

// CondWaitForValOp is `await cond.wait_for(predicate)` for a predicate
// returning a value of any type T: wait() until truth(predicate()) holds;
// the result is the predicate's last value (as CPython returns it).
type CondWaitForValOp[T any] struct {
	wait   CondWaitOp
	pred   func() T
	truth  func(T) bool
	result T
	st     uint8
}

// CondWaitForVal returns a new operation for `await cond.wait_for(pred)`.
func CondWaitForVal[T any](c *Condition, pred func() T, truth func(T) bool) *CondWaitForValOp[T] {
	o := &CondWaitForValOp[T]{}
	o.Init(c, pred, truth)
	return o
}

// Init prepares the op to wait on c until truth(pred()) holds.
func (o *CondWaitForValOp[T]) Init(c *Condition, pred func() T, truth func(T) bool) {
	o.wait.c = c
	o.pred = pred
	o.truth = truth
	o.st = opInit
}

// Step implements Awaitable.
func (o *CondWaitForValOp[T]) Step(tc *TaskCore) bool {
	switch o.st {
	case opInit:
		o.result = o.pred()
		if o.truth(o.result) {
			o.st = opDone
			return true
		}
		o.wait.Init(o.wait.c)
		o.st = opWaiting
	case opWaiting:
	default:
		return true
	}
	for {
		done, e := o.wait.step(tc)
		if e != nil {
			o.st = opDone
			panic(e)
		}
		if !done {
			return false
		}
		o.result = o.pred()
		if o.truth(o.result) {
			o.st = opDone
			return true
		}
		o.wait.Init(o.wait.c)
	}
}

// Result implements Awaitable: the final value of the predicate.
func (o *CondWaitForValOp[T]) Result() T { return o.result }

// ResultAny implements AnyAwaitable.
func (o *CondWaitForValOp[T]) ResultAny() any { return o.result }
