package check

// funcJoin joins two function types with the same parameters and
// different results (a tuple of bound methods returning int and None, as
// in `for op in (store.rollback, store.commit): op()`): a function taking
// those parameters and returning the join of the results (mypy's join of
// callables; object where they have nothing narrower in common). Nil for
// other pairs.
func (c *checker) funcJoin(a, b Type) Type {
	af, ok := a.(*Func)
	bf, ok2 := b.(*Func)
	if !ok || !ok2 || len(af.Params) != len(bf.Params) || af.Ret == nil || bf.Ret == nil {
		return nil
	}
	for i := range af.Params {
		ap, bp := af.Params[i], bf.Params[i]
		if !Identical(ap.Type, bp.Type) || ap.Star != bp.Star || ap.StarStar != bp.StarStar || ap.KwOnly != bp.KwOnly {
			return nil
		}
	}
	if isCoro(af.Ret) || isCoro(bf.Ret) {
		return nil
	}
	params := make([]Param, len(af.Params))
	for i, p := range af.Params {
		params[i] = Param{Name: p.Name, Type: p.Type, PosOnly: true}
	}
	return &Func{Params: params, Ret: c.resultJoin(af.Ret, bf.Ret)}
}

// funcsJoin is funcJoin over the elements of a fixed tuple being iterated
// (TupleElem), without a checker: the results' join is the common result,
// T | None for T and None, else object (as mypy joins them). Nil unless
// every element is a function type with the same parameters.
func funcsJoin(ts []Type) Type {
	var first *Func
	var ret Type
	for _, t := range ts {
		f, ok := t.(*Func)
		if !ok || f.Ret == nil || isCoro(f.Ret) {
			return nil
		}
		if first == nil {
			first, ret = f, f.Ret
			continue
		}
		if len(f.Params) != len(first.Params) {
			return nil
		}
		for i := range f.Params {
			ap, bp := first.Params[i], f.Params[i]
			if !Identical(ap.Type, bp.Type) || ap.Star != bp.Star || ap.StarStar != bp.StarStar || ap.KwOnly != bp.KwOnly {
				return nil
			}
		}
		switch {
		case Identical(ret, f.Ret):
		case ret == None && f.Ret != Object:
			ret = &Optional{Elem: f.Ret}
		case f.Ret == None:
			if _, opt := ret.(*Optional); !opt && ret != Object {
				ret = &Optional{Elem: ret}
			}
		default:
			if o, ok := ret.(*Optional); !ok || !Identical(o.Elem, f.Ret) {
				ret = Object
			}
		}
	}
	if first == nil {
		return nil
	}
	params := make([]Param, len(first.Params))
	for i, p := range first.Params {
		params[i] = Param{Name: p.Name, Type: p.Type, PosOnly: true}
	}
	return &Func{Params: params, Ret: ret}
}
