package py

import (
	"errors"
	"testing"
)

func TestExceptionStrRepr(t *testing.T) {
	eg := NewExceptionGroup("msg", []Exception{ValueError("a"), TypeError("b")})
	cases := []struct {
		e          Exception
		repr, str  string
		formatOnly string
	}{
		{ValueError("bad"), "ValueError('bad')", "bad", "ValueError: bad\n"},
		{NewExc(ValueErrorClass), "ValueError()", "", "ValueError\n"},
		{NewExc(ValueErrorClass, "a", int64(1)), "ValueError('a', 1)", "('a', 1)", "ValueError: ('a', 1)\n"},
		{KeyError("k"), "KeyError('k')", "'k'", "KeyError: 'k'\n"},
		{NewExc(KeyErrorClass), "KeyError()", "", "KeyError\n"},
		{NewExc(KeyErrorClass, "a", "b"), "KeyError('a', 'b')", "('a', 'b')", "KeyError: ('a', 'b')\n"},
		{eg, "ExceptionGroup('msg', [ValueError('a'), TypeError('b')])", "msg (2 sub-exceptions)", "ExceptionGroup: msg (2 sub-exceptions)\n"},
		{NewExceptionGroup("one", []Exception{ValueError("x")}), "ExceptionGroup('one', [ValueError('x')])", "one (1 sub-exception)", "ExceptionGroup: one (1 sub-exception)\n"},
		{StopIteration(int64(5)), "StopIteration(5)", "5", "StopIteration: 5\n"},
		{NewExc(OverflowErrorClass, int64(34), "Numerical result out of range"), "OverflowError(34, 'Numerical result out of range')", "(34, 'Numerical result out of range')", "OverflowError: (34, 'Numerical result out of range')\n"},
		{NewExc(ConnectionResetErrorClass, int64(104), "Connection reset by peer"), "ConnectionResetError(104, 'Connection reset by peer')", "[Errno 104] Connection reset by peer", "ConnectionResetError: [Errno 104] Connection reset by peer\n"},
		{NewExc(TimeoutErrorClass), "TimeoutError()", "", "TimeoutError\n"},
		{NewExc(CancelledErrorClass), "CancelledError()", "", "asyncio.exceptions.CancelledError\n"},
		{AssertionError("total was 9"), "AssertionError('total was 9')", "total was 9", "AssertionError: total was 9\n"},
		{NewExc(NewClass("MyError", ExceptionClass), "boom"), "MyError('boom')", "boom", "MyError: boom\n"},
	}
	for _, c := range cases {
		if got := Repr(c.e); got != c.repr {
			t.Errorf("repr = %s, want %s", got, c.repr)
		}
		if got := Str(c.e); got != c.str {
			t.Errorf("str = %q, want %q", got, c.str)
		}
		if got := c.e.Error(); got != c.str {
			t.Errorf("Error() = %q, want %q", got, c.str)
		}
		if got := FormatExceptionOnly(c.e); got != c.formatOnly {
			t.Errorf("format = %q, want %q", got, c.formatOnly)
		}
	}
	if eg.Exc().Message != "msg" || len(eg.Exceptions) != 2 || Repr(eg.Args[1]) != "[ValueError('a'), TypeError('b')]" {
		t.Error("exception group fields")
	}
}

func TestExceptionHierarchy(t *testing.T) {
	checks := []struct {
		c, base *Class
		want    bool
	}{
		{ZeroDivisionErrorClass, ArithmeticErrorClass, true},
		{ZeroDivisionErrorClass, ExceptionClass, true},
		{KeyErrorClass, LookupErrorClass, true},
		{IndexErrorClass, KeyErrorClass, false},
		{CancelledErrorClass, ExceptionClass, false},
		{CancelledErrorClass, BaseExceptionClass, true},
		{TimeoutErrorClass, OSErrorClass, true},
		{BrokenPipeErrorClass, ConnectionErrorClass, true},
		{ExceptionGroupClass, ExceptionClass, true},
		{ExceptionGroupClass, BaseExceptionGroupClass, true},
		{BaseExceptionGroupClass, ExceptionClass, false},
		{RecursionErrorClass, RuntimeErrorClass, true},
		{UnicodeDecodeErrorClass, ValueErrorClass, true},
		{InvalidStateErrorClass, ExceptionClass, true},
		{GeneratorExitClass, ExceptionClass, false},
	}
	for _, c := range checks {
		if got := c.c.IsSubclassOf(c.base); got != c.want {
			t.Errorf("%s subclass of %s = %v", c.c.Name, c.base.Name, got)
		}
	}
	eg := NewExceptionGroup("m", []Exception{NewExc(CancelledErrorClass)})
	if eg.Class != BaseExceptionGroupClass {
		t.Error("BaseExceptionGroup expected")
	}
}

type userErr struct {
	*BaseException
	Code int64
}

func TestAsException(t *testing.T) {
	conv := func(f func()) (e Exception) {
		defer func() { e = AsException(recover()) }()
		f()
		return nil
	}
	var xs []int
	i := 3
	if e := conv(func() { _ = xs[i] }); !IsInstance(e, IndexErrorClass) {
		t.Error("index", e)
	}
	zero := 0
	if e := conv(func() { _ = i / zero }); !IsInstance(e, ZeroDivisionErrorClass) {
		t.Error("zdiv", e)
	}
	u := &userErr{BaseException: NewExc(NewClass("AppError", ExceptionClass), "x"), Code: 3}
	if e := conv(func() { Raise(u) }); e != Exception(u) || Repr(e) != "AppError('x')" {
		t.Error("user exception passthrough", e)
	}
	defer func() {
		if r := recover(); r == nil {
			t.Error("non-exception should re-panic")
		}
	}()
	conv(func() { panic(errors.New("plain")) })
}
