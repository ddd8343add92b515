// Reference solution in Go: two passes in float64 (mean first, then squared
// deviations from it), which keeps the variance accurate.
package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"sort"
)

func readInt(r *bufio.Reader) int64 {
	c, _ := r.ReadByte()
	for c == ' ' || c == '\n' || c == '\r' {
		c, _ = r.ReadByte()
	}
	var x int64
	for c >= '0' && c <= '9' {
		x = x*10 + int64(c-'0')
		c, _ = r.ReadByte()
	}
	return x
}

func main() {
	r := bufio.NewReaderSize(os.Stdin, 1<<16)
	n := readInt(r)
	p := readInt(r)
	t := make([]int64, n)
	var sum int64
	for i := range t {
		t[i] = readInt(r)
		sum += t[i]
	}
	mean := float64(sum) / float64(n)
	stddev := 0.0
	if n > 1 {
		ss := 0.0
		for _, x := range t {
			d := float64(x) - mean
			ss += d * d
		}
		stddev = math.Sqrt(ss / float64(n-1))
	}
	sort.Slice(t, func(i, j int) bool { return t[i] < t[j] })
	h := (n - 1) * p
	lo, frac := h/100, h%100
	pct := float64(t[lo])
	if frac != 0 {
		pct += float64(t[lo+1]-t[lo]) * float64(frac) / 100
	}
	fmt.Printf("%.9f %.9f %.9f\n", mean, stddev, pct)
}
