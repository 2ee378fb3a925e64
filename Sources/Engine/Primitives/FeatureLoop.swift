/// Calls `body` with the flat index and the feature of every value of a row-major
/// `[rows, features]` array, row by row: the loop batch norm's per-feature primitives run on
/// `[B, F]`, and which the compiler vectorizes. Wrapping arithmetic (every index is below
/// rows·features, which fits in an Int): an overflow check inside the loop would keep it scalar.
@inline(__always)
func forEachFeatureValue(rows: Int, features: Int, _ body: (_ index: Int, _ feature: Int) -> Void) {
    for row in 0..<rows {
        let start = row &* features
        for feature in 0..<features { body(start &+ feature, feature) }
    }
}
