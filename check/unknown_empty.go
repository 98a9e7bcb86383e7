package check

// IsUnknownEmpty reports an empty list, dict or set display whose element
// type nothing determined ([] in `part, xs[:n] = xs[:n], []`): its value
// is an empty container of whatever type it is stored as.
func IsUnknownEmpty(t Type) bool { return isUnknownEmpty(t) }
