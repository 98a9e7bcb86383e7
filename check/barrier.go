package check

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/parser"
)

// asyncio.Barrier (Python 3.11) and asyncio.BrokenBarrierError. A module
// that uses them gets CPython's implementation (Lib/asyncio/locks.py,
// its state enum written as ints) as module-level classes, checked and
// compiled with the program: built on asyncio.Condition, it wakes and
// orders tasks exactly as CPython's does. asyncio.Barrier,
// asyncio.BrokenBarrierError and `from asyncio import Barrier` name them.

// barrierSrc is the implementation of Barrier (states: 0 filling,
// 1 draining, 2 resetting, 3 broken).
const barrierSrc = `import asyncio


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    def __init__(self, parties: int) -> None:
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = asyncio.Condition()
        self._parties = parties
        self._state = 0
        self._count = 0

    async def __aenter__(self) -> int:
        return await self.wait()

    async def __aexit__(self, *args: object) -> None:
        pass

    async def wait(self) -> int:
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    await self._release()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                self._exit()

    async def _block(self) -> None:
        await self._cond.wait_for(lambda: self._state != 1 and self._state != 2)
        if self._state == 3:
            raise BrokenBarrierError("Barrier aborted")

    async def _release(self) -> None:
        self._state = 1
        self._cond.notify_all()

    async def _wait(self) -> None:
        await self._cond.wait_for(lambda: self._state != 0)
        if self._state == 3 or self._state == 2:
            raise BrokenBarrierError("Abort or reset of barrier")

    def _exit(self) -> None:
        if self._count == 0:
            if self._state == 2 or self._state == 1:
                self._state = 0
            self._cond.notify_all()

    async def reset(self) -> None:
        async with self._cond:
            if self._count > 0:
                if self._state != 2:
                    self._state = 2
            else:
                self._state = 0
            self._cond.notify_all()

    async def abort(self) -> None:
        async with self._cond:
            self._state = 3
            self._cond.notify_all()

    @property
    def parties(self) -> int:
        return self._parties

    @property
    def n_waiting(self) -> int:
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self) -> bool:
        return self._state == 3
`

// barrierNames are the names the implementation defines.
var barrierNames = map[string]bool{"Barrier": true, "BrokenBarrierError": true}

// usesBarrier reports whether m names asyncio.Barrier or
// asyncio.BrokenBarrierError.
func usesBarrier(m *ast.Module) bool {
	found := false
	ast.Inspect(m, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.Attribute:
			if v, ok := x.Value.(*ast.Name); ok && v.ID == "asyncio" && barrierNames[x.Attr] {
				found = true
			}
		case *ast.ImportFrom:
			if x.Module == "asyncio" {
				for _, a := range x.Names {
					if barrierNames[a.Name] {
						found = true
					}
				}
			}
		}
		return !found
	})
	return found
}

// withBarrier adds the implementation of Barrier to a module that uses
// it (m itself is not changed).
func (c *checker) withBarrier(m *ast.Module) *ast.Module {
	if !usesBarrier(m) {
		return m
	}
	for _, st := range m.Body {
		var name string
		var pos ast.Pos
		switch s := st.(type) {
		case *ast.ClassDef:
			name, pos = s.Name, s.Pos
		case *ast.FuncDef:
			name, pos = s.Name, s.Pos
		}
		if barrierNames[name] {
			c.errorf(pos, "a module-level %s of its own in a program using asyncio.Barrier is outside the aiogo language", name)
			c.barrierRefused = true // its uses report nothing more
			return m
		}
	}
	pm, err := parser.ParseFile(barrierFile, []byte(barrierSrc))
	if err != nil {
		panic("check: asyncio.Barrier: " + err.Error())
	}
	c.barrier = true
	cp := *m
	cp.Body = append(pm.Body, m.Body...)
	return &cp
}

// barrierFile is the file name of the implementation's positions.
const barrierFile = "asyncio/locks.py"

// barrierClass is the class implementing asyncio.name (Barrier,
// BrokenBarrierError), or nil.
func (c *checker) barrierClass(name string) *Class {
	if !c.barrier || !barrierNames[name] {
		return nil
	}
	for _, cls := range c.info.ClassList {
		if cd, ok := cls.Def.(*ast.ClassDef); ok && cls.Name == name && cd.Pos.File == barrierFile {
			return cls
		}
	}
	return nil
}
