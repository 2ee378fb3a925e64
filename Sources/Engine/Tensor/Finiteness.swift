/// Whether no value is NaN or ±∞, in one branch-free pass that the compiler vectorizes.
///
/// A Float is NaN or ±∞ exactly when its eight exponent bits are all ones; adding one to that
/// field then carries into the sign bit, which no finite value's field can reach.
func allFinite(_ values: Span<Float>) -> Bool {
    let exponentMask: UInt32 = 0x7F80_0000
    let exponentOne: UInt32 = 0x0080_0000
    var carries: UInt32 = 0
    for index in values.indices {
        carries |= (values[index].bitPattern & exponentMask) &+ exponentOne
    }
    return carries & 0x8000_0000 == 0
}
