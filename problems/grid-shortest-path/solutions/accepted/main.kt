// One BFS from the target T: the answer is the distance to the nearest S.
// O(R * C).
fun main() {
    val (r, c) = readln().trim().split(" ").map { it.toInt() }
    val w = c + 2
    val g = ByteArray((r + 2) * w) { '#'.code.toByte() }
    var target = -1
    for (i in 0 until r) {
        val line = readln()
        val base = (i + 1) * w + 1
        for (j in 0 until c) {
            val ch = line[j]
            g[base + j] = ch.code.toByte()
            if (ch == 'T') target = base + j
        }
    }
    val dist = IntArray(g.size) { -1 }
    val queue = IntArray(g.size)
    var head = 0
    var tail = 0
    dist[target] = 0
    queue[tail++] = target
    val steps = intArrayOf(1, -1, w, -w)
    val rack = '#'.code.toByte()
    val engineer = 'S'.code.toByte()
    while (head < tail) {
        val x = queue[head++]
        if (g[x] == engineer) {
            println(dist[x])
            return
        }
        for (d in steps) {
            val y = x + d
            if (g[y] != rack && dist[y] < 0) {
                dist[y] = dist[x] + 1
                queue[tail++] = y
            }
        }
    }
    println(-1)
}
