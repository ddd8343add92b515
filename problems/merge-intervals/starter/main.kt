fun main() {
    val n = readln().trim().toInt()
    val starts = LongArray(n)
    val ends = LongArray(n)
    for (i in 0 until n) {
        val parts = readln().trim().split(" ")
        starts[i] = parts[0].toLong()
        ends[i] = parts[1].toLong()
    }

    val blocks = ArrayList<Pair<Long, Long>>()
    var total = 0L
    // TODO: merge the windows into blocks and compute the covered time

    val out = StringBuilder()
    out.append(blocks.size).append(' ').append(total).append('\n')
    for ((l, r) in blocks) out.append(l).append(' ').append(r).append('\n')
    print(out)
}
