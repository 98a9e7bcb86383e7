package runtime

// type(x).__name__ of the runtime's objects (py.TypeNamer), as CPython
// names their classes.

// PyTypeName implements py.TypeNamer.
func (*Lock) PyTypeName() string { return "Lock" }

// PyTypeName implements py.TypeNamer.
func (*Event) PyTypeName() string { return "Event" }

// PyTypeName implements py.TypeNamer.
func (*Condition) PyTypeName() string { return "Condition" }

// PyTypeName implements py.TypeNamer.
func (s *Semaphore) PyTypeName() string {
	if s.bound >= 0 {
		return "BoundedSemaphore"
	}
	return "Semaphore"
}

// PyTypeName implements py.TypeNamer.
func (q *Queue[T]) PyTypeName() string {
	switch q.kind {
	case kindLIFO:
		return "LifoQueue"
	case kindPriority:
		return "PriorityQueue"
	}
	return "Queue"
}

// PyTypeName implements py.TypeNamer.
func (f *Future[T]) PyTypeName() string {
	if f != nil && f.task != nil {
		return "Task"
	}
	return "Future"
}

// PyTypeName implements py.TypeNamer.
func (*TaskCore) PyTypeName() string { return "Task" }

// PyTypeName implements py.TypeNamer.
func (*Timeout) PyTypeName() string { return "Timeout" }

// PyTypeName implements py.TypeNamer.
func (*TaskGroup) PyTypeName() string { return "TaskGroup" }

// PyTypeName implements py.TypeNamer.
func (*AsyncGen[Y, S]) PyTypeName() string { return "async_generator" }

// PyTypeName implements py.TypeNamer.
func (*Handle) PyTypeName() string { return "Handle" }

// PyTypeName implements py.TypeNamer.
func (*TimerHandle) PyTypeName() string { return "TimerHandle" }

// PyTypeName implements py.TypeNamer: the class asyncio.run's loop has
// on Linux.
func (*Loop) PyTypeName() string { return "_UnixSelectorEventLoop" }

// PyTypeName implements py.TypeNamer.
func (*StreamReader) PyTypeName() string { return "StreamReader" }

// PyTypeName implements py.TypeNamer.
func (*StreamWriter) PyTypeName() string { return "StreamWriter" }
