/// Lesson output made safe to print on a terminal: control characters (escape sequences,
/// bells, carriage returns, C1 controls) become visible symbols, so what a lesson prints can
/// never move the cursor, recolour or retitle the reader's terminal, with or without colour.
///
/// `ESC` becomes `␛`, the other C0 controls their Unicode control pictures (`␇` for BEL,
/// `␍` for CR), DEL `␡`, and C1 controls `�`. Tabs and line breaks stay as they are.
public func terminalSafe<Text: StringProtocol>(_ text: Text) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
        switch scalar.value {
        case 0x09, 0x0A: out.append(scalar)
        case 0x00...0x1F: out.append(Unicode.Scalar(0x2400 + scalar.value)!)
        case 0x7F: out.append("\u{2421}")
        case 0x80...0x9F: out.append("\u{FFFD}")
        default: out.append(scalar)
        }
    }
    return String(out)
}
