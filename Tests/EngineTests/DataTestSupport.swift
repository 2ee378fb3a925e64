import Engine

/// A classification set whose example `i` is `[i, i, …]` (`width` copies), so every row
/// can be traced back to where it came from after splitting, batching or subsetting.
func indexedDataset(labels: [Int], width: Int = 1) -> Dataset {
    let values = labels.indices.flatMap { Array(repeating: Float($0), count: width) }
    return Dataset(features: Tensor(shape: [labels.count, width], scalars: values), labels: labels)
}

/// The source row of every example of a set made by `indexedDataset`.
func rowIDs(_ dataset: Dataset) -> [Int] {
    (0..<dataset.count).map { Int(dataset.example(at: $0)[0]) }
}

/// `count` labels cycling through the classes with the given counts, class 0 first.
func labels(withClassCounts counts: [Int]) -> [Int] {
    counts.enumerated().flatMap { Array(repeating: $0.offset, count: $0.element) }
}
