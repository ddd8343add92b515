import kotlin.math.abs
import kotlin.math.roundToLong

/** Formats x (|x| < 9·10^9) with 9 digits after the decimal point: Kotlin/Wasm has no String.format. */
fun fixed9(x: Double): String {
    val scaled = (abs(x) * 1e9).roundToLong()
    val frac = (scaled % 1_000_000_000L).toString().padStart(9, '0')
    return (if (x < 0 && scaled != 0L) "-" else "") + (scaled / 1_000_000_000L) + "." + frac
}

fun main() {
    val (n, p) = readln().trim().split(" ").map { it.toInt() }
    val t = readln().trim().split(" ").map { it.toLong() }

    // TODO: compute the mean, the sample standard deviation and the p-th percentile.
    val mean = 0.0
    val stddev = 0.0
    val percentile = 0.0
    println("${fixed9(mean)} ${fixed9(stddev)} ${fixed9(percentile)}")
}
