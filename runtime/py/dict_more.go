package py

// PopLookup removes k and returns its value and true, or the zero value
// and false when k is absent (d.pop(k, default) with a default of another
// type than the values).
func (d *Dict[K, V]) PopLookup(k K) (V, bool) {
	if !d.Contains(k) {
		var zero V
		return zero, false
	}
	return d.Pop(k), true
}
