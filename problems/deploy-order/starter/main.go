package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

func main() {
	in := bufio.NewReaderSize(os.Stdin, 1<<16)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()

	var n, m int
	fmt.Fscan(in, &n, &m)
	dependents := make([][]int, n+1) // dependents[a] holds every b that depends on a
	for i := 0; i < m; i++ {
		var a, b int
		fmt.Fscan(in, &a, &b)
		dependents[a] = append(dependents[a], b)
	}

	// TODO: print a valid deployment order, or IMPOSSIBLE.
	for v := 1; v <= n; v++ {
		out.WriteString(strconv.Itoa(v))
		if v < n {
			out.WriteByte(' ')
		}
	}
	out.WriteByte('\n')
}
