//go:build linux

package py

import "syscall"

// totalMemory is the machine's RAM plus swap in bytes (0 if unknown).
func totalMemory() int64 {
	var si syscall.Sysinfo_t
	if err := syscall.Sysinfo(&si); err != nil {
		return 0
	}
	unit := int64(si.Unit)
	if unit == 0 {
		unit = 1
	}
	return (int64(si.Totalram) + int64(si.Totalswap)) * unit
}
