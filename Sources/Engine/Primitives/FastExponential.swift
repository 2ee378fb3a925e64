/// eˣ in a form the compiler vectorizes (no branch, no library call), for the activations
/// and the softmax, whose speed decides the speed of a small network.
///
/// With x = n·ln 2 + r (`rangeReduced`), eˣ = 2ⁿ·eʳ, and eʳ is its Taylor polynomial of degree
/// 7, whose truncation error r⁸/8! < 2·10⁻⁹ is below Float's rounding (6·10⁻⁸). Accurate to a
/// few units in the last place against the exact eˣ; saturates outside [−87, 88]; NaN stays NaN.
@inline(__always)
func fastExp(_ x: Float) -> Float {
    let (r, powerOfTwo) = rangeReduced(x)
    var p: Float = 1.0 / 5040
    p = p * r + 1.0 / 720
    p = p * r + 1.0 / 120
    p = p * r + 1.0 / 24
    p = p * r + 1.0 / 6
    p = p * r + 0.5
    p = p * r + 1
    p = p * r + 1
    return p * powerOfTwo
}
