// LRU cache: map from key to node index + doubly linked list in slices.
package main

import (
	"bufio"
	"os"
	"strconv"
)

func main() {
	reader := bufio.NewReaderSize(os.Stdin, 1<<16)
	writer := bufio.NewWriterSize(os.Stdout, 1<<16)
	defer writer.Flush()

	readToken := func() []byte {
		c, err := reader.ReadByte()
		for err == nil && (c == ' ' || c == '\n' || c == '\r') {
			c, err = reader.ReadByte()
		}
		var tok []byte
		for err == nil && c != ' ' && c != '\n' && c != '\r' {
			tok = append(tok, c)
			c, err = reader.ReadByte()
		}
		return tok
	}
	readInt := func() int {
		x := 0
		for _, c := range readToken() {
			x = x*10 + int(c-'0')
		}
		return x
	}

	capacity := readInt()
	q := readInt()
	prv := make([]int32, q+1)
	nxt := make([]int32, q+1)
	keys := make([]int, q+1)
	vals := make([]int, q+1)
	where := make(map[int]int32, q)
	unlink := func(x int32) {
		nxt[prv[x]] = nxt[x]
		prv[nxt[x]] = prv[x]
	}
	pushFront := func(x int32) {
		prv[x] = 0
		nxt[x] = nxt[0]
		prv[nxt[0]] = x
		nxt[0] = x
	}
	var nodes int32
	size := 0
	var hits, misses, evictions int
	buf := make([]byte, 0, 16)
	for i := 0; i < q; i++ {
		op := readToken()
		k := readInt()
		if op[0] == 'G' {
			if x, ok := where[k]; ok {
				hits++
				unlink(x)
				pushFront(x)
				buf = strconv.AppendInt(buf[:0], int64(vals[x]), 10)
				writer.Write(buf)
				writer.WriteByte('\n')
			} else {
				misses++
				writer.WriteString("-1\n")
			}
		} else {
			v := readInt()
			if x, ok := where[k]; ok {
				vals[x] = v
				unlink(x)
				pushFront(x)
			} else {
				if size == capacity {
					lru := prv[0]
					unlink(lru)
					delete(where, keys[lru])
					size--
					evictions++
				}
				nodes++
				keys[nodes] = k
				vals[nodes] = v
				pushFront(nodes)
				where[k] = nodes
				size++
			}
		}
	}
	writer.WriteString(strconv.Itoa(hits) + " " + strconv.Itoa(misses) + " " + strconv.Itoa(evictions) + "\n")
}
