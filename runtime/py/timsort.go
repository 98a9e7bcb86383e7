package py

// CPython 3.11's list.sort (Objects/listobject.c, listsort.txt): natural
// runs (a strictly descending one reversed) extended to minrun elements by
// binary insertion, merged in powersort order with galloping merges whose
// threshold adapts (min_gallop). A user __lt__ can count or print the
// comparisons, and an inconsistent one (NaN floats) decides the result, so
// the calls of less are the ones CPython makes, in the same order. When
// less raises, the slice is left a permutation of its input, as CPython
// leaves the list.

// timMinGallop is MIN_GALLOP: the initial galloping threshold.
const timMinGallop = 7

// timRun is a pending run: xs[base:base+len], with its powersort power.
type timRun struct{ base, len, power int }

// timState is CPython's MergeState.
type timState[T any] struct {
	xs        []T
	less      func(a, b T) bool
	minGallop int
	tmp       []T
	runs      []timRun
}

// timSort sorts xs stably as CPython's list.sort does.
func timSort[T any](xs []T, less func(a, b T) bool) {
	n := len(xs)
	if n < 2 {
		return
	}
	ms := &timState[T]{xs: xs, less: less, minGallop: timMinGallop}
	minrun := timMinrun(n)
	lo, remaining := 0, n
	for remaining > 0 {
		run, descending := ms.countRun(lo, lo+remaining)
		if descending {
			reverseSlice(xs[lo : lo+run])
		}
		if run < minrun {
			force := minrun
			if remaining <= minrun {
				force = remaining
			}
			ms.binarySort(lo, lo+force, lo+run)
			run = force
		}
		ms.foundNewRun(run)
		ms.runs = append(ms.runs, timRun{base: lo, len: run})
		lo += run
		remaining -= run
	}
	ms.forceCollapse()
}

func reverseSlice[T any](xs []T) {
	for i, j := 0, len(xs)-1; i < j; i, j = i+1, j-1 {
		xs[i], xs[j] = xs[j], xs[i]
	}
}

// timMinrun is merge_compute_minrun: n below 64, else a length between
// 32 and 64 dividing n into a power of two or slightly fewer runs.
func timMinrun(n int) int {
	r := 0
	for n >= 64 {
		r |= n & 1
		n >>= 1
	}
	return n + r
}

// countRun is count_run: the length of the run starting at lo (ending
// before hi), and whether it is strictly descending.
func (ms *timState[T]) countRun(lo, hi int) (int, bool) {
	xs := ms.xs
	if lo+1 == hi {
		return 1, false
	}
	n := 2
	if ms.less(xs[lo+1], xs[lo]) {
		for i := lo + 2; i < hi && ms.less(xs[i], xs[i-1]); i++ {
			n++
		}
		return n, true
	}
	for i := lo + 2; i < hi && !ms.less(xs[i], xs[i-1]); i++ {
		n++
	}
	return n, false
}

// binarySort is binarysort: xs[lo:hi] sorted by binary insertion, given
// that xs[lo:start] is sorted.
func (ms *timState[T]) binarySort(lo, hi, start int) {
	xs := ms.xs
	if start == lo {
		start++
	}
	for ; start < hi; start++ {
		l, r := lo, start
		pivot := xs[r]
		for l < r {
			p := l + (r-l)>>1
			if ms.less(pivot, xs[p]) {
				r = p
			} else {
				l = p + 1
			}
		}
		copy(xs[l+1:start+1], xs[l:start])
		xs[l] = pivot
	}
}

// timPower is powerloop: the depth, in the conceptual binary merge tree,
// of the boundary between the run xs[s1:s1+n1] and the n2 elements after
// it, in a list of n elements.
func timPower(s1, n1, n2, n int) int {
	result := 0
	a := 2*s1 + n1
	b := a + n1 + n2
	for {
		result++
		if a >= n {
			a -= n
			b -= n
		} else if b >= n {
			break
		}
		a <<= 1
		b <<= 1
	}
	return result
}

// foundNewRun is found_new_run: before a run of n2 elements is pushed,
// the pending runs of greater power are merged.
func (ms *timState[T]) foundNewRun(n2 int) {
	if len(ms.runs) == 0 {
		return
	}
	top := ms.runs[len(ms.runs)-1]
	power := timPower(top.base, top.len, n2, len(ms.xs))
	for len(ms.runs) > 1 && ms.runs[len(ms.runs)-2].power > power {
		ms.mergeAt(len(ms.runs) - 2)
	}
	ms.runs[len(ms.runs)-1].power = power
}

// forceCollapse is merge_force_collapse: the remaining runs merged.
func (ms *timState[T]) forceCollapse() {
	for len(ms.runs) > 1 {
		n := len(ms.runs) - 2
		if n > 0 && ms.runs[n-1].len < ms.runs[n+1].len {
			n--
		}
		ms.mergeAt(n)
	}
}

// mergeAt is merge_at: runs i and i+1 merged into one.
func (ms *timState[T]) mergeAt(i int) {
	xs := ms.xs
	a, b := ms.runs[i], ms.runs[i+1]
	ms.runs[i].len = a.len + b.len
	if i == len(ms.runs)-3 {
		ms.runs[i+1] = ms.runs[i+2]
	}
	ms.runs = ms.runs[:len(ms.runs)-1]
	// Elements of a before where b[0] belongs are already in place.
	k := ms.gallopRight(xs[b.base], xs[a.base:a.base+a.len], 0)
	pa, na := a.base+k, a.len-k
	if na == 0 {
		return
	}
	// Elements of b after where a's last belongs are already in place.
	nb := ms.gallopLeft(xs[pa+na-1], xs[b.base:b.base+b.len], b.len-1)
	if nb <= 0 {
		return
	}
	if na <= nb {
		ms.mergeLo(pa, na, b.base, nb)
	} else {
		ms.mergeHi(pa, na, b.base, nb)
	}
}

// gallopLeft is gallop_left: the index k in a (sorted) with a[k-1] < key
// <= a[k], searched from hint.
func (ms *timState[T]) gallopLeft(key T, a []T, hint int) int {
	n := len(a)
	lastofs, ofs := 0, 1
	if ms.less(a[hint], key) {
		// a[hint] < key: gallop right until a[hint+lastofs] < key <= a[hint+ofs].
		maxofs := n - hint
		for ofs < maxofs {
			if !ms.less(a[hint+ofs], key) {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		if ofs > maxofs {
			ofs = maxofs
		}
		lastofs += hint
		ofs += hint
	} else {
		// key <= a[hint]: gallop left until a[hint-ofs] < key <= a[hint-lastofs].
		maxofs := hint + 1
		for ofs < maxofs {
			if ms.less(a[hint-ofs], key) {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		if ofs > maxofs {
			ofs = maxofs
		}
		lastofs, ofs = hint-ofs, hint-lastofs
	}
	lastofs++
	for lastofs < ofs {
		m := lastofs + (ofs-lastofs)>>1
		if ms.less(a[m], key) {
			lastofs = m + 1
		} else {
			ofs = m
		}
	}
	return ofs
}

// gallopRight is gallop_right: the index k in a (sorted) with a[k-1] <=
// key < a[k], searched from hint.
func (ms *timState[T]) gallopRight(key T, a []T, hint int) int {
	n := len(a)
	lastofs, ofs := 0, 1
	if ms.less(key, a[hint]) {
		// key < a[hint]: gallop left until a[hint-ofs] <= key < a[hint-lastofs].
		maxofs := hint + 1
		for ofs < maxofs {
			if !ms.less(key, a[hint-ofs]) {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		if ofs > maxofs {
			ofs = maxofs
		}
		lastofs, ofs = hint-ofs, hint-lastofs
	} else {
		// a[hint] <= key: gallop right until a[hint+lastofs] <= key < a[hint+ofs].
		maxofs := n - hint
		for ofs < maxofs {
			if ms.less(key, a[hint+ofs]) {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		if ofs > maxofs {
			ofs = maxofs
		}
		lastofs += hint
		ofs += hint
	}
	lastofs++
	for lastofs < ofs {
		m := lastofs + (ofs-lastofs)>>1
		if ms.less(key, a[m]) {
			ofs = m
		} else {
			lastofs = m + 1
		}
	}
	return ofs
}

// mergeLo is merge_lo: the na elements at pa merged with the nb elements
// after them (na <= nb; xs[pa+na-1] belongs at the end), A copied aside.
func (ms *timState[T]) mergeLo(pa, na, pb, nb int) {
	xs, less := ms.xs, ms.less
	tmp := append(ms.tmp[:0], xs[pa:pa+na]...)
	ms.tmp = tmp
	dest, ia, ib := pa, 0, pb
	var minGallop, acount, bcount, k int
	done := false
	defer func() {
		if !done && na > 0 { // less raised: put the rest of A back
			copy(xs[dest:dest+na], tmp[ia:ia+na])
		}
	}()
	xs[dest] = xs[ib]
	dest, ib, nb = dest+1, ib+1, nb-1
	if nb == 0 {
		goto succeed
	}
	if na == 1 {
		goto copyB
	}
	minGallop = ms.minGallop
	for {
		acount, bcount = 0, 0
		// One element at a time until one run wins minGallop times in a row.
		for {
			if less(xs[ib], tmp[ia]) {
				xs[dest] = xs[ib]
				dest, ib, nb = dest+1, ib+1, nb-1
				bcount++
				acount = 0
				if nb == 0 {
					goto succeed
				}
				if bcount >= minGallop {
					break
				}
			} else {
				xs[dest] = tmp[ia]
				dest, ia, na = dest+1, ia+1, na-1
				acount++
				bcount = 0
				if na == 1 {
					goto copyB
				}
				if acount >= minGallop {
					break
				}
			}
		}
		// Gallop while either run keeps winning.
		minGallop++
		for {
			if minGallop > 1 {
				minGallop--
			}
			ms.minGallop = minGallop
			k = ms.gallopRight(xs[ib], tmp[ia:ia+na], 0)
			acount = k
			if k > 0 {
				copy(xs[dest:dest+k], tmp[ia:ia+k])
				dest, ia, na = dest+k, ia+k, na-k
				if na == 1 {
					goto copyB
				}
				if na == 0 {
					goto succeed
				}
			}
			xs[dest] = xs[ib]
			dest, ib, nb = dest+1, ib+1, nb-1
			if nb == 0 {
				goto succeed
			}
			k = ms.gallopLeft(tmp[ia], xs[ib:ib+nb], 0)
			bcount = k
			if k > 0 {
				copy(xs[dest:dest+k], xs[ib:ib+k])
				dest, ib, nb = dest+k, ib+k, nb-k
				if nb == 0 {
					goto succeed
				}
			}
			xs[dest] = tmp[ia]
			dest, ia, na = dest+1, ia+1, na-1
			if na == 1 {
				goto copyB
			}
			if acount < timMinGallop && bcount < timMinGallop {
				break
			}
		}
		minGallop++ // penalize leaving galloping mode
		ms.minGallop = minGallop
	}
succeed:
	done = true
	if na > 0 {
		copy(xs[dest:dest+na], tmp[ia:ia+na])
	}
	return
copyB:
	// The last element of A belongs at the end of the merge.
	done = true
	copy(xs[dest:dest+nb], xs[ib:ib+nb])
	xs[dest+nb] = tmp[ia]
}

// mergeHi is merge_hi: as mergeLo from the right (na >= nb), B copied
// aside.
func (ms *timState[T]) mergeHi(pa, na, pb, nb int) {
	xs, less := ms.xs, ms.less
	tmp := append(ms.tmp[:0], xs[pb:pb+nb]...)
	ms.tmp = tmp
	dest, ia, ib := pb+nb-1, pa+na-1, nb-1
	var minGallop, acount, bcount, k int
	done := false
	defer func() {
		if !done && nb > 0 { // less raised: put the rest of B back
			copy(xs[dest-(nb-1):dest+1], tmp[:nb])
		}
	}()
	xs[dest] = xs[ia]
	dest, ia, na = dest-1, ia-1, na-1
	if na == 0 {
		goto succeed
	}
	if nb == 1 {
		goto copyA
	}
	minGallop = ms.minGallop
	for {
		acount, bcount = 0, 0
		for {
			if less(tmp[ib], xs[ia]) {
				xs[dest] = xs[ia]
				dest, ia, na = dest-1, ia-1, na-1
				acount++
				bcount = 0
				if na == 0 {
					goto succeed
				}
				if acount >= minGallop {
					break
				}
			} else {
				xs[dest] = tmp[ib]
				dest, ib, nb = dest-1, ib-1, nb-1
				bcount++
				acount = 0
				if nb == 1 {
					goto copyA
				}
				if bcount >= minGallop {
					break
				}
			}
		}
		minGallop++
		for {
			if minGallop > 1 {
				minGallop--
			}
			ms.minGallop = minGallop
			k = na - ms.gallopRight(tmp[ib], xs[pa:pa+na], na-1)
			acount = k
			if k > 0 {
				dest, ia = dest-k, ia-k
				copy(xs[dest+1:dest+1+k], xs[ia+1:ia+1+k])
				na -= k
				if na == 0 {
					goto succeed
				}
			}
			xs[dest] = tmp[ib]
			dest, ib, nb = dest-1, ib-1, nb-1
			if nb == 1 {
				goto copyA
			}
			k = nb - ms.gallopLeft(xs[ia], tmp[:nb], nb-1)
			bcount = k
			if k > 0 {
				dest, ib = dest-k, ib-k
				copy(xs[dest+1:dest+1+k], tmp[ib+1:ib+1+k])
				nb -= k
				if nb == 1 {
					goto copyA
				}
				if nb == 0 {
					goto succeed
				}
			}
			xs[dest] = xs[ia]
			dest, ia, na = dest-1, ia-1, na-1
			if na == 0 {
				goto succeed
			}
			if acount < timMinGallop && bcount < timMinGallop {
				break
			}
		}
		minGallop++
		ms.minGallop = minGallop
	}
succeed:
	done = true
	if nb > 0 {
		copy(xs[dest-(nb-1):dest+1], tmp[:nb])
	}
	return
copyA:
	// The first element of B belongs at the front of the merge.
	done = true
	copy(xs[dest+1-na:dest+1], xs[ia+1-na:ia+1])
	dest -= na
	xs[dest] = tmp[ib]
}
