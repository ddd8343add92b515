// Reference solution in Go: binary search on [1, n].
// fmt.Println writes straight to os.Stdout, so every line is sent at once.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	var n int64
	fmt.Fscan(in, &n)
	lo, hi := int64(1), n // the first bad deploy is in [lo, hi]
	for lo < hi {
		mid := lo + (hi-lo)/2
		fmt.Println("?", mid)
		var reply string
		fmt.Fscan(in, &reply)
		switch reply {
		case "bad":
			hi = mid
		case "good":
			lo = mid + 1
		default:
			return
		}
	}
	fmt.Println("!", lo)
}
