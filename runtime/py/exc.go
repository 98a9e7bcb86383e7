package py

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"
)

// Class describes a Python exception (or other) class for isinstance checks.
type Class struct {
	Name string
	// Qual is the __qualname__ of a class nested in another (Outer.Inner),
	// "" when it is Name.
	Qual   string
	Base   *Class
	Module string // defining module for tracebacks ("" or "builtins" and "__main__" print bare)
	Base2  *Class // optional second base (ExceptionGroup derives from Exception too)
	// New makes an instance of a generated exception class as calling the
	// class does (nil for built-in classes; see Instantiate).
	New func(args ...any) Exception
	// Ops is the class object of a generated class used as a run-time
	// value (cls in a class method, a type[C] variable): a value of the
	// generated interface through which code constructs instances of the
	// class, reads its class attributes and calls its class methods.
	Ops any
	// Attrs holds the class attributes bound in this class that generated
	// code looks up at run time (ClassAttr): those a store may bind in a
	// subclass.
	Attrs map[string]any
}

// ClassAttr reads class attribute name through class c: the value bound
// in c or else in its nearest base, as CPython's lookup along the MRO.
func ClassAttr[T any](c *Class, name string) T {
	for k := c; k != nil; k = k.Base {
		if v, ok := k.Attrs[name]; ok {
			return v.(T)
		}
	}
	panic(AttributeError("type object '" + c.Name + "' has no attribute '" + name + "'"))
}

// SetClassAttr binds class attribute name in class c (C.name = v).
func SetClassAttr(c *Class, name string, v any) {
	if c.Attrs == nil {
		c.Attrs = map[string]any{}
	}
	c.Attrs[name] = v
}

// Construct calls the exception class cls held as a value
// (cls(*args) with cls: type[Exception]).
func Construct(cls *Class, args ...any) Exception {
	if cls.New != nil {
		return cls.New(args...)
	}
	return NewExc(cls, args...)
}

// ArgsError is the TypeError of calling a generated class object with
// arguments its __init__ does not take (Class.New).
func ArgsError(name string, want, got int) *BaseException {
	return TypeError(fmt.Sprintf("%s.__init__() takes %d positional arguments but %d were given", name, want+1, got+1))
}

// IsSubclassOf reports whether c is o or derives from o.
func (c *Class) IsSubclassOf(o *Class) bool {
	for k := c; k != nil; k = k.Base {
		if k == o {
			return true
		}
		if k.Base2 != nil && k.Base2.IsSubclassOf(o) {
			return true
		}
	}
	return false
}

// QualName returns the name as CPython's traceback prints it
// (module-qualified unless the module is builtins or __main__).
func (c *Class) QualName() string {
	if c.Module == "" || c.Module == "builtins" || c.Module == "__main__" {
		return c.QualNameAttr()
	}
	return c.Module + "." + c.QualNameAttr()
}

// QualNameAttr is the class's __qualname__.
func (c *Class) QualNameAttr() string {
	if c.Qual != "" {
		return c.Qual
	}
	return c.Name
}

// TypeQualName is type(v).__qualname__: the class of an exception or of a
// user instance may be nested (Outer.Inner); other values answer TypeName.
func TypeQualName(v any) string {
	if e, ok := v.(Exception); ok && e.Exc().Class != nil {
		return e.Exc().Class.QualNameAttr()
	}
	if q, ok := unwrapOpt(v).(interface{ PyQualName() string }); ok {
		return q.PyQualName() // an instance of a nested user class
	}
	return TypeName(v)
}

// NewClassQual is NewClass for a class nested in another: qual is its
// __qualname__ (Outer.Inner), which tracebacks print.
func NewClassQual(name, qual string, base *Class) *Class {
	c := NewClass(name, base)
	c.Qual = qual
	return c
}

// NewClass creates a class with the given name and base (for user exception classes).
func NewClass(name string, base *Class) *Class {
	return &Class{Name: name, Base: base, Module: "__main__"}
}

// Frame is one traceback entry.
type Frame struct {
	File string
	Func string
	Line int
}

// Exception is implemented by every Python exception value (the panic values
// of generated code).
type Exception interface {
	error
	Exc() *BaseException
}

// BaseException is the state shared by all Python exceptions.
type BaseException struct {
	Class           *Class
	Args            []any     // e.args
	Cause, Context  Exception // __cause__, __context__
	SuppressContext bool      // __suppress_context__
	Traceback       []Frame   // filled as the exception propagates
	Message         string    // ExceptionGroup.message
	Exceptions      []Exception
	// notes is __notes__ (nil until add_note).
	notes *List[string]
	// newArgs reports Args still set by the constructor from its
	// parameters (BaseException.__new__'s positional arguments, trimmed
	// by the call to those it passed): BaseException.__init__ (SetArgs)
	// replaces them.
	newArgs bool
	// OS holds errno, strerror and the filenames of an OSError built from
	// 2 to 5 arguments (see initOSError); nil otherwise.
	OS *OSInfo
	// Self is the outermost value wrapping this BaseException (a user
	// exception struct embedding it); nil means the BaseException itself.
	Self Exception
	// tbSegs are program counters recorded by RecordTraceback and not
	// resolved into Traceback yet; tbFunc is the Go function of the last
	// Traceback entry (see Frames).
	tbSegs [][]uintptr
	tbFunc string
	// keepCtx makes the next Chain leave the context as it is (see
	// KeepContext).
	keepCtx bool
}

// KeepContext marks e, about to be raised with its __context__ set
// explicitly (ExitStack.__exit__ re-raising a callback's exception with
// its fixed context), so that the next implicit chaining (the with
// statement handling another exception) leaves that context alone.
func (e *BaseException) KeepContext() { e.keepCtx = true }

// Exc returns e itself.
func (e *BaseException) Exc() *BaseException { return e }

// Outer returns the full exception value (Self when set).
func (e *BaseException) Outer() Exception {
	if e.Self != nil {
		return e.Self
	}
	return e
}

// Error returns str(e).
func (e *BaseException) Error() string { return e.PyStr() }

// PyStr returns str(e) following CPython's BaseException.__str__.
func (e *BaseException) PyStr() string {
	if e.Class != nil && (e.Class.IsSubclassOf(BaseExceptionGroupClass)) {
		n := len(e.Exceptions)
		if n == 1 {
			return e.Message + " (1 sub-exception)"
		}
		return e.Message + " (" + strconv.Itoa(n) + " sub-exceptions)"
	}
	if s, ok := e.osStr(); ok {
		return s
	}
	if e.Message != "" && len(e.Args) == 5 && e.Class != nil && e.Class.IsSubclassOf(UnicodeErrorClass) {
		return e.Message // UnicodeEncodeError/UnicodeDecodeError(encoding, object, start, end, reason)
	}
	switch len(e.Args) {
	case 0:
		return ""
	case 1:
		if e.Class != nil && e.Class.IsSubclassOf(KeyErrorClass) {
			return Repr(e.Args[0])
		}
		return Str(e.Args[0])
	}
	return argsRepr(e.Args)
}

func argsRepr(args []any) string {
	var b strings.Builder
	b.WriteByte('(')
	for i, a := range args {
		if i > 0 {
			b.WriteString(", ")
		}
		reprTo(&b, a)
	}
	if len(args) == 1 {
		b.WriteByte(',')
	}
	b.WriteByte(')')
	return b.String()
}

// PyRepr writes repr(e), e.g. ValueError('bad').
func (e *BaseException) PyRepr(b *strings.Builder) {
	b.WriteString(e.ClassName())
	if e.Class != nil && e.Class.IsSubclassOf(BaseExceptionGroupClass) && len(e.Args) == 0 {
		b.WriteByte('(')
		reprTo(b, e.Message)
		b.WriteString(", [")
		for i, x := range e.Exceptions {
			if i > 0 {
				b.WriteString(", ")
			}
			reprTo(b, x)
		}
		b.WriteString("])")
		return
	}
	if len(e.Args) == 1 {
		b.WriteByte('(')
		reprTo(b, e.Args[0])
		b.WriteByte(')')
		return
	}
	b.WriteString(argsRepr(e.Args))
}

// ClassName returns the class name ("Exception" when unset).
func (e *BaseException) ClassName() string {
	if e.Class == nil {
		return "Exception"
	}
	return e.Class.Name
}

// IsInstance reports whether e is an instance of cls.
func (e *BaseException) IsInstance(cls *Class) bool {
	return e.Class != nil && e.Class.IsSubclassOf(cls)
}

// Value returns StopIteration.value (args[0] or None).
func (e *BaseException) Value() any {
	if len(e.Args) == 0 {
		return None
	}
	return e.Args[0]
}

// AddNote is add_note(note): it appends note to __notes__ (PEP 678).
func (e *BaseException) AddNote(note string) {
	if e.notes == nil {
		e.notes = NewList[string]()
	}
	e.notes.Append(note)
}

// Notes is __notes__: the list add_note fills; AttributeError before the
// first note.
func (e *BaseException) Notes() *List[string] {
	if e.notes == nil {
		panic(AttributeError("'" + e.Class.Name + "' object has no attribute '__notes__'"))
	}
	return e.notes
}

// NoteLines returns the lines tracebacks print after the exception's own
// line: each note split at newlines (traceback.format_exception_only).
func (e *BaseException) NoteLines() []string {
	if e.notes == nil {
		return nil
	}
	var out []string
	for _, n := range e.notes.V {
		out = append(out, strings.Split(n, "\n")...)
	}
	return out
}

// Code is SystemExit.code: None without arguments, the argument, or the
// tuple of the arguments when there are several.
func (e *BaseException) Code() any {
	switch len(e.Args) {
	case 0:
		return None
	case 1:
		return e.Args[0]
	}
	return TupleOf(e.Args)
}

// IsInstance reports whether the exception e is an instance of cls.
func IsInstance(e Exception, cls *Class) bool {
	if e == nil {
		return false
	}
	return e.Exc().IsInstance(cls)
}

// NewExc creates an exception of class cls with the given args.
func NewExc(cls *Class, args ...any) *BaseException {
	e := &BaseException{Class: cls, Args: args}
	initOSError(e, args)
	initGroup(e, args) // exc_groups.go
	initUnicodeError(e, args)
	return e
}

// initUnicodeError gives UnicodeDecodeError(encoding, object, start, end,
// reason) and UnicodeEncodeError(...) made by a program the str CPython's
// __str__ computes from the arguments.
func initUnicodeError(e *BaseException, args []any) {
	if len(args) != 5 || e.Class == nil || !e.Class.IsSubclassOf(UnicodeErrorClass) {
		return
	}
	enc, ok1 := args[0].(string)
	start, ok2 := args[2].(int64)
	end, ok3 := args[3].(int64)
	reason, ok4 := args[4].(string)
	if !ok1 || !ok2 || !ok3 || !ok4 {
		return
	}
	s, en := start, end // CPython's __str__ does not clamp them
	switch obj := args[1].(type) {
	case Bytes:
		if !e.Class.IsSubclassOf(UnicodeDecodeErrorClass) {
			return
		}
		if s >= 0 && s < int64(len(obj)) && en == s+1 {
			c := obj[s]
			e.Message = "'" + enc + "' codec can't decode byte 0x" + string(hexdigits[c>>4]) + string(hexdigits[c&15]) +
				" in position " + StrInt(s) + ": " + reason
		} else {
			e.Message = "'" + enc + "' codec can't decode bytes in position " + StrInt(s) + "-" + StrInt(en-1) + ": " + reason
		}
	case string:
		if !e.Class.IsSubclassOf(UnicodeEncodeErrorClass) {
			return
		}
		rs := []rune(obj)
		if s >= 0 && s < int64(len(rs)) && en == s+1 {
			e.Message = "'" + enc + "' codec can't encode character " + escapeChar(rs[s]) + " in position " + StrInt(s) + ": " + reason
		} else {
			e.Message = "'" + enc + "' codec can't encode characters in position " + StrInt(s) + "-" + StrInt(en-1) + ": " + reason
		}
	}
}

// Instantiate is what `raise C` (and throw(C), set_exception(C)) does with
// an exception class: it calls C(). A generated class makes an instance of
// its own Go type, so that `except C as e` can use it as a C.
func Instantiate(cls *Class) Exception {
	if cls.New != nil {
		return cls.New()
	}
	return NewExc(cls)
}

// NewExceptionGroup creates ExceptionGroup(msg, excs) (or BaseExceptionGroup
// when any member is not an Exception).
func NewExceptionGroup(msg string, excs []Exception) *BaseException {
	cls := ExceptionGroupClass
	for _, x := range excs {
		if !x.Exc().IsInstance(ExceptionClass) {
			cls = BaseExceptionGroupClass
		}
	}
	l := NewList[Exception](excs...)
	return &BaseException{Class: cls, Args: []any{msg, l}, Message: msg, Exceptions: excs}
}

// Raise panics with e (the way generated code raises a Python exception).
func Raise(e Exception) { panic(e) }

// FormatExceptionOnly returns the last line of a traceback for e,
// e.g. "ValueError: bad\n" or "asyncio.exceptions.CancelledError\n".
func FormatExceptionOnly(e Exception) string {
	be := e.Exc()
	name := "Exception"
	if be.Class != nil {
		name = be.Class.QualName()
	}
	s := e.Error()
	if s == "" {
		return name + "\n"
	}
	return name + ": " + s + "\n"
}

// AsException converts a recovered panic value into a Python exception: a
// py.Exception passes through, Go runtime errors become the closest Python
// exception; any other value is re-panicked.
func AsException(r any) Exception {
	switch x := r.(type) {
	case Exception:
		return x
	case runtime.Error:
		msg := x.Error()
		switch {
		case strings.Contains(msg, "index out of range"):
			return NewExc(IndexErrorClass, msg)
		case strings.Contains(msg, "integer divide by zero"):
			return NewExc(ZeroDivisionErrorClass, "integer division or modulo by zero")
		case strings.Contains(msg, "nil pointer"), strings.Contains(msg, "nil map"):
			return NewExc(AttributeErrorClass, "'NoneType' object has no attribute")
		case strings.Contains(msg, "stack overflow"), strings.Contains(msg, "goroutine stack exceeds"):
			return NewExc(RecursionErrorClass, "maximum recursion depth exceeded")
		}
		return NewExc(RuntimeErrorClass, msg)
	case error:
		if _, ok := x.(interface{ RuntimeError() }); ok {
			return NewExc(RuntimeErrorClass, x.Error())
		}
	}
	panic(r)
}

func cls(name string, base *Class) *Class { return &Class{Name: name, Base: base, Module: "builtins"} }

// Predefined exception classes with CPython's hierarchy.
var (
	// BaseExceptionClass is BaseException.
	BaseExceptionClass = cls("BaseException", nil)
	// ExceptionClass is Exception.
	ExceptionClass = cls("Exception", BaseExceptionClass)
	// ArithmeticErrorClass is ArithmeticError.
	ArithmeticErrorClass = cls("ArithmeticError", ExceptionClass)
	// ZeroDivisionErrorClass is ZeroDivisionError.
	ZeroDivisionErrorClass = cls("ZeroDivisionError", ArithmeticErrorClass)
	// OverflowErrorClass is OverflowError.
	OverflowErrorClass = cls("OverflowError", ArithmeticErrorClass)
	// LookupErrorClass is LookupError.
	LookupErrorClass = cls("LookupError", ExceptionClass)
	// KeyErrorClass is KeyError.
	KeyErrorClass = cls("KeyError", LookupErrorClass)
	// IndexErrorClass is IndexError.
	IndexErrorClass = cls("IndexError", LookupErrorClass)
	// ValueErrorClass is ValueError.
	ValueErrorClass = cls("ValueError", ExceptionClass)
	// UnicodeErrorClass is UnicodeError.
	UnicodeErrorClass = cls("UnicodeError", ValueErrorClass)
	// UnicodeDecodeErrorClass is UnicodeDecodeError.
	UnicodeDecodeErrorClass = cls("UnicodeDecodeError", UnicodeErrorClass)
	// UnicodeEncodeErrorClass is UnicodeEncodeError.
	UnicodeEncodeErrorClass = cls("UnicodeEncodeError", UnicodeErrorClass)
	// TypeErrorClass is TypeError.
	TypeErrorClass = cls("TypeError", ExceptionClass)
	// RuntimeErrorClass is RuntimeError.
	RuntimeErrorClass = cls("RuntimeError", ExceptionClass)
	// NotImplementedErrorClass is NotImplementedError.
	NotImplementedErrorClass = cls("NotImplementedError", RuntimeErrorClass)
	// RecursionErrorClass is RecursionError.
	RecursionErrorClass = cls("RecursionError", RuntimeErrorClass)
	// AssertionErrorClass is AssertionError.
	AssertionErrorClass = cls("AssertionError", ExceptionClass)
	// AttributeErrorClass is AttributeError.
	AttributeErrorClass = cls("AttributeError", ExceptionClass)
	// NameErrorClass is NameError.
	NameErrorClass = cls("NameError", ExceptionClass)
	// UnboundLocalErrorClass is UnboundLocalError.
	UnboundLocalErrorClass = cls("UnboundLocalError", NameErrorClass)
	// StopIterationClass is StopIteration.
	StopIterationClass = cls("StopIteration", ExceptionClass)
	// StopAsyncIterationClass is StopAsyncIteration.
	StopAsyncIterationClass = cls("StopAsyncIteration", ExceptionClass)
	// GeneratorExitClass is GeneratorExit.
	GeneratorExitClass = cls("GeneratorExit", BaseExceptionClass)
	// KeyboardInterruptClass is KeyboardInterrupt.
	KeyboardInterruptClass = cls("KeyboardInterrupt", BaseExceptionClass)
	// SystemExitClass is SystemExit.
	SystemExitClass = cls("SystemExit", BaseExceptionClass)
	// OSErrorClass is OSError.
	OSErrorClass = cls("OSError", ExceptionClass)
	// TimeoutErrorClass is TimeoutError (also asyncio.TimeoutError in 3.11).
	TimeoutErrorClass = cls("TimeoutError", OSErrorClass)
	// ConnectionErrorClass is ConnectionError.
	ConnectionErrorClass = cls("ConnectionError", OSErrorClass)
	// ConnectionResetErrorClass is ConnectionResetError.
	ConnectionResetErrorClass = cls("ConnectionResetError", ConnectionErrorClass)
	// ConnectionRefusedErrorClass is ConnectionRefusedError.
	ConnectionRefusedErrorClass = cls("ConnectionRefusedError", ConnectionErrorClass)
	// ConnectionAbortedErrorClass is ConnectionAbortedError.
	ConnectionAbortedErrorClass = cls("ConnectionAbortedError", ConnectionErrorClass)
	// BrokenPipeErrorClass is BrokenPipeError.
	BrokenPipeErrorClass = cls("BrokenPipeError", ConnectionErrorClass)
	// MemoryErrorClass is MemoryError.
	MemoryErrorClass = cls("MemoryError", ExceptionClass)
	// EOFErrorClass is EOFError.
	EOFErrorClass = cls("EOFError", ExceptionClass)
	// CancelledErrorClass is asyncio.CancelledError (derives from BaseException).
	CancelledErrorClass = &Class{Name: "CancelledError", Base: BaseExceptionClass, Module: "asyncio.exceptions"}
	// InvalidStateErrorClass is asyncio.InvalidStateError.
	InvalidStateErrorClass = &Class{Name: "InvalidStateError", Base: ExceptionClass, Module: "asyncio.exceptions"}
	// IncompleteReadErrorClass is asyncio.IncompleteReadError.
	IncompleteReadErrorClass = &Class{Name: "IncompleteReadError", Base: EOFErrorClass, Module: "asyncio.exceptions"}
	// LimitOverrunErrorClass is asyncio.LimitOverrunError.
	LimitOverrunErrorClass = &Class{Name: "LimitOverrunError", Base: ExceptionClass, Module: "asyncio.exceptions"}
	// QueueEmptyClass is asyncio.QueueEmpty.
	QueueEmptyClass = &Class{Name: "QueueEmpty", Base: ExceptionClass, Module: "asyncio.queues"}
	// QueueFullClass is asyncio.QueueFull.
	QueueFullClass = &Class{Name: "QueueFull", Base: ExceptionClass, Module: "asyncio.queues"}
	// BaseExceptionGroupClass is BaseExceptionGroup.
	BaseExceptionGroupClass = cls("BaseExceptionGroup", BaseExceptionClass)
	// ExceptionGroupClass is ExceptionGroup (derives from BaseExceptionGroup and Exception).
	ExceptionGroupClass = cls("ExceptionGroup", BaseExceptionGroupClass)
)

func init() {
	// ExceptionGroup inherits from both BaseExceptionGroup and Exception.
	ExceptionGroupClass.Base2 = ExceptionClass
}

// Convenience constructors. They are kept out of line (go:noinline): they
// run only when an exception is raised, and inlined into the functions
// that raise them they made those too costly for Go's inliner (list.Set,
// AddInt: one call per item store or int addition of generated code).

// ValueError returns ValueError(msg).
//
//go:noinline
func ValueError(msg string) *BaseException { return NewExc(ValueErrorClass, msg) }

// TypeError returns TypeError(msg).
//
//go:noinline
func TypeError(msg string) *BaseException { return NewExc(TypeErrorClass, msg) }

// KeyError returns KeyError(key).
//
//go:noinline
func KeyError(key any) *BaseException { return NewExc(KeyErrorClass, key) }

// IndexError returns IndexError(msg).
//
//go:noinline
func IndexError(msg string) *BaseException { return NewExc(IndexErrorClass, msg) }

// ZeroDivisionError returns ZeroDivisionError(msg).
//
//go:noinline
func ZeroDivisionError(msg string) *BaseException { return NewExc(ZeroDivisionErrorClass, msg) }

// OverflowError returns OverflowError(msg).
//
//go:noinline
func OverflowError(msg string) *BaseException { return NewExc(OverflowErrorClass, msg) }

// RuntimeError returns RuntimeError(msg).
//
//go:noinline
func RuntimeError(msg string) *BaseException { return NewExc(RuntimeErrorClass, msg) }

// AssertionError returns AssertionError(msg), or AssertionError() when msg is None.
func AssertionError(args ...any) *BaseException { return NewExc(AssertionErrorClass, args...) }

// AttributeError returns AttributeError(msg).
//
//go:noinline
func AttributeError(msg string) *BaseException { return NewExc(AttributeErrorClass, msg) }

// NotImplementedError returns NotImplementedError(args...).
func NotImplementedError(args ...any) *BaseException {
	return NewExc(NotImplementedErrorClass, args...)
}

// StopIteration returns StopIteration(value...).
func StopIteration(args ...any) *BaseException { return NewExc(StopIterationClass, args...) }

// Errorf returns an exception of class cls whose single arg is a formatted message.
func Errorf(cls *Class, format string, a ...any) *BaseException {
	return NewExc(cls, fmt.Sprintf(format, a...))
}

// AssertNever is typing.assert_never(v): it raises AssertionError with
// the repr of v (cut at 100 characters, as CPython does).
func AssertNever(v any) any {
	r := Repr(v)
	if len([]rune(r)) > 100 {
		r = string([]rune(r)[:100]) + "..."
	}
	panic(AssertionError("Expected code to be unreachable, but got: " + r))
}

// builtinTypes are the type names of values whose class lives in builtins.
var builtinTypes = map[string]bool{"int": true, "float": true, "str": true, "bool": true, "NoneType": true,
	"bytes": true, "bytearray": true, "list": true, "dict": true, "set": true, "frozenset": true, "tuple": true,
	"range": true, "slice": true, "dict_keys": true, "dict_values": true, "dict_items": true, "object": true,
	"odict_keys": true, "odict_values": true, "odict_items": true}

// typeModules are the modules of the asyncio classes type(v) may name.
var typeModules = map[string]string{"Task": "_asyncio", "Future": "_asyncio",
	"Queue": "asyncio.queues", "PriorityQueue": "asyncio.queues", "LifoQueue": "asyncio.queues",
	"Lock": "asyncio.locks", "Event": "asyncio.locks", "Condition": "asyncio.locks",
	"Semaphore": "asyncio.locks", "BoundedSemaphore": "asyncio.locks",
	"StreamReader": "asyncio.streams", "StreamWriter": "asyncio.streams", "TaskGroup": "asyncio.taskgroups",
	"Timeout": "asyncio.timeouts"}

// TypeObject is type(v) used as a value: v's class, which prints as
// CPython's <class 'int'>, <class '__main__.C'>.
func TypeObject(v any) *Class {
	if e, ok := v.(Exception); ok {
		return e.Exc().Class
	}
	name := TypeName(unwrapOpt(v))
	module := "__main__"
	switch {
	case builtinTypes[name]:
		module = "builtins"
	case typeModules[name] != "":
		module = typeModules[name]
	}
	// One object per class, as in CPython: type(a) == type(b), sets and
	// dicts of classes, list.index(type(x)) compare them by identity.
	typeObjectsMu.Lock()
	defer typeObjectsMu.Unlock()
	key := module + "." + name
	c := typeObjects[key]
	if c == nil {
		c = &Class{Name: name, Module: module}
		typeObjects[key] = c
	}
	return c
}

var (
	typeObjectsMu sync.Mutex
	typeObjects   = map[string]*Class{} // TypeObject's classes by module.name
)

// ClassOf is the class a stored type(v) value holds (TypeObject's result,
// or an exception class).
func ClassOf(v any) *Class {
	if c, ok := v.(*Class); ok {
		return c
	}
	return TypeObject(v)
}

// Exit is exit(code) and quit(code): it raises SystemExit(code), or
// SystemExit() when code is left out.
func Exit(code ...any) {
	panic(NewExc(SystemExitClass, code...))
}

// HasNotes is hasattr(e, "__notes__"): whether add_note was called.
func (e *BaseException) HasNotes() bool { return e.notes != nil }

// NotesOr is getattr(e, "__notes__", d): the notes, or d before the first.
func (e *BaseException) NotesOr(d *List[string]) *List[string] {
	if e.notes == nil {
		return d
	}
	return e.notes
}

// NoAttr is the AttributeError CPython raises reading attribute name,
// never assigned, of the instance o: 'C' object has no attribute 'name'.
func NoAttr(o any, name string) *BaseException {
	return AttributeError("'" + TypeName(o) + "' object has no attribute '" + name + "'")
}
