import Foundation
import Site

/// Facts about the terminal the command runs in.
enum Terminal {
    static func isTTY(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// The width to lay text out in: the terminal's, at most 100; 80 when not a terminal.
    static var width: Int {
        var size = winsize()
        guard isTTY(STDOUT_FILENO), ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return min(100, Int(size.ws_col))
    }

    static func style(for descriptor: Int32) -> TerminalStyle {
        TerminalStyle.detect(isTTY: isTTY(descriptor), environment: ProcessInfo.processInfo.environment)
    }

    /// Writes to standard error (progress, diagnostics), leaving standard output for results.
    static func note(_ text: String, terminator: String = "\n") {
        FileHandle.standardError.write(Data((text + terminator).utf8))
    }
}
