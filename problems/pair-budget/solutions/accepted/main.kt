// Reference solution in Kotlin: sort, then two pointers. O(n log n).
fun main() {
    val (nStr, kStr) = readln().trim().split(" ")
    val n = nStr.toInt()
    val k = kStr.toLong()
    val line = readln()
    val a = LongArray(n)
    var pos = 0
    for (i in 0 until n) {
        var v = 0L
        while (line[pos] == ' ') pos++
        while (pos < line.length && line[pos] != ' ') {
            v = v * 10 + (line[pos] - '0')
            pos++
        }
        a[i] = v
    }
    a.sort()
    var pairs = 0L
    var i = 0
    var j = n - 1
    while (i < j) {
        if (a[i] + a[j] <= k) {
            pairs += (j - i).toLong()
            i++
        } else {
            j--
        }
    }
    println(pairs)
}
