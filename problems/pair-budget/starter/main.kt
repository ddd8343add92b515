fun main() {
    val (n, k) = readln().trim().split(" ").map { it.toLong() }
    val a = readln().trim().split(" ").map { it.toLong() }

    // TODO: count the pairs i < j with a[i] + a[j] <= k.
    val pairs = 0L
    println(pairs)
}
