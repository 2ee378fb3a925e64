/// A small grayscale image drawn with characters, for showing digits in a lesson's text output.
///
/// Each pixel becomes two characters (terminal cells are about twice as tall as wide) from
/// the ramp ` .:-=+*#%@`, blank for the low end of `range` and `@` for the high end, inside
/// a frame so that blank borders stay visible:
///
/// ```
/// +----------------+
/// |    ++@@**      |
/// |  ::@@==@@==    |
/// ```
public struct AsciiImage: CustomStringConvertible {
    /// The pixel values, row by row.
    public let pixels: [Float]
    /// Pixels per row.
    public let width: Int
    /// Rows.
    public let height: Int
    /// The values drawn as blank (lower bound) and as `@` (upper bound).
    public let range: ClosedRange<Float>

    private static let ramp = Array(" .:-=+*#%@")

    /// An image of `width × height` pixels. Without a `range`, it runs from 0 (or the
    /// smallest value, if negative) to the largest value.
    public init(pixels: [Float], width: Int, height: Int, range: ClosedRange<Float>? = nil) {
        precondition(width > 0 && height > 0 && pixels.count == width * height,
                     "\(pixels.count) pixels do not make a \(width)×\(height) image")
        self.pixels = pixels
        self.width = width
        self.height = height
        let low = min(0, pixels.min() ?? 0)
        self.range = range ?? low...max(low, pixels.max() ?? 0)
    }

    /// The framed drawing, one string per line.
    public var lines: [String] {
        let border = "+" + String(repeating: "-", count: 2 * width) + "+"
        let span = range.upperBound - range.lowerBound
        let top = Float(Self.ramp.count - 1)
        let rows = (0..<height).map { y in
            "|" + String((0..<width).flatMap { x -> [Character] in
                let share = span > 0 ? (pixels[y * width + x] - range.lowerBound) / span : 0
                let level = Int(min(max(share * top, 0), top).rounded())
                return [Self.ramp[level], Self.ramp[level]]
            }) + "|"
        }
        return [border] + rows + [border]
    }

    /// The drawing as one multi-line string.
    public var description: String { lines.joined(separator: "\n") }

    /// Several images next to each other, each under its caption (captions are cut to the
    /// image's width), separated by `gap` spaces.
    public static func sideBySide(_ images: [AsciiImage], captions: [String] = [], gap: Int = 2) -> String {
        precondition(captions.isEmpty || captions.count == images.count,
                     "\(captions.count) captions for \(images.count) images")
        let columns = images.map(\.lines)
        let widths = columns.map { $0.first?.count ?? 0 }
        let height = columns.map(\.count).max() ?? 0
        func padded(_ text: String, to width: Int) -> String {
            String(text.prefix(width)) + String(repeating: " ", count: max(0, width - text.count))
        }
        let spacer = String(repeating: " ", count: gap)
        var output: [String] = []
        if !captions.isEmpty {
            output.append(zip(captions, widths).map { padded($0, to: $1) }.joined(separator: spacer))
        }
        for row in 0..<height {
            output.append(columns.indices.map { column in
                padded(row < columns[column].count ? columns[column][row] : "", to: widths[column])
            }.joined(separator: spacer))
        }
        return output.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
    }
}

extension Dataset {
    /// Example `row` drawn as an image: its values read as a square image (`[N, H·W]`),
    /// or as the first channel of `[N, H, W]` / `[N, C, H, W]` examples.
    public func asciiImage(ofRow row: Int, range: ClosedRange<Float>? = nil) -> AsciiImage {
        let geometry = ImageGeometry(batchShape: features.shape)
        let pixels = Array(example(at: row).prefix(geometry.planeSize))
        return AsciiImage(pixels: pixels, width: geometry.width, height: geometry.height, range: range)
    }
}
