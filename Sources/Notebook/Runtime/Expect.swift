/// Checks a claim the lesson's prose relies on: `value` must lie in `range`.
///
/// When a run contradicts a claim, `course build` fails and names the Markdown line, so the
/// text can never silently drift away from what the experiments show.
///
///     expect(maximumSlope, in: 0.249...0.251, "sigmoid′ peaks at 0.25")
public func expect<Value: BinaryFloatingPoint>(
    _ value: Value, in range: ClosedRange<Double>, _ claim: String, line: Int = #line
) {
    let measured = Double(value)
    record(claim, held: range.contains(measured), measured: readable(measured),
           expected: "\(readable(range.lowerBound))…\(readable(range.upperBound))", line: line)
}

/// Checks a claim the lesson's prose relies on: `value` must lie in `range`.
public func expect<Value: BinaryInteger>(
    _ value: Value, in range: ClosedRange<Int>, _ claim: String, line: Int = #line
) {
    let measured = Int(value)
    record(claim, held: range.contains(measured), measured: readable(measured),
           expected: "\(readable(range.lowerBound))…\(readable(range.upperBound))", line: line)
}

/// Checks a claim the lesson's prose relies on: `condition` must hold.
public func expect(_ condition: Bool, _ claim: String, line: Int = #line) {
    record(claim, held: condition, detail: condition ? "holds" : "does not hold", line: line)
}

private func record(_ claim: String, held: Bool, measured: String, expected: String, line: Int) {
    record(claim, held: held, detail: "measured \(measured), expected \(expected)", measured: measured, line: line)
}

private func record(_ claim: String, held: Bool, detail: String, measured: String? = nil, line: Int) {
    if let notebook = Notebook.current {
        notebook.recordClaim(claim, held: held, detail: detail, measured: measured, line: line)
    } else {
        print(held ? "✓ \(claim)" : "✗ \(claim) (\(detail))")
    }
}
