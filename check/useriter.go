package check

// User classes as iterables: a class whose __iter__ returns an iterator (a
// class with __next__, an Iterator[T] or a generator) can be looped over,
// unpacked into list(), sorted(), sum() and comprehensions, as in CPython.

// UserIter describes iteration over an instance of a user class.
type UserIter struct {
	Iter Type // what __iter__ returns
	Elem Type // what each step yields
}

// UserIterOf returns how instances of cls are iterated, or nil if cls has
// no usable __iter__.
func UserIterOf(cls *Class) *UserIter {
	if cls == nil || cls.Builtin || cls.IsExc {
		return nil
	}
	it := cls.LookupMethod("__iter__")
	if it == nil || it.IsAsync || len(it.Sig.Params) != 0 {
		return nil
	}
	switch r := it.Sig.Ret.(type) {
	case *Class:
		nx := r.LookupMethod("__next__")
		if nx == nil || nx.IsAsync || len(nx.Sig.Params) != 0 || nx.Sig.Ret == nil || nx.Sig.Ret == None {
			return nil
		}
		return &UserIter{Iter: r, Elem: nx.Sig.Ret}
	case *Iterator:
		return &UserIter{Iter: r, Elem: r.Elem}
	case *Generator:
		if !r.Async {
			return &UserIter{Iter: r, Elem: r.Yield}
		}
	}
	return nil
}

// userIterContains types `x in obj` (x of type lt) for an instance of a
// user class with __iter__ and no __contains__: CPython iterates and
// compares. It returns the element type, nil if the class is not iterable
// or x cannot equal an element without a conversion the test cannot make.
func (c *checker) userIterContains(cls *Class, lt Type) Type {
	ui := UserIterOf(cls)
	if ui == nil || ui.Elem == nil {
		return nil
	}
	if !c.probe(func() bool { return c.assignableType(lt, ui.Elem) }) {
		return nil
	}
	return ui.Elem
}
