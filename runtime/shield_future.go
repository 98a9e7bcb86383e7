package runtime

// ShieldFuture is asyncio.shield(aw) typed as typeshed types it: a
// Future[T]. A coroutine becomes a task; a new future follows its outcome,
// and cancelling that future does not cancel aw. An already finished
// future is returned as is (as CPython does); an already finished task is
// followed by a finished future with the same outcome.
func ShieldFuture[T any](loop *Loop, aw Awaitable[T]) *Future[T] {
	inner := ensureFuture(loopOrCurrent(loop), aw)
	ic := inner.fcore()
	if f, ok := inner.(*Future[T]); ok && ic.state != statePending {
		return f
	}
	s := &shieldOp[T]{inner: inner}
	s.loop = ic.loop
	if ic.state != statePending {
		s.run()
		return &s.Future
	}
	s.onOut.s = s
	ic.addCB(s)
	s.addCB(&s.onOut)
	return &s.Future
}
