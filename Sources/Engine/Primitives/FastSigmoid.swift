/// σ(x) = 1/(1 + e^(−x)) with one division, in a form the compiler vectorizes: the sigmoid is
/// most of a deep sigmoid network's time outside the matrix products. Generic, so that the
/// scalar loops and the eight-lane loops (`Vector`) run the same operations to the same bits.
///
/// With −x = n·ln 2 + r (`rangeReduced`), e^(−x) = 2ⁿ·eʳ. eʳ is replaced by its [3/3] Padé
/// approximant P(r)/Q(r), P = E + O and Q = E − O with the even part E = 1 + r²/10 and the odd
/// part O = r/2 + r³/120; its relative error, about r⁷/100800, stays below 10⁻⁸ here, under
/// Float's rounding. Then σ(x) = 1/(1 + 2ⁿ·P/Q) = Q/(Q + 2ⁿ·P): one division, and half the
/// multiplications of 1/(1 + fastExp(−x)). Within 3 units in the last place of the exact σ over
/// [−20, 20]; σ saturates at 1 and at a tiny positive value; NaN stays NaN. Eight lanes at once
/// also keep two four-lane chains busy where the compiler would make one of a scalar loop.
@inline(__always)
func fastSigmoid<Value: ExponentLanes>(_ x: Value) -> Value {
    let (r, powerOfTwo) = rangeReduced(-x)
    let r2 = r * r
    let even = 1 + r2 * 0.1
    let odd = r * (0.5 + r2 * (1.0 / 120))
    let q = even - odd
    return q / (q + powerOfTwo * (even + odd))
}
