fun main() {
    val n = readln().trim().toInt()
    val values = readln().split(' ')
    val a = IntArray(n) { values[it].toInt() }
    a.sort()
    println("${a[0]} ${a[n / 2]} ${a[n - 1]}")
}
