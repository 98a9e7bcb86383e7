package py

// Suppress is contextlib.suppress(*exceptions): a with block over it
// swallows an exception of one of the classes (or their subclasses).
type Suppress struct{ classes []*Class }

// NewSuppress is contextlib.suppress(classes...).
func NewSuppress(classes ...*Class) *Suppress { return &Suppress{classes} }

// Enter is __enter__ (it binds None).
func (s *Suppress) Enter() {}

// Exit is __exit__: it reports whether exc (nil on a normal exit) is
// suppressed.
func (s *Suppress) Exit(exc Exception) bool {
	if exc == nil {
		return false
	}
	for _, c := range s.classes {
		if exc.Exc().Class.IsSubclassOf(c) {
			return true
		}
	}
	return false
}
