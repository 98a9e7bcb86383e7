package runtime

import "testing"

// TestRegistryCompact finishes tasks in patterns (whole chunks in creation
// order, every other task, a chunk kept in place, one task twice) and
// checks that the registry lists exactly the pending tasks, in creation
// order, after each compaction.
func TestRegistryCompact(t *testing.T) {
	for _, tc := range []struct {
		name string
		n    int
		done func(i int) bool
	}{
		{"first ones", 5 * regChunk, func(i int) bool { return i >= 1 && i < 4*regChunk+7 }},
		{"every other", 3*regChunk + 5, func(i int) bool { return i%2 == 0 }},
		{"middle chunk", 4 * regChunk, func(i int) bool { return i < regChunk || i >= 2*regChunk }},
		{"all", 2*regChunk + 3, func(int) bool { return true }},
		{"none", 100, func(int) bool { return false }},
	} {
		var r taskRegistry
		tasks := make([]TaskCore, tc.n)
		for i := range tasks {
			r.add(&tasks[i])
		}
		for round := range 2 {
			for i := range tasks {
				if tc.done(i) && tasks[i].state == statePending {
					tasks[i].state = stateFinished
					r.done(&tasks[i])
					r.done(&tasks[i]) // counted once
				}
			}
			r.compact()
			var want []*TaskCore
			for i := range tasks {
				if tasks[i].state == statePending {
					want = append(want, &tasks[i])
				}
			}
			got := r.pending()
			if len(got) != len(want) || r.n != len(want) || r.live() != len(want) {
				t.Fatalf("%s round %d: %d pending (n %d, live %d), want %d", tc.name, round, len(got), r.n, r.live(), len(want))
			}
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("%s round %d: pending[%d] is not the %d-th pending task", tc.name, round, i, i)
				}
				if p := got[i].regPos; p != chunkPos(i/regChunk) {
					t.Fatalf("%s round %d: pending[%d].regPos = %d, want %d", tc.name, round, i, p, chunkPos(i/regChunk))
				}
			}
			// Round 2 finishes half of what is left.
			old := tc.done
			tc.done = func(i int) bool { return old(i) || i%3 == 0 }
		}
	}
}
