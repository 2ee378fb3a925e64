/// σ(x) = 1/(1 + e^(−x)) with one division, in a form the compiler vectorizes: the sigmoid is
/// most of a deep sigmoid network's time outside the matrix products.
///
/// With −x = n·ln 2 + r (n an integer, |r| ≤ ln 2/2, the reduction of `fastExp`), e^(−x) = 2ⁿ·eʳ.
/// eʳ is replaced by its [3/3] Padé approximant P(r)/Q(r), P = E + O and Q = E − O with the
/// even part E = 1 + r²/10 and the odd part O = r/2 + r³/120; its relative error, about
/// r⁷/100800, stays below 10⁻⁸ here, under Float's rounding. Then
/// σ(x) = 1/(1 + 2ⁿ·P/Q) = Q/(Q + 2ⁿ·P): one division, and half the multiplications of
/// 1/(1 + fastExp(−x)). Within 3 units in the last place of the exact σ over [−20, 20];
/// −x is clamped to [−87, 88] as in `fastExp`, so σ saturates at 1 and at a tiny positive
/// value; NaN stays NaN.
@inline(__always)
func fastSigmoid(_ x: Float) -> Float {
    // `max`/`min` return their first argument when it is NaN, which keeps NaN flowing.
    let clamped = Swift.min(Swift.max(-x, -87), 88)
    // Adding 1.5·2²³ pushes the fraction bits out: t's low mantissa bits hold round(−x / ln 2).
    let shifter: Float = 12_582_912
    let t = clamped * 1.442_695_04 + shifter
    let n = t - shifter
    // ln 2 split into a part exact in Float and a correction, so n·ln 2 loses no bits.
    let r = (clamped - n * 0.693_145_752) - n * 1.428_606_77e-6
    let r2 = r * r
    let even = 1 + r2 * 0.1
    let odd = r * (0.5 + r2 * (1.0 / 120))
    let powerOfTwo = Float(bitPattern: (t.bitPattern &- shifter.bitPattern &+ 127) &<< 23)
    let q = even - odd
    return q / (q + powerOfTwo * (even + odd))
}

/// `fastSigmoid` of eight values at once, lane by lane the same operations and so the same
/// results. Written out on vectors because the compiler turns the scalar loop into a single
/// four-lane chain, while two interleaved chains keep the arithmetic units busier.
@inline(__always)
func fastSigmoid(_ x: Vector) -> Vector {
    let clamped = clamped(-x, to: -87, 88)
    let shifter: Float = 12_582_912
    let t = clamped * 1.442_695_04 + shifter
    let n = t - shifter
    let r = (clamped - n * 0.693_145_752) - n * 1.428_606_77e-6
    let r2 = r * r
    let even = 1 + r2 * 0.1
    let odd = r * (0.5 + r2 * (1.0 / 120))
    let exponents = (unsafeBitCast(t, to: SIMD8<Int32>.self) &- Int32(bitPattern: shifter.bitPattern) &+ 127) &<< 23
    let q = even - odd
    return q / (q + unsafeBitCast(exponents, to: Vector.self) * (even + odd))
}
