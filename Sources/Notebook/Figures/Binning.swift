import Foundation

/// Values counted into bins of equal width.
///
/// Bins are closed on the left and open on the right, `[lower, upper)`, except the last,
/// which also holds its upper edge, so the largest value always has a bin.
struct Binning: Equatable {
    /// The bin edges, one more than there are bins.
    let edges: [Double]
    /// How many values fell into each bin.
    let counts: [Int]
    /// How many finite values fell outside the edges.
    let outside: Int

    /// The width of every bin.
    var step: Double { edges[1] - edges[0] }

    /// About `bins` bins, and no more than `limit`, with round edges (multiples of 1, 2, 2.5
    /// or 5 × 10^k) that cover all finite `values`; nil when there are none.
    static func covering(_ values: [Double], approximately bins: Int, atMost limit: Int = .max) -> Binning? {
        let finite = values.filter(\.isFinite)
        guard var lower = finite.min(), var upper = finite.max() else { return nil }
        if upper - lower <= abs(lower) * 1e-12 {
            let pad = lower == 0 ? 1 : abs(lower) / 10
            (lower, upper) = (lower - pad, upper + pad)
        }
        let power = pow(10, Double(decimalExponent(of: (upper - lower) / Double(bins))))
        let candidates = [1.0, 2, 2.5, 5, 10, 20, 50].map { $0 * power }.map { step in
            let first = (lower / step + 1e-9).rounded(.down)
            let last = max((upper / step - 1e-9).rounded(.up), first + 1)
            return (step: step, first: first, count: Int(last - first))
        }
        // Closest to the requested count; on a tie, fewer and wider bins.
        let allowed = candidates.filter { $0.count <= limit }
        guard let best = (allowed.isEmpty ? candidates.suffix(1) : allowed[...]).min(by: { a, b in
            (abs(a.count - bins), -a.step) < (abs(b.count - bins), -b.step)
        }) else { return nil }
        let edges = (0...best.count).map { (best.first + Double($0)) * best.step }
        return Binning(edges: edges, values: finite)
    }

    /// Exactly `bins` bins across `range`; values outside it are counted in `outside`.
    static func across(_ range: ClosedRange<Double>, bins: Int, values: [Double]) -> Binning {
        let width = range.upperBound - range.lowerBound
        let edges = (0...bins).map { range.lowerBound + width * Double($0) / Double(bins) }
        return Binning(edges: edges, values: values.filter(\.isFinite))
    }

    /// The same bins with `values` counted instead.
    func counting(_ values: [Double]) -> Binning {
        Binning(edges: edges, values: values.filter(\.isFinite))
    }

    private init(edges: [Double], values: [Double]) {
        self.edges = edges
        let (lower, upper) = (edges[0], edges[edges.count - 1])
        let bins = edges.count - 1
        var counts = Array(repeating: 0, count: bins)
        var outside = 0
        for value in values {
            guard value >= lower && value <= upper else {
                outside += 1
                continue
            }
            let index = Int(((value - lower) / (upper - lower) * Double(bins)).rounded(.down))
            counts[min(max(index, 0), bins - 1)] += 1
        }
        self.counts = counts
        self.outside = outside
    }

    /// The label of every edge, with as many digits as the bin width needs.
    var edgeLabels: [String] {
        edges.map { Axis.label($0, onGridOf: step) }
    }

    /// Axis marks at round values (1, 2, 5 × 10^k) along bins `cellsPerBin` cells wide,
    /// where edge `i` sits at cell `i × cellsPerBin`.
    func axisMarks(cellsPerBin: Int) -> [AxisRuler.Mark] {
        let cells = counts.count * cellsPerBin
        let axis = Axis(lower: edges[0], upper: edges[edges.count - 1], scale: .linear)
        return axis.ticks(approximately: max(2, cells / 8)).compactMap { tick in
            axis.fraction(of: tick.value).map {
                AxisRuler.Mark(cell: Int(($0 * Double(cells)).rounded()), label: tick.label)
            }
        }
    }
}
