package ir

// The passes.
//
// The driver runs the pipeline in this order, each stage reading only what
// the one before produced:
//
//	parse -> check -> Lower -> RunPasses -> codegen
//
// Lower builds every function (CFG, liveness) and verifies it; RunPasses
// runs Passes in order over the whole program and verifies every function
// after each. The passes only annotate the IR (fields of Program, Func and
// Await); none writes into the checker's Info, and the code generator
// decides nothing they decided.

import (
	"fmt"
	"os"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
)

// A Pass is a whole-program pass over the lowered program.
type Pass struct {
	Name string
	Run  func(p *Program)
}

// Passes are the passes RunPasses runs, in order: each may read what the
// ones before it computed.
var Passes = []Pass{
	{"no-suspend", func(p *Program) { p.NoSuspend = NoSuspendPass(p.Top, p.extern) }},
	{"await-kinds", AwaitKindsPass},
	{"frame-reuse", FrameReusePass},
}

// RunPasses runs Passes over p, verifying the program after each. An error
// is a compiler bug (an invariant the verifier found broken).
func RunPasses(p *Program) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if os.Getenv("AIOGO_DEBUG") != "" {
				panic(r) // keep the stack for compiler developers
			}
			err = fmt.Errorf("internal compiler error: %v", r)
		}
	}()
	for _, ps := range Passes {
		ps.Run(p)
		p.Ran = append(p.Ran, ps.Name)
		if err := p.Verify(); err != nil {
			return fmt.Errorf("internal compiler error: after the %s pass: %v", ps.Name, err)
		}
	}
	return nil
}

// ran reports whether the pass named name has run over p.
func (p *Program) ran(name string) bool {
	for _, n := range p.Ran {
		if n == name {
			return true
		}
	}
	return false
}

// AwaitKind says how an await holds what it awaits while suspended.
type AwaitKind uint8

// The kinds of awaits (AwaitKindsPass, FrameReusePass).
const (
	// AwaitUnknown: not classified yet.
	AwaitUnknown AwaitKind = iota
	// AwaitIface holds any awaitable as an rt.Awaitable[T] in a frame slot.
	AwaitIface
	// AwaitFrame holds the concrete frame of a directly called coroutine
	// (Await.Callee) in a frame slot of its own.
	AwaitFrame
	// AwaitSleep is asyncio.sleep(d): the frame's embedded sleep operation.
	AwaitSleep
	// AwaitOp is a runtime operation of a synchronisation primitive or a
	// queue embedded in the frame (Await.Op).
	AwaitOp
	// AwaitDirect calls a never-suspending coroutine (Await.Callee) as a
	// plain function: no slot, no suspension.
	AwaitDirect
	// AwaitReuse recycles the frame of Await.Callee kept in a slot of the
	// caller's frame (FrameReusePass).
	AwaitReuse
)

var awaitKindNames = [...]string{"unknown", "iface", "frame", "sleep", "op", "direct", "reuse"}

func (k AwaitKind) String() string {
	if int(k) < len(awaitKindNames) {
		return awaitKindNames[k]
	}
	return fmt.Sprintf("AwaitKind(%d)", int(k))
}

// SyncOp is the runtime operation an AwaitOp await embeds in its frame.
type SyncOp uint8

// The embedded operations.
const (
	OpNone        SyncOp = iota
	OpLockAcquire        // Lock.acquire(); async with lock
	OpCondAcquire        // Condition.acquire(); async with cond
	OpSemAcquire         // (Bounded)Semaphore.acquire(); async with sem
	OpEventWait          // Event.wait()
	OpCondWait           // Condition.wait()
	OpCondWaitFor        // Condition.wait_for(predicate)
	OpQueueGet           // Queue.get()
	OpQueuePut           // Queue.put(item)
	OpQueueJoin          // Queue.join()
	OpStreamRead         // StreamReader.read/readline/readexactly/readuntil
	OpStreamDrain        // StreamWriter.drain()
)

// AwaitKindsPass classifies every await of the program (Await.Kind, and
// Await.Callee or Await.Op where the kind has one). It runs after the
// never-suspending coroutines are known.
func AwaitKindsPass(p *Program) {
	for _, f := range p.Funcs {
		for _, b := range f.Blocks {
			if a, ok := b.Term.(*Await); ok {
				a.Kind, a.Callee, a.Op = p.awaitKind(f, a)
			}
		}
	}
}

func (p *Program) awaitKind(f *Func, a *Await) (AwaitKind, *Func, SyncOp) {
	if op := f.syncOp(a); op != OpNone {
		return AwaitOp, nil, op
	}
	if a.CM != nil {
		return AwaitIface, nil, OpNone
	}
	call, ok := a.Value.(*ast.Call)
	if !ok {
		return AwaitIface, nil, OpNone
	}
	if _, subst := f.Subst[a.Value]; subst {
		return AwaitIface, nil, OpNone
	}
	if _, spread := f.info.SpreadOnce[call]; spread {
		// await f(*items): the call made through its spread temporary
		// (codegen's spreadOnceCall), its items counted first.
		return AwaitIface, nil, OpNone
	}
	if len(AwaitFinalizedArgs(f.info, call)) > 0 {
		return AwaitIface, nil, OpNone // codegen wraps it: runtime.FinalizeArgsAfter
	}
	if bf, ok := f.info.Types[call.Func].(*check.BuiltinFunc); ok && bf.Name == "asyncio.sleep" && len(call.Args) == 1 && len(call.Keywords) == 0 {
		return AwaitSleep, nil, OpNone
	}
	if fi := f.DirectCoroutine(call); fi != nil {
		callee := p.Funcs[fi]
		switch {
		case p.NoSuspend[fi] && callee != nil:
			return AwaitDirect, callee, OpNone
		case callee != nil:
			return AwaitFrame, callee, OpNone
		}
	}
	return AwaitIface, nil, OpNone
}

// syncOp returns the runtime operation an await of a primitive's waiting
// method, or of the __aenter__ of a primitive, embeds (OpNone: none).
func (f *Func) syncOp(a *Await) SyncOp {
	if a.CM != nil {
		if a.CMOp != CMEnter || a.CM.Mgr == nil {
			return OpNone
		}
		switch a.CM.Mgr.Type {
		case check.LockType:
			return OpLockAcquire
		case check.ConditionType:
			return OpCondAcquire
		case check.SemaphoreType, check.BoundedSemaphoreType:
			return OpSemAcquire
		}
		return OpNone
	}
	call, ok := a.Value.(*ast.Call)
	if !ok {
		return OpNone
	}
	if _, subst := f.Subst[a.Value]; subst {
		return OpNone
	}
	if at, ok := call.Func.(*ast.Attribute); !ok || f.info.UnionAttrs[at] != nil {
		return OpNone // a method of a union: its call switches on the member (codegen)
	}
	bm, ok := f.info.Types[call.Func].(*check.BoundMethod)
	if !ok || bm.Method != nil {
		return OpNone
	}
	switch t := bm.Recv.(type) {
	case *check.Opaque:
		switch {
		case bm.Name == "acquire" && t == check.LockType:
			return OpLockAcquire
		case bm.Name == "acquire" && t == check.ConditionType:
			return OpCondAcquire
		case bm.Name == "acquire" && (t == check.SemaphoreType || t == check.BoundedSemaphoreType):
			return OpSemAcquire
		case bm.Name == "wait" && t == check.EventType:
			return OpEventWait
		case bm.Name == "wait" && t == check.ConditionType:
			return OpCondWait
		case bm.Name == "wait_for" && t == check.ConditionType:
			return OpCondWaitFor
		case t == check.StreamReaderType && len(call.Keywords) == 0 && streamReads[bm.Name]:
			return OpStreamRead
		case bm.Name == "drain" && t == check.StreamWriterType:
			return OpStreamDrain
		}
	case *check.Queue:
		switch bm.Name {
		case "get":
			return OpQueueGet
		case "put":
			return OpQueuePut
		case "join":
			return OpQueueJoin
		}
	}
	return OpNone
}

// streamReads are the StreamReader methods whose operation an await
// embeds (OpStreamRead).
var streamReads = map[string]bool{"read": true, "readline": true, "readexactly": true, "readuntil": true}

// Frame reuse.
//
// `await f(x)` of a known coroutine keeps f's frame in a slot of the
// caller's frame, one slot per callee (a frame awaits one thing at a
// time). When the await site runs again (in a loop, or when the caller's
// own frame is reused), the finished callee frame is reset in place
// instead of allocating a new one, so a steady stream of awaits allocates
// nothing. The reset keeps the callee's own reuse slots, so a whole chain
// of frames is recycled. A frame can be reused only if nothing else refers
// to it once it finishes: its function must create no closures (they
// would capture the frame).

// FrameReusePass marks the functions whose frames may be recycled
// (Func.Reusable), turns the AwaitFrame awaits of their calls into
// AwaitReuse and lists, per function, the callees whose frames it keeps
// (Func.ReuseSlots). It runs after AwaitKindsPass.
func FrameReusePass(p *Program) {
	for _, f := range p.Funcs {
		f.Reusable = f.Info.IsAsync && !f.Info.IsGen && len(f.Nested) == 0 && len(f.Lambdas) == 0
	}
	for _, f := range p.Funcs {
		f.ReuseSlots = nil
		seen := map[*Func]bool{}
		for _, b := range f.Blocks {
			a, ok := b.Term.(*Await)
			if !ok || a.Kind != AwaitFrame || !a.Callee.Reusable {
				continue
			}
			a.Kind = AwaitReuse
			if !seen[a.Callee] {
				seen[a.Callee] = true
				f.ReuseSlots = append(f.ReuseSlots, a.Callee)
			}
		}
	}
}

// verifyPasses checks what the passes that ran over p established.
func (p *Program) verifyPasses(f *Func) error {
	kinds := p.ran("await-kinds")
	for _, b := range f.Blocks {
		a, ok := b.Term.(*Await)
		if !ok || !kinds {
			continue
		}
		switch a.Kind {
		case AwaitUnknown:
			return f.verr(b, "await %d not classified", a.ID)
		case AwaitFrame, AwaitDirect, AwaitReuse:
			if a.Callee == nil || p.Funcs[a.Callee.Info] != a.Callee {
				return f.verr(b, "%s await %d without a callee of the program", a.Kind, a.ID)
			}
			if (a.Kind == AwaitDirect) != p.NoSuspend[a.Callee.Info] {
				return f.verr(b, "%s await %d of %s (never suspends: %v)", a.Kind, a.ID, a.Callee.Info.Name, p.NoSuspend[a.Callee.Info])
			}
			if a.Kind == AwaitReuse && !(a.Callee.Reusable && f.reuses(a.Callee)) {
				return f.verr(b, "reuse await %d of %s without its slot", a.ID, a.Callee.Info.Name)
			}
			if a.Kind == AwaitFrame && p.ran("frame-reuse") && a.Callee.Reusable {
				return f.verr(b, "frame await %d of reusable %s", a.ID, a.Callee.Info.Name)
			}
		case AwaitOp:
			if a.Op == OpNone {
				return f.verr(b, "op await %d without an operation", a.ID)
			}
		}
		if (a.Kind == AwaitOp) != (a.Op != OpNone) {
			return f.verr(b, "%s await %d with operation %d", a.Kind, a.ID, a.Op)
		}
	}
	return nil
}

func (f *Func) reuses(callee *Func) bool {
	for _, c := range f.ReuseSlots {
		if c == callee {
			return true
		}
	}
	return false
}
