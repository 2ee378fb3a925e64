import Foundation

/// A program the bench starts and waits for, which writes its result as JSON to a file: a
/// reference script, or a round of the engine in a process of its own.
enum ChildProcess {
    /// Why a child produced no result, in one line.
    struct Failure: Error {
        let reason: String
    }

    /// Runs `executable` with `arguments`, then decodes the JSON it wrote to `output`; `name`
    /// names it in a failure, which gives the last three lines it wrote to standard error.
    static func run<Result: Decodable>(
        _ executable: URL, _ arguments: [String], environment: [String: String]? = nil,
        name: String, output: URL, as type: Result.Type
    ) -> Swift.Result<Result, Failure> {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        let errors = Pipe()
        process.standardError = errors
        do {
            try process.run()
        } catch {
            return .failure(Failure(reason: "could not start \(name): \(error)"))
        }
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let tail = said.split(separator: "\n").suffix(3).joined(separator: " | ")
            return .failure(Failure(reason: "\(name) exited with status \(process.terminationStatus): \(tail)"))
        }
        do {
            return .success(try decoder.decode(type, from: Data(contentsOf: output)))
        } catch {
            return .failure(Failure(reason: "\(name) wrote no readable result: \(error)"))
        }
    }

    /// JSON as the bench and its children exchange it: a diverging run's NaN or infinite
    /// losses are written as the strings the scripts write for them.
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return encoder
    }

    /// Reads what `encoder` and the scripts write.
    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return decoder
    }
}
