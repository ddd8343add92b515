// Reference solution in Go: count with a map, sort by (-count, path).
package main

import (
	"bufio"
	"os"
	"sort"
	"strconv"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	in.Split(bufio.ScanWords)
	in.Scan()
	n, _ := strconv.Atoi(in.Text())
	in.Scan()
	k, _ := strconv.Atoi(in.Text())

	counts := make(map[string]int)
	for i := 0; i < n && in.Scan(); i++ {
		counts[in.Text()]++
	}
	type entry struct {
		path  string
		count int
	}
	entries := make([]entry, 0, len(counts))
	for p, c := range counts {
		entries = append(entries, entry{p, c})
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].count != entries[j].count {
			return entries[i].count > entries[j].count
		}
		return entries[i].path < entries[j].path
	})
	if k > len(entries) {
		k = len(entries)
	}
	out := bufio.NewWriterSize(os.Stdout, 1<<16)
	defer out.Flush()
	for _, e := range entries[:k] {
		out.WriteString(e.path)
		out.WriteByte(' ')
		out.WriteString(strconv.Itoa(e.count))
		out.WriteByte('\n')
	}
}
