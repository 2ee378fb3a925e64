/// How terminal text is decorated: ANSI styles on a colour terminal, plain text otherwise
/// (when output is not a TTY, or `NO_COLOR` is set).
public struct TerminalStyle: Sendable {
    /// Whether ANSI escape codes are used at all.
    public let color: Bool

    /// Plain text, or ANSI styles when `color` is set.
    public init(color: Bool) { self.color = color }

    /// Colour when `isTTY` and the environment does not set `NO_COLOR` (https://no-color.org).
    public static func detect(isTTY: Bool, environment: [String: String]) -> TerminalStyle {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return TerminalStyle(color: isTTY && !noColor && environment["TERM"] != "dumb")
    }

    /// An ANSI text effect.
    public enum Effect: String, Sendable {
        case bold = "1", dim = "2", italic = "3", underline = "4"
        case red = "31", green = "32", yellow = "33", blue = "34", magenta = "35", cyan = "36"
    }

    /// `text` drawn with `effects`, or plain when colour is off.
    public func apply(_ effects: [Effect], to text: String) -> String {
        guard color, !effects.isEmpty, !text.isEmpty else { return text }
        return "\u{1B}[\(effects.map(\.rawValue).joined(separator: ";"))m\(text)\u{1B}[0m"
    }
}

/// A piece of text and the effects it is drawn with.
struct StyledRun {
    var text: String
    var effects: [TerminalStyle.Effect] = []
}

/// Word-wraps styled text to a width, measuring only the visible characters.
struct TextWrapper {
    let width: Int
    let style: TerminalStyle

    /// Lines no wider than `width` (a single word longer than that gets a line of its own).
    /// Words are split at spaces only, so a styled piece and the punctuation after it stay
    /// together.
    func wrap(_ runs: [StyledRun], firstPrefix: String = "", prefix: String = "") -> [String] {
        var lines: [String] = []
        var line = firstPrefix
        var visible = firstPrefix.visibleWidth
        var lineHasWord = false
        for word in words(runs) {
            if word.isBreak {
                lines.append(line)
                line = prefix
                visible = prefix.visibleWidth
                lineHasWord = false
                continue
            }
            if lineHasWord, visible + 1 + word.width > width {
                lines.append(line)
                line = prefix
                visible = prefix.visibleWidth
                lineHasWord = false
            }
            if lineHasWord { line += " "; visible += 1 }
            line += word.text
            visible += word.width
            lineHasWord = true
        }
        if lineHasWord || lines.isEmpty || line != prefix { lines.append(line) }
        return lines.map { $0.trimmingTrailingSpaces }
    }

    private struct Word {
        var text = ""
        var width = 0
        var isBreak = false
    }

    private func words(_ runs: [StyledRun]) -> [Word] {
        var result: [Word] = []
        var current = Word()
        var pending = ""
        func flushPending(_ effects: [TerminalStyle.Effect]) {
            guard !pending.isEmpty else { return }
            current.text += style.apply(effects, to: pending)
            current.width += pending.count
            pending = ""
        }
        for run in runs {
            for character in run.text {
                if character == " " || character == "\n" {
                    flushPending(run.effects)
                    if current.width > 0 { result.append(current) }
                    current = Word()
                    if character == "\n" { result.append(Word(isBreak: true)) }
                } else {
                    pending.append(character)
                }
            }
            flushPending(run.effects)
        }
        if current.width > 0 { result.append(current) }
        return result
    }
}

extension String {
    /// The number of characters a terminal shows, not counting ANSI escape sequences.
    var visibleWidth: Int {
        var count = 0
        var inEscape = false
        for character in self {
            if inEscape {
                if character.isLetter { inEscape = false }
            } else if character == "\u{1B}" {
                inEscape = true
            } else {
                count += 1
            }
        }
        return count
    }

    var trimmingTrailingSpaces: String {
        var text = Substring(self)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
