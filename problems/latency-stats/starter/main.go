package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	var n, p int
	fmt.Fscan(in, &n, &p)
	t := make([]int64, n)
	for i := range t {
		fmt.Fscan(in, &t[i])
	}

	// TODO: compute the mean, the sample standard deviation and the p-th percentile.
	mean, stddev, percentile := 0.0, 0.0, 0.0
	fmt.Printf("%.9f %.9f %.9f\n", mean, stddev, percentile)
}
