package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()

	var n, k int
	fmt.Fscan(in, &n, &k)
	paths := make([]string, n)
	for i := range paths {
		fmt.Fscan(in, &paths[i])
	}

	// TODO: print the k most requested endpoints as "path count", one per line.
	_ = k
	fmt.Fprintln(out, paths[0], 1)
}
