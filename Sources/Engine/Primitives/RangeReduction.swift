/// What the fast exponential needs of a number type: `Float`, or `Vector` (eight Floats), so
/// that one generic function serves the scalar loops and the explicitly vectorized ones.
protocol ExponentLanes {
    static func + (a: Self, b: Self) -> Self
    static func - (a: Self, b: Self) -> Self
    static func * (a: Self, b: Self) -> Self
    static func / (a: Self, b: Self) -> Self
    static func + (a: Self, b: Float) -> Self
    static func + (a: Float, b: Self) -> Self
    static func - (a: Self, b: Float) -> Self
    static func * (a: Self, b: Float) -> Self
    static prefix func - (a: Self) -> Self
    /// Each value limited to [low, high], a NaN staying NaN.
    func clamped(_ low: Float, _ high: Float) -> Self
    /// 2ⁿ, from t = x/ln 2 + 1.5·2²³ whose low mantissa bits hold n = round(x/ln 2).
    func powerOfTwo(shiftedBy shifter: Float) -> Self
}

extension Float: ExponentLanes {
    @inline(__always)
    func clamped(_ low: Float, _ high: Float) -> Float {
        // `max`/`min` return their first argument when it is NaN, which keeps NaN flowing.
        Swift.min(Swift.max(self, low), high)
    }

    @inline(__always)
    func powerOfTwo(shiftedBy shifter: Float) -> Float {
        Float(bitPattern: (bitPattern &- shifter.bitPattern &+ 127) &<< 23)
    }
}

extension Vector: ExponentLanes {
    @inline(__always)
    func clamped(_ low: Float, _ high: Float) -> Vector {
        // A NaN lane compares false both times and stays.
        let raised = replacing(with: low, where: self .< low)
        return raised.replacing(with: high, where: raised .> high)
    }

    @inline(__always)
    func powerOfTwo(shiftedBy shifter: Float) -> Vector {
        let exponents = (unsafeBitCast(self, to: SIMD8<Int32>.self) &- Int32(bitPattern: shifter.bitPattern) &+ 127) &<< 23
        return unsafeBitCast(exponents, to: Vector.self)
    }
}

/// The range reduction behind `fastExp` and `fastSigmoid`, written once: x = n·ln 2 + r with n
/// an integer and |r| ≤ ln 2 / 2, so eˣ = 2ⁿ·eʳ. Returns r and 2ⁿ (built directly in the
/// exponent bits). x is first clamped to [−87, 88], inside Float's normal range, so results
/// saturate instead of overflowing; NaN stays NaN.
@inline(__always)
func rangeReduced<Value: ExponentLanes>(_ x: Value) -> (r: Value, powerOfTwo: Value) {
    let clamped = x.clamped(-87, 88)
    // Adding 1.5·2²³ pushes the fraction bits out: t's low mantissa bits hold round(x / ln 2).
    let shifter: Float = 12_582_912
    let t = clamped * 1.442_695_04 + shifter
    let n = t - shifter
    // ln 2 split into a part exact in Float and a correction, so n·ln 2 loses no bits.
    let r = (clamped - n * 0.693_145_752) - n * 1.428_606_77e-6
    return (r, t.powerOfTwo(shiftedBy: shifter))
}
