package ir

// The lowered program.
//
// Lower is the middle of the pipeline the driver runs:
//
//	parse -> check -> Lower -> RunPasses (passes.go) -> codegen
//
// Build lowers one function, runs liveness and verifies it; Lower lowers
// them all. RunPasses then runs the whole-program passes, verifying every
// function after each. The code generator only reads what they produced.

import (
	"fmt"
	"os"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
)

// Program is a lowered module.
type Program struct {
	Info *check.Info
	// Top are the module-level functions, in source order.
	Top []*Func
	// Methods are the methods of user classes, class by class.
	Methods []*Func
	// Module is the module body, run as a function.
	Module *Func
	// Funcs maps every checked function (nested ones and lambdas
	// included) to its lowering.
	Funcs map[*check.FuncInfo]*Func
	// NoSuspend marks the coroutines that can never suspend (see
	// NoSuspendPass).
	NoSuspend map[*check.FuncInfo]bool
	// Names is the naming the program was lowered with (the code
	// generator reads it back to name the rest alike).
	Names Namer
	// Ran lists the stages that produced the program, in order: "lower",
	// then the names of the Passes that have run.
	Ran []string
	// extern reports the functions implemented outside the language (nil:
	// none).
	extern func(*check.FuncInfo) bool
}

// Namer gives lowered functions their Go names (the code generator owns
// the naming scheme).
type Namer interface {
	// FuncName names a module-level function.
	FuncName(fi *check.FuncInfo) string
	// MethodName names the function implementing method name of cls.
	MethodName(cls *check.Class, name string) string
}

// ExternNamer is a Namer that also knows the functions implemented
// outside the language (Go functions a def names with `# aiogo:go`):
// their bodies are placeholders, so they are never taken as
// never-suspending.
type ExternNamer interface {
	Namer
	// Extern reports whether fi is implemented outside the language.
	Extern(fi *check.FuncInfo) bool
}

// Lower lowers every function of a checked module and verifies them; the
// passes (RunPasses) come next. An error is a compiler bug (an invariant
// the verifier found broken).
func Lower(m *ast.Module, info *check.Info, names Namer) (p *Program, err error) {
	defer func() {
		if r := recover(); r != nil {
			if os.Getenv("AIOGO_DEBUG") != "" {
				panic(r) // keep the stack for compiler developers
			}
			p, err = nil, fmt.Errorf("internal compiler error: %v", r)
		}
	}()
	p = &Program{Info: info, Names: names, Funcs: map[*check.FuncInfo]*Func{}}
	for _, fi := range info.TopFuncs {
		f := Build(info, fi, names.FuncName(fi))
		p.register(f)
		p.Top = append(p.Top, f)
	}
	for _, cls := range info.ClassList {
		for _, name := range cls.Order {
			d := cls.Methods[name].Def.(*ast.FuncDef)
			f := Build(info, info.Funcs[d], names.MethodName(cls, name))
			p.register(f)
			p.Methods = append(p.Methods, f)
		}
	}
	p.Module = BuildModule(info, info.Body)
	p.register(p.Module)
	if en, ok := names.(ExternNamer); ok {
		p.extern = en.Extern
	}
	p.Ran = []string{"lower"}
	if err := p.Verify(); err != nil {
		return nil, fmt.Errorf("internal compiler error: after lowering: %v", err)
	}
	return p, nil
}

// LowerAll is Lower followed by RunPasses: the lowered program ready for
// the code generator.
func LowerAll(m *ast.Module, info *check.Info, names Namer) (*Program, error) {
	p, err := Lower(m, info, names)
	if err != nil {
		return nil, err
	}
	if err := RunPasses(p); err != nil {
		return nil, err
	}
	return p, nil
}

// Complete reports whether every stage has produced p: lowering and all
// the Passes, in order.
func (p *Program) Complete() bool {
	if len(p.Ran) != len(Passes)+1 || p.Ran[0] != "lower" {
		return false
	}
	for i, ps := range Passes {
		if p.Ran[i+1] != ps.Name {
			return false
		}
	}
	return true
}

func (p *Program) register(f *Func) {
	p.Funcs[f.Info] = f
	for _, n := range f.Nested {
		p.register(n)
	}
	for _, l := range f.Lambdas {
		p.register(l)
	}
}

// Verify verifies every function of the program and what the passes that
// ran established.
func (p *Program) Verify() error {
	for _, f := range p.Funcs {
		if err := f.Verify(); err != nil {
			return err
		}
		if err := p.verifyPasses(f); err != nil {
			return err
		}
	}
	return nil
}

// Never-suspending coroutines.
//
// A coroutine whose every await is a direct call of a coroutine that
// itself never suspends (recursively: fib awaiting fib) can never give
// control back to the loop. CPython runs such an await chain without a
// loop pass, and a pending cancellation is only delivered at a real
// suspension point, so the code generator may compile the body as a plain
// function (codegen/nosuspend.go).

// NoSuspendPass computes the never-suspending coroutines among the given
// (module-level) ones by fixpoint: start from all of them and drop any
// that awaits something other than a direct call of a remaining candidate.
// Functions extern reports (nil: none) are implemented outside the
// language and never candidates.
func NoSuspendPass(fs []*Func, extern func(*check.FuncInfo) bool) map[*check.FuncInfo]bool {
	nosusp := map[*check.FuncInfo]bool{}
	for _, f := range fs {
		if f.Info.IsAsync && !f.Info.IsGen && !f.Suspends() && (extern == nil || !extern(f.Info)) {
			nosusp[f.Info] = true
		}
	}
	for changed := true; changed; {
		changed = false
		for _, f := range fs {
			if !nosusp[f.Info] {
				continue
			}
			for _, b := range f.Blocks {
				a, ok := b.Term.(*Await)
				if !ok {
					continue
				}
				if fi := f.AwaitedDirect(a); fi == nil || !nosusp[fi] {
					delete(nosusp, f.Info)
					changed = true
					break
				}
			}
		}
	}
	return nosusp
}

// AwaitedDirect returns the coroutine an await of f directly calls (await
// g(...) of a module-level, undecorated async def g), if any.
func (f *Func) AwaitedDirect(a *Await) *check.FuncInfo {
	call, ok := a.Value.(*ast.Call)
	if !ok {
		return nil
	}
	if _, subst := f.Subst[a.Value]; subst {
		return nil
	}
	return f.DirectCoroutine(call)
}

// DirectCoroutine returns the coroutine function a call in f statically
// targets (a module-level, undecorated async def), or nil.
func (f *Func) DirectCoroutine(call *ast.Call) *check.FuncInfo {
	fn, ok := call.Func.(*ast.Name)
	if !ok {
		return nil
	}
	if _, subst := f.Subst[fn]; subst {
		return nil
	}
	sym := f.info.Uses[fn]
	if sym != nil && sym.Kind == check.SymFunc && sym.Func.IsAsync && sym.Func.Decorated == nil {
		return sym.Func
	}
	return nil
}
