//go:build linux

package runtime

import "testing"

// TestWriterQueue checks the writer's queue: first in, first out across
// the compaction push does when the array is full, and take skips a
// transport released after it was queued.
func TestWriterQueue(t *testing.T) {
	tests := []struct {
		name    string
		ops     string // p: push the next transport, t: take one
		release int    // index of a transport released before the takes (-1: none)
		want    []int  // the transports taken, -1 for a skipped entry
	}{
		{"fifo", "pppttt", -1, []int{0, 1, 2}},
		{"interleaved", "ptpptpt", -1, []int{0, 1, 2}},
		{"compaction", "pppptppppptttttttt", -1, []int{0, 1, 2, 3, 4, 5, 6, 7, 8}},
		{"released", "pppttt", 1, []int{0, -1, 2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := &sockWriter{queue: make([]*transport, 0, 4)}
			var ts []*transport
			var got []int
			for _, op := range tc.ops {
				switch op {
				case 'p':
					tr := &transport{}
					tr.tw.state = wQueued
					tr.tw.out = []byte{byte(len(ts))}
					ts = append(ts, tr)
					w.push(tr)
					if tc.release == len(ts)-1 {
						tr.tw.state = wIdle
					}
				case 't':
					if len(w.queue) == w.head {
						t.Fatalf("take from an empty queue")
					}
					tr := w.take()
					if tr == nil {
						got = append(got, -1)
						continue
					}
					if tr.tw.state != wWriting || len(tr.tw.busy) != 1 || tr.tw.out != nil {
						t.Fatalf("taken transport in state %d with busy %v", tr.tw.state, tr.tw.busy)
					}
					got = append(got, int(tr.tw.busy[0]))
				}
			}
			if len(got) != len(tc.want) {
				t.Fatalf("took %v, want %v", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("took %v, want %v", got, tc.want)
				}
			}
		})
	}
}
