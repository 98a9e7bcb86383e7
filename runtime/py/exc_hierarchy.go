package py

// The rest of CPython 3.11's built-in exception hierarchy (exc.go holds
// the classes the runtime itself raises), and OSError's errno, strerror
// and filename attributes.

// More built-in exception classes with CPython's hierarchy.
var (
	// FloatingPointErrorClass is FloatingPointError.
	FloatingPointErrorClass = cls("FloatingPointError", ArithmeticErrorClass)
	// BufferErrorClass is BufferError.
	BufferErrorClass = cls("BufferError", ExceptionClass)
	// ImportErrorClass is ImportError.
	ImportErrorClass = cls("ImportError", ExceptionClass)
	// ModuleNotFoundErrorClass is ModuleNotFoundError.
	ModuleNotFoundErrorClass = cls("ModuleNotFoundError", ImportErrorClass)
	// ReferenceErrorClass is ReferenceError.
	ReferenceErrorClass = cls("ReferenceError", ExceptionClass)
	// SystemErrorClass is SystemError.
	SystemErrorClass = cls("SystemError", ExceptionClass)
	// UnicodeTranslateErrorClass is UnicodeTranslateError.
	UnicodeTranslateErrorClass = cls("UnicodeTranslateError", UnicodeErrorClass)
	// BlockingIOErrorClass is BlockingIOError.
	BlockingIOErrorClass = cls("BlockingIOError", OSErrorClass)
	// ChildProcessErrorClass is ChildProcessError.
	ChildProcessErrorClass = cls("ChildProcessError", OSErrorClass)
	// FileExistsErrorClass is FileExistsError.
	FileExistsErrorClass = cls("FileExistsError", OSErrorClass)
	// FileNotFoundErrorClass is FileNotFoundError.
	FileNotFoundErrorClass = cls("FileNotFoundError", OSErrorClass)
	// InterruptedErrorClass is InterruptedError.
	InterruptedErrorClass = cls("InterruptedError", OSErrorClass)
	// IsADirectoryErrorClass is IsADirectoryError.
	IsADirectoryErrorClass = cls("IsADirectoryError", OSErrorClass)
	// NotADirectoryErrorClass is NotADirectoryError.
	NotADirectoryErrorClass = cls("NotADirectoryError", OSErrorClass)
	// PermissionErrorClass is PermissionError.
	PermissionErrorClass = cls("PermissionError", OSErrorClass)
	// ProcessLookupErrorClass is ProcessLookupError.
	ProcessLookupErrorClass = cls("ProcessLookupError", OSErrorClass)
	// SyntaxErrorClass is SyntaxError.
	SyntaxErrorClass = cls("SyntaxError", ExceptionClass)
	// IndentationErrorClass is IndentationError.
	IndentationErrorClass = cls("IndentationError", SyntaxErrorClass)
	// TabErrorClass is TabError.
	TabErrorClass = cls("TabError", IndentationErrorClass)
	// WarningClass is Warning.
	WarningClass = cls("Warning", ExceptionClass)
	// UserWarningClass is UserWarning.
	UserWarningClass = cls("UserWarning", WarningClass)
	// DeprecationWarningClass is DeprecationWarning.
	DeprecationWarningClass = cls("DeprecationWarning", WarningClass)
	// PendingDeprecationWarningClass is PendingDeprecationWarning.
	PendingDeprecationWarningClass = cls("PendingDeprecationWarning", WarningClass)
	// SyntaxWarningClass is SyntaxWarning.
	SyntaxWarningClass = cls("SyntaxWarning", WarningClass)
	// RuntimeWarningClass is RuntimeWarning.
	RuntimeWarningClass = cls("RuntimeWarning", WarningClass)
	// FutureWarningClass is FutureWarning.
	FutureWarningClass = cls("FutureWarning", WarningClass)
	// ImportWarningClass is ImportWarning.
	ImportWarningClass = cls("ImportWarning", WarningClass)
	// UnicodeWarningClass is UnicodeWarning.
	UnicodeWarningClass = cls("UnicodeWarning", WarningClass)
	// BytesWarningClass is BytesWarning.
	BytesWarningClass = cls("BytesWarning", WarningClass)
	// ResourceWarningClass is ResourceWarning.
	ResourceWarningClass = cls("ResourceWarning", WarningClass)
	// EncodingWarningClass is EncodingWarning.
	EncodingWarningClass = cls("EncodingWarning", WarningClass)
)

// errnoClasses maps the errno values for which CPython's OSError(errno,
// strerror) constructs a subclass (Linux numbering).
var errnoClasses = map[int64]*Class{
	1: PermissionErrorClass, 13: PermissionErrorClass, // EPERM, EACCES
	2:   FileNotFoundErrorClass,      // ENOENT
	3:   ProcessLookupErrorClass,     // ESRCH
	4:   InterruptedErrorClass,       // EINTR
	10:  ChildProcessErrorClass,      // ECHILD
	11:  BlockingIOErrorClass,        // EAGAIN, EWOULDBLOCK
	114: BlockingIOErrorClass,        // EALREADY
	115: BlockingIOErrorClass,        // EINPROGRESS
	17:  FileExistsErrorClass,        // EEXIST
	20:  NotADirectoryErrorClass,     // ENOTDIR
	21:  IsADirectoryErrorClass,      // EISDIR
	32:  BrokenPipeErrorClass,        // EPIPE
	108: BrokenPipeErrorClass,        // ESHUTDOWN
	103: ConnectionAbortedErrorClass, // ECONNABORTED
	111: ConnectionRefusedErrorClass, // ECONNREFUSED
	104: ConnectionResetErrorClass,   // ECONNRESET
	110: TimeoutErrorClass,           // ETIMEDOUT
}

// OSInfo holds the attributes OSError.__init__ derives from two to five
// arguments: errno, strerror, filename and filename2.
type OSInfo struct {
	Errno, Strerror, Filename, Filename2 any
}

// initOSError applies OSError.__init__(*args) to e when e's class derives
// from OSError: with 2 to 5 arguments it records errno, strerror and the
// filenames, and args keeps only (errno, strerror) when a filename is
// given. A plain OSError whose errno CPython maps to a subclass becomes
// that subclass.
func initOSError(e *BaseException, args []any) {
	e.OS = nil
	if e.Class == nil || !e.Class.IsSubclassOf(OSErrorClass) || len(args) < 2 || len(args) > 5 {
		return
	}
	info := &OSInfo{Errno: args[0], Strerror: args[1], Filename: None, Filename2: None}
	if len(args) >= 3 {
		info.Filename = args[2]
	}
	if len(args) == 5 {
		info.Filename2 = args[4]
	}
	if len(args) >= 3 && !isNone(info.Filename) {
		e.Args = args[:2:2]
	}
	e.OS = info
	if e.Class == OSErrorClass {
		if n, ok := args[0].(int64); ok && errnoClasses[n] != nil {
			e.Class = errnoClasses[n]
		}
	}
}

func isNone(v any) bool {
	switch x := v.(type) {
	case nil, NoneType:
		return true
	case optional:
		return isNone(x.Any())
	}
	return false
}

// osStr is OSError.__str__ when errno and strerror are set (ok false
// otherwise: BaseException.__str__ applies).
func (e *BaseException) osStr() (string, bool) {
	o := e.OS
	if o == nil {
		return "", false
	}
	switch {
	case !isNone(o.Filename) && !isNone(o.Filename2):
		return "[Errno " + Str(o.Errno) + "] " + Str(o.Strerror) + ": " + Repr(o.Filename) + " -> " + Repr(o.Filename2), true
	case !isNone(o.Filename):
		return "[Errno " + Str(o.Errno) + "] " + Str(o.Strerror) + ": " + Repr(o.Filename), true
	case !isNone(o.Errno) && !isNone(o.Strerror):
		return "[Errno " + Str(o.Errno) + "] " + Str(o.Strerror), true
	}
	return "", false
}

// Errno returns OSError.errno (None unless constructed from 2 to 5 arguments).
func (e *BaseException) Errno() Opt[int64] {
	if e.OS != nil {
		if n, ok := e.OS.Errno.(int64); ok {
			return Some(n)
		}
	}
	return Opt[int64]{}
}

// Strerror returns OSError.strerror.
func (e *BaseException) Strerror() Opt[string] {
	if e.OS != nil {
		if s, ok := e.OS.Strerror.(string); ok {
			return Some(s)
		}
	}
	return Opt[string]{}
}

// Filename returns OSError.filename (None when not given).
func (e *BaseException) Filename() any {
	if e.OS != nil {
		return e.OS.Filename
	}
	return None
}

// Filename2 returns OSError.filename2 (None when not given).
func (e *BaseException) Filename2() any {
	if e.OS != nil {
		return e.OS.Filename2
	}
	return None
}

// IsSubclassAny is issubclass(c, (classes...)).
func IsSubclassAny(c *Class, classes ...*Class) bool {
	for _, o := range classes {
		if c.IsSubclassOf(o) {
			return true
		}
	}
	return false
}

// TupleClasses returns the classes of a tuple of exception classes (a
// fixed-length tuple or a VarTuple of *Class): the second argument of
// issubclass/isinstance or an except clause given as a variable.
func TupleClasses(t interface{ Items() []any }) []*Class {
	items := t.Items()
	out := make([]*Class, len(items))
	for i, x := range items {
		out[i] = x.(*Class)
	}
	return out
}
