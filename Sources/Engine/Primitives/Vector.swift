/// Eight Floats processed at once: the unit of the explicitly vectorized loops (SGD, sigmoid).
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
