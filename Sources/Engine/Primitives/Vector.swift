#if arch(x86_64)
import _Builtin_intrinsics.intel
#endif

/// Eight Floats processed at once: the unit of the optimizers' explicitly vectorized loops.
///
/// The loops walk their arrays eight values at a time; the last, partial group is loaded into
/// a zero-padded vector and only its real lanes are stored back.
typealias Vector = SIMD8<Float>

extension UnsafePointer<Float> {
    /// The eight values from `index`, or the `count` < 8 remaining ones padded with zeros.
    @inline(__always)
    func vector(at index: Int, count: Int) -> Vector {
        if count >= Vector.scalarCount {
            return UnsafeRawPointer(self + index).loadUnaligned(as: Vector.self)
        }
        var result = Vector()
        for lane in 0..<count { result[lane] = self[index + lane] }
        return result
    }
}

extension UnsafeMutablePointer<Float> {
    /// The eight values from `index`, or the `count` < 8 remaining ones padded with zeros.
    @inline(__always)
    func vector(at index: Int, count: Int) -> Vector {
        UnsafePointer(self).vector(at: index, count: count)
    }

    /// Stores the first `min(count, 8)` lanes of `value` from `index` on.
    @inline(__always)
    func store(_ value: Vector, at index: Int, count: Int) {
        if count >= Vector.scalarCount {
            UnsafeMutableRawPointer(self + index).storeBytes(of: value, as: Vector.self)
            return
        }
        for lane in 0..<count { self[index + lane] = value[lane] }
    }
}

/// Calls `body(index, lanes)` for index = 0, 8, 16, … below `count`, lanes being how many of
/// the eight values from `index` exist (8 except, perhaps, in the last group).
@inline(__always)
func forEachVector(count: Int, _ body: (_ index: Int, _ lanes: Int) -> Void) {
    var index = 0
    while index < count {
        body(index, count - index)
        index += Vector.scalarCount
    }
}

/// The square root of each lane, correctly rounded.
///
/// On Linux, `Float.squareRoot()` keeps C's errno behaviour for negative inputs, which turns
/// it into a library call the compiler cannot vectorize; SSE's `sqrtps` gives the same
/// correctly rounded roots four lanes at a time.
@inline(__always)
func squareRoot(_ value: Vector) -> Vector {
    #if arch(x86_64)
    return Vector(lowHalf: _mm_sqrt_ps(value.lowHalf), highHalf: _mm_sqrt_ps(value.highHalf))
    #else
    return value.squareRoot()
    #endif
}
