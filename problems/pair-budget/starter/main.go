package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewReaderSize(os.Stdin, 1<<16)
	var n int
	var k int64
	fmt.Fscan(in, &n, &k)
	a := make([]int64, n)
	for i := range a {
		fmt.Fscan(in, &a[i])
	}

	// TODO: count the pairs i < j with a[i] + a[j] <= k.
	var pairs int64
	fmt.Println(pairs)
}
