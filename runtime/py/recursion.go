package py

import "sync/atomic"

// RecursionLimit is CPython's default sys.getrecursionlimit().
const RecursionLimit = 1000

// depth counts the active frames of functions that can recurse (see
// codegen/recursion.go); RecursionBase approximates the frames CPython
// has below them (the module, or asyncio's machinery under a task).
var (
	depth         atomic.Int32
	RecursionBase atomic.Int32
)

func init() { RecursionBase.Store(1) }

// Enter counts a frame of a recursive function and raises RecursionError
// as CPython does when the limit would be exceeded.
func Enter() {
	if depth.Add(1)+RecursionBase.Load() > RecursionLimit {
		depth.Add(-1)
		panic(NewExc(RecursionErrorClass, "maximum recursion depth exceeded"))
	}
}

// Leave uncounts a frame counted by Enter.
func Leave() { depth.Add(-1) }

// EnterRepr counts the frame of a user __repr__ (or __str__, with what
// "str") and the level CPython's PyObject_Repr adds before calling it,
// which raises RecursionError "... while getting the repr of an object"
// when it is the one past the limit.
func EnterRepr(what string) {
	if depth.Add(1)+RecursionBase.Load() > RecursionLimit {
		depth.Add(-1)
		panic(NewExc(RecursionErrorClass, "maximum recursion depth exceeded while getting the "+what+" of an object"))
	}
	ok := false
	defer func() {
		if !ok {
			depth.Add(-1) // the frame's Enter raised: uncount the repr level too
		}
	}()
	Enter()
	ok = true
}

// LeaveRepr uncounts what EnterRepr counted.
func LeaveRepr() { depth.Add(-2) }

// Enter2 counts a frame and the level CPython's C code adds in front of
// it (the step of a generator expression that any, all, max or min
// consume); nothing stays counted when it raises.
func Enter2() {
	Enter()
	ok := false
	defer func() {
		if !ok {
			Leave()
		}
	}()
	Enter()
	ok = true
}

// Leave2 uncounts what Enter2 counted.
func Leave2() { depth.Add(-2) }
