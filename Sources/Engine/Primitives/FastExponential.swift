/// eˣ in a form the compiler vectorizes (no branch, no library call), for the activations
/// and the softmax, whose speed decides the speed of a small network.
///
/// Range reduction: x = n·ln 2 + r with n an integer and |r| ≤ ln 2 / 2, so eˣ = 2ⁿ·eʳ.
/// eʳ is its Taylor polynomial of degree 7, whose truncation error r⁸/8! < 2·10⁻⁹ is below
/// Float's rounding (6·10⁻⁸); 2ⁿ is built directly in the exponent bits. Inputs are clamped
/// to [-87, 88], inside Float's normal range, so results saturate instead of overflowing;
/// NaN stays NaN. Accurate to a few units in the last place against the exact eˣ.
@inline(__always)
func fastExp(_ x: Float) -> Float {
    // `max`/`min` return their first argument when it is NaN, which keeps NaN flowing.
    let clamped = Swift.min(Swift.max(x, -87), 88)
    // Adding 1.5·2²³ pushes the fraction bits out: t's low mantissa bits hold round(x / ln 2).
    let shifter: Float = 12_582_912
    let t = clamped * 1.442_695_04 + shifter
    let n = t - shifter
    // ln 2 split into a part exact in Float and a correction, so n·ln 2 loses no bits.
    let r = (clamped - n * 0.693_145_752) - n * 1.428_606_77e-6
    var p: Float = 1.0 / 5040
    p = p * r + 1.0 / 720
    p = p * r + 1.0 / 120
    p = p * r + 1.0 / 24
    p = p * r + 1.0 / 6
    p = p * r + 0.5
    p = p * r + 1
    p = p * r + 1
    let powerOfTwo = Float(bitPattern: (t.bitPattern &- shifter.bitPattern &+ 127) &<< 23)
    return p * powerOfTwo
}
