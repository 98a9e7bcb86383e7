package py

// Exception groups: construction, split/subgroup/derive, and the
// bookkeeping of try/except* (PEP 654 as CPython 3.11 implements it).

// anySeq is a list or tuple of exceptions (the exceptions argument of a
// group), read item by item as values of type any.
type anySeq interface {
	seqLen() int
	seqAt(i int) any
}

// anys returns the items of s.
func anys(s anySeq) []any {
	out := make([]any, s.seqLen())
	for i := range out {
		out[i] = s.seqAt(i)
	}
	return out
}

// initGroup applies BaseExceptionGroup.__new__(cls, message, exceptions)
// to e when e's class is an exception group class.
func initGroup(e *BaseException, args []any) {
	if e.Class == nil || !e.Class.IsSubclassOf(BaseExceptionGroupClass) {
		return
	}
	if len(args) != 2 {
		panic(TypeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + StrInt(int64(len(args))) + " given)"))
	}
	msg, ok := args[0].(string)
	if !ok {
		panic(TypeError("argument 1 must be str, not " + TypeName(args[0])))
	}
	var items []any
	switch s := args[1].(type) {
	case anySeq:
		items = anys(s)
	case []Exception:
		for _, x := range s {
			items = append(items, x)
		}
	default:
		panic(TypeError("second argument (exceptions) must be a sequence"))
	}
	if len(items) == 0 {
		panic(ValueError("second argument (exceptions) must be a non-empty sequence"))
	}
	excs := make([]Exception, len(items))
	allExc := true
	for i, it := range items {
		x, ok := it.(Exception)
		if !ok {
			panic(ValueError("Item " + StrInt(int64(i)) + " of second argument (exceptions) is not an exception"))
		}
		excs[i] = x
		if !x.Exc().IsInstance(ExceptionClass) {
			allExc = false
		}
	}
	switch {
	case e.Class == BaseExceptionGroupClass && allExc:
		e.Class = ExceptionGroupClass
	case e.Class.IsSubclassOf(ExceptionGroupClass) && !allExc:
		panic(TypeError("Cannot nest BaseExceptions in an ExceptionGroup"))
	}
	e.Message, e.Exceptions = msg, excs
}

// derive is BaseExceptionGroup.derive(excs) followed by the copy of
// __cause__, __context__ and the traceback that split and subgroup do.
func (e *BaseException) derive(excs []Exception) *BaseException {
	l := NewList[Exception](excs...)
	d := &BaseException{Class: ExceptionGroupClass, Args: []any{e.Message, l}, Message: e.Message, Exceptions: excs}
	for _, x := range excs {
		if !x.Exc().IsInstance(ExceptionClass) {
			d.Class = BaseExceptionGroupClass
		}
	}
	d.Cause, d.Context, d.SuppressContext = e.Cause, e.Context, e.SuppressContext
	d.Traceback = e.Traceback
	return d
}

// Derive is eg.derive(excs): a group of the same message holding excs.
func Derive(eg Exception, excs anySeq) Exception {
	d := &BaseException{Class: BaseExceptionGroupClass, Args: []any{eg.Exc().Message, excs}}
	initGroup(d, d.Args)
	return d
}

// SplitOpt converts the result of split to a pair of optional groups.
func SplitOpt(t Tuple2[Exception, Exception]) Tuple2[Opt[Exception], Opt[Exception]] {
	return Tuple2[Opt[Exception], Opt[Exception]]{ExcOpt(t.F0), ExcOpt(t.F1)}
}

// splitBy splits e by pred the way BaseExceptionGroup.split does: the
// whole group when it matches itself, else a recursive partition of its
// leaves keeping the nesting. Either result may be nil.
func splitBy(e Exception, pred func(Exception) bool) (match, rest Exception) {
	if pred(e) {
		return e, nil
	}
	be := e.Exc()
	if be.Class == nil || !be.Class.IsSubclassOf(BaseExceptionGroupClass) {
		return nil, e
	}
	var ms, rs []Exception
	same := true // every child matched as a whole
	for _, x := range be.Exceptions {
		m, r := splitBy(x, pred)
		if m != nil {
			ms = append(ms, m)
		}
		if r != nil {
			rs = append(rs, r)
		}
		same = same && m == x
	}
	if same {
		return e, nil
	}
	if len(ms) == 0 {
		return nil, e
	}
	if len(ms) > 0 {
		match = be.derive(ms)
	}
	if len(rs) > 0 {
		rest = be.derive(rs)
	}
	return match, rest
}

func classPred(classes []*Class) func(Exception) bool {
	return func(x Exception) bool {
		for _, c := range classes {
			if x.Exc().IsInstance(c) {
				return true
			}
		}
		return false
	}
}

// SplitClasses is eg.split(C) or eg.split((C, D)).
func SplitClasses(eg Exception, classes ...*Class) Tuple2[Exception, Exception] {
	m, r := splitBy(eg, classPred(classes))
	return Tuple2[Exception, Exception]{m, r}
}

// SplitFunc is eg.split(predicate).
func SplitFunc[E Exception](eg Exception, pred func(E) bool) Tuple2[Exception, Exception] {
	m, r := splitBy(eg, predOf(pred))
	return Tuple2[Exception, Exception]{m, r}
}

// SubgroupClasses is eg.subgroup(C) or eg.subgroup((C, D)).
func SubgroupClasses(eg Exception, classes ...*Class) Exception {
	m, _ := splitBy(eg, classPred(classes))
	return m
}

// SubgroupFunc is eg.subgroup(predicate).
func SubgroupFunc[E Exception](eg Exception, pred func(E) bool) Exception {
	m, _ := splitBy(eg, predOf(pred))
	return m
}

func predOf[E Exception](pred func(E) bool) func(Exception) bool {
	return func(x Exception) bool {
		v, ok := x.(E)
		if !ok {
			if o, ok2 := x.Exc().Outer().(E); ok2 {
				v, ok = o, true
			}
		}
		return ok && pred(v)
	}
}

// StarBegin starts the dispatch of try/except*: a naked exception is
// wrapped into ExceptionGroup("", (e,)) for matching.
func StarBegin(e Exception) Exception {
	be := e.Exc()
	if be.Class != nil && be.Class.IsSubclassOf(BaseExceptionGroupClass) {
		return e
	}
	g := &starGroup{naked: e}
	g.Class = ExceptionGroupClass
	if !be.IsInstance(ExceptionClass) {
		g.Class = BaseExceptionGroupClass
	}
	g.Args = []any{"", MakeTuple1[Exception](e)}
	g.Exceptions = []Exception{e}
	g.Traceback = be.Traceback
	g.Self = g
	return g
}

// starGroup is the group StarBegin wraps a naked exception in; an
// exception no clause handles propagates unwrapped.
type starGroup struct {
	BaseException
	naked Exception
}

// StarSplit is one except* clause: it splits rest by classes and returns
// the part that matches (nil: the clause does not run) and what is left.
func StarSplit(rest Exception, classes ...*Class) (match, left Exception) {
	if rest == nil {
		return nil, nil
	}
	return splitBy(rest, classPred(classes))
}

// StarAdd records the exception x that escaped the except* handler which
// ran for match: collected holds what was raised so far (nil at first).
func StarAdd(collected, x, match Exception) Exception {
	c, _ := collected.(*starRaised)
	if c == nil {
		c = &starRaised{BaseException: BaseException{Class: BaseExceptionGroupClass}}
	}
	if x == match {
		c.reraised = append(c.reraised, x)
	} else {
		c.raised = append(c.raised, x)
	}
	return c
}

// starRaised carries, between the handlers of a try/except*, the
// exceptions they raised (new ones, and re-raised matches).
type starRaised struct {
	BaseException
	raised, reraised []Exception
}

// StarEnd ends a try/except*: orig is the group being dispatched (from
// StarBegin), rest what no clause matched, collected what the handlers
// raised (StarAdd). It returns the exception to raise, or nil.
func StarEnd(orig, rest, collected Exception) Exception {
	c, _ := collected.(*starRaised)
	var keep []Exception // leaves re-raised or unhandled, projected onto orig
	if rest != nil {
		keep = append(keep, rest)
	}
	var raised []Exception
	if c != nil {
		keep = append(keep, c.reraised...)
		raised = c.raised
	}
	if len(raised) == 0 && rest != nil && (c == nil || len(c.reraised) == 0) {
		if n, ok := orig.(*starGroup); ok {
			return n.naked // nothing matched a naked exception: it goes on as it was
		}
	}
	var kept Exception
	if len(keep) > 0 {
		leaves := map[Exception]bool{}
		for _, k := range keep {
			collectLeaves(k, leaves)
		}
		kept, _ = splitBy(orig, func(x Exception) bool {
			if x.Exc().Class != nil && x.Exc().Class.IsSubclassOf(BaseExceptionGroupClass) {
				return false
			}
			return leaves[x]
		})
	}
	if len(raised) == 0 {
		return kept
	}
	if _, ok := orig.(*starGroup); ok {
		// A naked exception: one clause at most ran, and what it raised
		// goes on unwrapped (CPython's _PyExc_PrepReraiseStar).
		return raised[0]
	}
	all := append([]Exception{}, raised...)
	if kept != nil {
		all = append(all, kept)
	}
	if len(all) == 1 {
		return all[0] // one new exception and nothing left: raised as it is
	}
	return NewExceptionGroup("", all)
}

func collectLeaves(e Exception, into map[Exception]bool) {
	be := e.Exc()
	if be.Class != nil && be.Class.IsSubclassOf(BaseExceptionGroupClass) {
		for _, x := range be.Exceptions {
			collectLeaves(x, into)
		}
		return
	}
	into[e] = true
}
