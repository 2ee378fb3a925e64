/// Lets a list of layers be written one per line, with `if` and `for` allowed:
///
/// ```swift
/// let model = Sequential {
///     Linear(inputs: 64, outputs: 32, generator: &rng)
///     for _ in 0..<depth { Linear(inputs: 32, outputs: 32, generator: &rng); ReLU() }
///     if useDropout { Dropout(probability: 0.2, generator: &rng) }
/// }
/// ```
@resultBuilder
public enum LayerBuilder {
    /// One layer on a line.
    public static func buildExpression(_ layer: any Layer) -> [any Layer] { [layer] }
    /// An array of layers on a line.
    public static func buildExpression(_ layers: [any Layer]) -> [any Layer] { layers }
    /// The lines of a block, in order.
    public static func buildBlock(_ parts: [any Layer]...) -> [any Layer] { parts.flatMap { $0 } }
    /// An `if` without `else`.
    public static func buildOptional(_ part: [any Layer]?) -> [any Layer] { part ?? [] }
    /// The first branch of an `if`/`else`.
    public static func buildEither(first part: [any Layer]) -> [any Layer] { part }
    /// The second branch of an `if`/`else`.
    public static func buildEither(second part: [any Layer]) -> [any Layer] { part }
    /// A `for` loop.
    public static func buildArray(_ parts: [[any Layer]]) -> [any Layer] { parts.flatMap { $0 } }
}
