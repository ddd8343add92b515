// Wrong: computes the mean with integer division, truncating it.
package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"sort"
)

func main() {
	r := bufio.NewReaderSize(os.Stdin, 1<<16)
	var n, p int64
	fmt.Fscan(r, &n, &p)
	t := make([]int64, n)
	var sum int64
	for i := range t {
		fmt.Fscan(r, &t[i])
		sum += t[i]
	}
	mean := sum / n
	stddev := 0.0
	if n > 1 {
		ss := 0.0
		for _, x := range t {
			d := float64(x) - float64(sum)/float64(n)
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
	fmt.Printf("%d %.9f %.9f\n", mean, stddev, pct)
}
