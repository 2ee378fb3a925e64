import LessonFormat
import Notebook

/// The commands that turn a lesson's knobs, as the page and the terminal print them.
public enum KnobCommand {
    /// `course run 9 --set noise=0`: the lesson run with `knob` at another value.
    public static func example(_ knob: Knob, in lesson: Lesson) -> String {
        "course run \(lesson.number) --set \(knob.name)=\(shellWord(knob.otherValue))"
    }

    /// `value` as one shell word: quoted when it holds anything but letters, digits and `.-_+`.
    static func shellWord(_ value: String) -> String {
        let plain = !value.isEmpty && value.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || ".-_+".unicodeScalars.contains($0))
        }
        return plain ? value : "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
