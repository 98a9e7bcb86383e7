package check

// Classes as decorators: `@Memo` over a def binds its name to Memo(fn), an
// instance whose __call__ stands for the function (a memoizing or
// counting decorator written as a class). The class's __init__ takes the
// function as its only argument.

// DecoratorClassParam is the parameter of __init__ that a class used as a
// decorator receives the function in, or nil when cls cannot be one: a
// user class (not an enum, NamedTuple, TypedDict, protocol or exception)
// whose __init__ takes exactly one argument.
func DecoratorClassParam(cls *Class) *Param {
	if cls == nil || cls.Builtin || cls.Enum != nil || cls.NamedTuple || cls.TypedDict != nil || cls.Protocol || cls.IsExc {
		return nil
	}
	init := cls.LookupMethod("__init__")
	if init == nil || init.Sig == nil || len(init.Sig.Params) != 1 {
		return nil
	}
	p := init.Sig.Params[0]
	if p.Star || p.StarStar || p.KwOnly {
		return nil
	}
	return &p
}

// InstanceDocKnown reports whether obj.__doc__ of an instance of cls is
// known from cls alone: its class's docstring (or None), where no class
// derives from cls (a subclass's __doc__ is its own docstring) and cls
// declares no attribute __doc__. A function decorated by a class reads it
// (ways.__doc__ of @Memo def ways).
func InstanceDocKnown(info *Info, cls *Class) bool {
	if _, _, known := ClassDoc(cls); !known || cls.LookupField("__doc__") != nil {
		return false
	}
	for _, k := range info.Classes {
		if k != cls && k.IsSubclassOf(cls) {
			return false
		}
	}
	return true
}
