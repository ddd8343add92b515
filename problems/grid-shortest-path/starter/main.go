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

	var r, c int
	fmt.Fscan(reader, &r, &c)
	grid := make([]string, r)
	for i := range grid {
		fmt.Fscan(reader, &grid[i])
	}

	answer := -1
	// TODO: find the fewest moves from any 'S' to 'T'

	fmt.Fprintln(writer, answer)
}
