/// What every layer inherits: its training flag, and the layers it holds, which it finds
/// itself in its stored properties.
///
/// This is PyTorch's `nn.Module` in Swift: a layer assigned to a property is a child, so a
/// container written by hand (a class holding two `Linear` layers) gets its parameters,
/// training mode, freezing, names and saving right without listing its children anywhere.
///
/// ```swift
/// final class TwoLayers: Module, Layer {
///     let hidden: Linear
///     let output: Linear
///     init(generator: inout SeededGenerator) {
///         hidden = Linear(inputs: 64, outputs: 32, generator: &generator)
///         output = Linear(inputs: 32, outputs: 10, generator: &generator)
///     }
///     func callAsFunction(_ x: Tensor) -> Tensor { output(relu(hidden(x))) }
/// }
/// ```
///
/// In a lesson, whose code runs on the main actor, such a class is `nonisolated`. A layer
/// held in two properties counts once; a layer must not hold the layer that holds it. To be
/// traced for diagnostics, a container also writes `traced(_:into:)` (see `Layer`).
open class Module {
    /// Whether the layer behaves as in training (dropout drops, batch norm uses batch
    /// statistics) or as in evaluation. It is changed only by `setTraining(_:)`, which
    /// reaches every layer inside, so a container and its layers cannot disagree.
    public private(set) var isTraining = true

    /// A module in training mode.
    public init() {}

    /// Puts this layer and every layer inside it into training (`true`) or evaluation mode.
    public final func setTraining(_ training: Bool) {
        isTraining = training
        for layer in sublayers { layer.setTraining(training) }
    }

    /// The layers held in this layer's stored properties, in the order the properties are
    /// declared (a superclass's first), each once.
    ///
    /// A property holds children when its value is a layer, an optional layer or an array of
    /// layers, whatever the declared type (`Linear`, `Sequential?`, `[any Layer]`). Layers
    /// kept in a dictionary, a set or a tuple have no order to name them by: such a property
    /// stops the program with a message saying so.
    public final var sublayers: [any Layer] {
        var seen: Set<ObjectIdentifier> = []
        return Self.storedValues(of: Mirror(reflecting: self))
            .flatMap { label, value in Self.layers(in: value, property: label, of: self) }
            .filter { seen.insert(ObjectIdentifier($0)).inserted }
    }

    /// Every stored property's name and value, a superclass's properties first.
    private static func storedValues(of mirror: Mirror) -> [(label: String, value: Any)] {
        let inherited = mirror.superclassMirror.map(storedValues(of:)) ?? []
        return inherited + mirror.children.map { ($0.label ?? "_", $0.value) }
    }

    /// The layers a property's value holds, if it holds them in an order.
    ///
    /// Layers are class instances, so a value is cast only if it is one, and looked into only
    /// if it is an optional or a collection: each runtime cast or mirror costs about half a
    /// microsecond, and `setTraining` runs this for every property of every layer.
    private static func layers(in value: Any, property: String, of owner: Module) -> [any Layer] {
        if type(of: value) is AnyClass { return (value as? any Layer).map { [$0] } ?? [] }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.map { layers(in: $0.value, property: property, of: owner) } ?? []
        case .collection:
            // Layers only when every element is one: when the first is not, none is looked at.
            guard let first = mirror.children.first?.value else { return [] }
            guard !layers(in: first, property: property, of: owner).isEmpty else { return [] }
            return value as? [any Layer] ?? []
        case .dictionary, .set, .tuple:
            if holdsLayers(mirror) {
                fatalError("""
                    \(type(of: owner)).\(property) keeps layers in a \(mirror.displayStyle.map { "\($0)" } ?? "value"), \
                    where they have no order to be named and saved by; store them as properties, an array or a Sequential
                    """)
            }
            return []
        default:
            return []
        }
    }

    /// Whether a dictionary, set or tuple holds a layer (a dictionary's entries are tuples).
    private static func holdsLayers(_ mirror: Mirror) -> Bool {
        mirror.children.contains { child in
            if child.value is any Layer || !((child.value as? [any Layer]) ?? []).isEmpty { return true }
            let inner = Mirror(reflecting: child.value)
            return inner.displayStyle == .tuple && holdsLayers(inner)
        }
    }
}
