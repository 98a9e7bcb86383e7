package check

import "github.com/aiogo/aiogo/ast"

// Lists of tasks of different result types ([create_task(none()),
// create_task(num(3))]) hold Task[Any] values (taskJoin: the runtime's
// type-erased task). mypy types them as tasks of the join of the results
// (Task[int | None]), and t.result() / await t as that join: a value
// passed where an int | None is declared. The Any of such a list is one
// AnyType value of its own whose join is recorded (Info.JoinedAny); the
// result read through it is narrowed to the join at run time, as a cast
// narrows (Info.Narrowed).

// joinedTask is the Task[Any] of a list of tasks of results a and b.
func (c *checker) joinedTask(a, b Type) Type {
	j := c.resultJoin(c.joinOf(a), c.joinOf(b))
	if j == nil || j == Object || mentionsFloat(j) {
		return &Task{&AnyType{"Any"}}
	}
	any1 := &AnyType{"Any"}
	c.info.JoinedAny[any1] = j
	return &Task{any1}
}

// joinOf is the join recorded for a joined Any, else t.
func (c *checker) joinOf(t Type) Type {
	if a, ok := t.(*AnyType); ok {
		if j := c.info.JoinedAny[a]; j != nil {
			return j
		}
		return Object
	}
	return t
}

// resultJoin is mypy's join of two result types: the same type, a type and
// None (its Optional), classes (their nearest common base); else object.
func (c *checker) resultJoin(a, b Type) Type {
	if a == Object || b == Object {
		return Object
	}
	switch {
	case Identical(a, b):
		return a
	case a == None || b == None:
		if j := c.join(a, b); j != nil {
			return j
		}
	}
	if _, ok := a.(*Class); ok {
		if _, ok := b.(*Class); ok {
			if j := c.join(a, b); j != nil {
				return j
			}
		}
	}
	return Object
}

// joinedResult is the type of the result read through a joined Any (the
// result of t.result() or await t), recording the narrowing of e; else r.
func (c *checker) joinedResult(r Type, e ast.Expr) Type {
	a, ok := r.(*AnyType)
	if !ok {
		return r
	}
	j := c.info.JoinedAny[a]
	if j == nil {
		return r
	}
	c.info.Narrowed[e] = a
	return j
}

// coroutinesJoin is the join of the coroutine types ts (the element type
// of a tuple of coroutines, as mypy joins them: Coroutine is covariant in
// its result), or nil when they are not all coroutines. The results join
// as resultJoin joins them: one type, T and None to T | None, classes to
// their nearest common base, anything else to object.
func coroutinesJoin(ts []Type) Type {
	var results []Type
	for _, t := range ts {
		co, ok := t.(*Coroutine)
		if !ok || co.Result == nil || isCoro(co.Result) {
			return nil
		}
		results = append(results, co.Result)
	}
	if len(results) == 0 {
		return nil
	}
	r := results[0]
	for _, x := range results[1:] {
		switch {
		case r == Object || x == Object:
			r = Object
		case Identical(r, x):
		case x == None:
			if _, ok := r.(*Optional); !ok {
				r = &Optional{Elem: r}
			}
		case r == None:
			if _, ok := x.(*Optional); ok {
				r = x
			} else {
				r = &Optional{Elem: x}
			}
		default:
			if j := instanceJoin([]Type{r, x}); j != nil {
				r = j
			} else {
				r = Object
			}
		}
	}
	return &Coroutine{Result: r}
}

// plainAnyTask reports t being a Task[Any] whose Any is typeshed's (what
// current_task() and all_tasks() give), not the join of a collection of
// tasks: mypy lets it go where any Task[T] is declared
// (self.handlers[cid] = asyncio.current_task() with handlers:
// dict[int, Task[None]]); codegen views the task as a Task[T]
// (rt.TaskFromAny), whose result() is the task's own value.
func (c *checker) plainAnyTask(t *Task) bool {
	a, ok := t.Result.(*AnyType)
	return ok && c.info.JoinedAny[a] == nil
}

// tasksOfResults reports ts being tasks of known results that are not all
// the same type (a tuple (count_task, name_task)): iterated, its elements
// are the type-erased Task[Any], as the elements of a list of them are.
func tasksOfResults(ts []Type) bool {
	if len(ts) < 2 {
		return false
	}
	same := true
	for _, t := range ts {
		tk, ok := t.(*Task)
		if !ok || tk.Result == nil {
			return false
		}
		if !Identical(tk.Result, ts[0].(*Task).Result) {
			same = false
		}
	}
	return !same
}

// tupleTasksJoin is the element type of iterating over a tuple of tasks of
// different results (TupleElem's Task[Any]) with mypy's join of their
// results recorded, as for a list of them (Task[int | None] for tasks of an
// int and of None; Task[object] for an int and a str); nil for other tuples.
func (c *checker) tupleTasksJoin(t *Tuple) Type {
	if t.Var || !tasksOfResults(t.Elems) || homogeneous(t) != nil {
		return nil
	}
	j := t.Elems[0].(*Task).Result
	for _, e := range t.Elems[1:] {
		r := e.(*Task).Result
		if o, ok := j.(*Optional); ok && (r == None || Identical(o.Elem, r)) {
			continue // (a, b, c) of an int, None and an int: int | None
		}
		if o, ok := r.(*Optional); ok && (j == None || Identical(o.Elem, j)) {
			j = r
			continue
		}
		j = c.resultJoin(j, r)
	}
	if j == Object || mentionsFloat(j) {
		return &Task{&AnyType{"Any"}}
	}
	any1 := &AnyType{"Any"}
	c.info.JoinedAny[any1] = j
	return &Task{any1}
}
