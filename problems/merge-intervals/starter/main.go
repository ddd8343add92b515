package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	reader := bufio.NewReaderSize(os.Stdin, 1<<16)
	writer := bufio.NewWriter(os.Stdout)
	defer writer.Flush()

	var n int
	fmt.Fscan(reader, &n)
	l := make([]int64, n)
	r := make([]int64, n)
	for i := 0; i < n; i++ {
		fmt.Fscan(reader, &l[i], &r[i])
	}

	var blockL, blockR []int64
	var total int64
	// TODO: merge the windows into blocks and compute the covered time

	fmt.Fprintln(writer, len(blockL), total)
	for i := range blockL {
		fmt.Fprintln(writer, blockL[i], blockR[i])
	}
}
