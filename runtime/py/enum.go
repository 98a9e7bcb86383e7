package py

// Enumer is implemented by the generated struct of an enum class's
// members: the member's name and value.
type Enumer interface {
	EnumName() string
	EnumValue() any
}

// EnumByValue returns the member of an enum whose value equals v
// (Color(1)), raising ValueError as CPython does when there is none.
func EnumByValue[T any](members *List[T], v any, cls string) T {
	for _, m := range members.V {
		if EqualItem(any(m).(Enumer).EnumValue(), v) {
			return m
		}
	}
	panic(ValueError(Repr(v) + " is not a valid " + cls))
}

// EnumByName returns the member of an enum named name (Color["RED"]),
// raising KeyError when there is none.
func EnumByName[T any](members *List[T], name string) T {
	for _, m := range members.V {
		if any(m).(Enumer).EnumName() == name {
			return m
		}
	}
	panic(KeyError(any(name)))
}
