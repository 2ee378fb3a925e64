#if arch(x86_64)
import _Builtin_intrinsics.intel
#endif

/// Eight Floats processed at once: the unit of the explicitly vectorized loops (optimizers,
/// sigmoid).
///
/// Such a loop walks its arrays in whole groups of eight with `vector(at:)` and `store(_:at:)`,
/// then handles the last, partial group once, after the loop, with `paddedVector(at:count:)`
/// (zeros in the missing lanes) and `storePrefix(_:at:count:)`. Keeping the partial group out
/// of the loop matters: a call inside it would make the compiler reload every constant on
/// each turn. The work on one group is a local `@inline(__always)` function called in both
/// places (a helper taking a closure would call the closure instead of inlining it).
typealias Vector = SIMD8<Float>

/// The number of values in the whole groups of eight among `count` values.
@inline(__always)
func wholeVectors(_ count: Int) -> Int {
    count - count % Vector.scalarCount
}

extension UnsafePointer<Float> {
    /// The eight values from `index`.
    @inline(__always)
    func vector(at index: Int) -> Vector {
        UnsafeRawPointer(self + index).loadUnaligned(as: Vector.self)
    }

    /// The `count` < 8 values from `index`, padded with zeros.
    @inline(never)
    func paddedVector(at index: Int, count: Int) -> Vector {
        var result = Vector()
        for lane in 0..<count { result[lane] = self[index + lane] }
        return result
    }
}

extension UnsafeMutablePointer<Float> {
    /// The eight values from `index`.
    @inline(__always)
    func vector(at index: Int) -> Vector {
        UnsafePointer(self).vector(at: index)
    }

    /// The `count` < 8 values from `index`, padded with zeros.
    func paddedVector(at index: Int, count: Int) -> Vector {
        UnsafePointer(self).paddedVector(at: index, count: count)
    }

    /// Stores the eight lanes of `value` from `index` on.
    @inline(__always)
    func store(_ value: Vector, at index: Int) {
        UnsafeMutableRawPointer(self + index).storeBytes(of: value, as: Vector.self)
    }

    /// Stores the first `count` < 8 lanes of `value` from `index` on.
    @inline(never)
    func storePrefix(_ value: Vector, at index: Int, count: Int) {
        for lane in 0..<count { self[index + lane] = value[lane] }
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

/// Each lane limited to [low, high], a NaN lane staying NaN (like `Swift.min(Swift.max(x, low), high)`).
///
/// SSE's `minps`/`maxps` return their second operand when either is NaN, so with the lane's
/// value second they keep NaN in two instructions; the portable form costs a blend per bound.
@inline(__always)
func clamped(_ value: Vector, to low: Float, _ high: Float) -> Vector {
    #if arch(x86_64)
    func clamp(_ half: SIMD4<Float>) -> SIMD4<Float> {
        _mm_min_ps(SIMD4(repeating: high), _mm_max_ps(SIMD4(repeating: low), half))
    }
    return Vector(lowHalf: clamp(value.lowHalf), highHalf: clamp(value.highHalf))
    #else
    let raised = value.replacing(with: low, where: value .< low)
    return raised.replacing(with: high, where: raised .> high)
    #endif
}
