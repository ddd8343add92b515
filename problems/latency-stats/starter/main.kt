fun main() {
    val (n, p) = readln().trim().split(" ").map { it.toInt() }
    val t = readln().trim().split(" ").map { it.toLong() }

    // TODO: compute the mean, the sample standard deviation and the p-th percentile.
    val mean = 0.0
    val stddev = 0.0
    val percentile = 0.0
    println("%.9f %.9f %.9f".format(mean, stddev, percentile))
}
