import Foundation

/// A seeded pseudo-random number generator: the same seed gives the same numbers on every run.
///
/// Every random choice in the engine (initial weights, dropout masks, RReLU slopes,
/// shuffling, augmentation) takes one of these, so a lesson re-runs to the same numbers.
/// The algorithm is xoshiro256** (Blackman and Vigna, 2018), seeded through SplitMix64 so
/// that nearby seeds give unrelated streams.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    /// Creates a generator whose whole stream is determined by `seed`.
    public init(seed: UInt64) {
        var splitmix = seed
        func nextSplitMix() -> UInt64 {
            splitmix &+= 0x9E37_79B9_7F4A_7C15
            var z = splitmix
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (nextSplitMix(), nextSplitMix(), nextSplitMix(), nextSplitMix())
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = rotateLeft(state.1 &* 5, by: 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotateLeft(state.3, by: 45)
        return result
    }

    /// A uniform `Float` in `[0, 1)` built from the top 24 bits, so every value is exact.
    public mutating func nextUnitFloat() -> Float {
        Float(nextUnitInteger()) * 0x1p-24
    }

    /// The integer u in [0, 2²⁴) that `nextUnitFloat()` scales to u·2⁻²⁴: the top 24 bits.
    mutating func nextUnitInteger() -> UInt64 {
        next() >> 40
    }

    /// A uniform `Float` in `range`.
    public mutating func nextFloat(in range: Range<Float>) -> Float {
        range.lowerBound + (range.upperBound - range.lowerBound) * nextUnitFloat()
    }

    /// A standard normal sample (mean 0, standard deviation 1) by the Box–Muller transform.
    public mutating func nextNormal() -> Float {
        // 1 - u keeps the logarithm's argument in (0, 1].
        let u1 = 1 - Double(next() >> 11) * 0x1p-53
        let u2 = Double(next() >> 11) * 0x1p-53
        return Float((-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2))
    }

    /// A generator for a sub-task, derived from this one, so that adding draws in one part
    /// of a program does not shift the numbers another part sees.
    public mutating func split() -> SeededGenerator {
        SeededGenerator(seed: next())
    }

    private func rotateLeft(_ x: UInt64, by k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}
