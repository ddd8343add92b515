fun depth(n: Long): Long = if (n == 0L) 0L else n + depth(n - 1)

fun main() {
    val n = readln().trim().toLong()
    println(depth(n))
}
