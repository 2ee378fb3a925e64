import Engine
import Foundation
import Testing

struct DigitsLoaderTests {
    @Test func loadsAll1797ImagesOf64Pixels() throws {
        let digits = try Digits.load()
        #expect(digits.features.shape == [1797, 64])
        #expect(digits.labels.count == 1797)
        #expect(digits.classCount == 10)
    }

    /// The per-class counts documented for the UCI optdigits test set (`optdigits.names`).
    @Test func classCountsAreThePublishedOnes() throws {
        let digits = try Digits.load()
        #expect(digits.classCounts == [178, 182, 177, 183, 181, 182, 181, 179, 174, 180])
    }

    /// The first line of scikit-learn's digits.csv.gz, a 0.
    @Test func firstImageIsTheFirstRowOfThePublishedCSV() throws {
        let digits = try Digits.load(pixels: .raw)
        let published: [Float] = [
            0, 0, 5, 13, 9, 1, 0, 0, 0, 0, 13, 15, 10, 15, 5, 0, 0, 3, 15, 2, 0, 11, 8, 0, 0, 4, 12, 0, 0, 8, 8, 0,
            0, 5, 8, 0, 0, 9, 8, 0, 0, 4, 11, 0, 1, 12, 7, 0, 0, 2, 14, 5, 10, 12, 0, 0, 0, 0, 6, 13, 10, 0, 0, 0,
        ]
        #expect(digits.example(at: 0) == published)
        #expect(digits.labels[0] == 0)
    }

    @Test func rawPixelsSpanZeroToSixteenAndUnitScaleDividesBySixteen() throws {
        let raw = try Digits.load(pixels: .raw)
        let scaled = try Digits.load()
        #expect(raw.features.scalars.min() == 0)
        #expect(raw.features.scalars.max() == 16)
        #expect(raw.features.scalars.allSatisfy { $0 == $0.rounded() })
        #expect(scaled.features.scalars == raw.features.scalars.map { $0 / 16 })
        #expect(scaled.labels == raw.labels)
    }

    @Test func loadsAnIntactCopyFromAnExplicitURL() throws {
        try withDamagedDigitsCopy({ _ in }) { url in
            let copy = try Digits.load(from: url)
            let shipped = try Digits.load()
            #expect(copy.labels == shipped.labels)
            #expect(copy.features.scalars == shipped.features.scalars)
        }
    }

    @Test func rejectsAMissingFileNamingIt() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-digits-\(UUID()).bin")
        #expect(throws: DataFileError.missing(path: url.path)) { try Digits.load(from: url) }
    }

    @Test func rejectsATruncatedFileNamingItAndBothSizes() throws {
        try withDamagedDigitsCopy({ $0.removeLast(100) }) { url in
            let error = #expect(throws: DataFileError.self) { try Digits.load(from: url) }
            #expect(error == .wrongSize(path: url.path, expectedBytes: 116_817, actualBytes: 116_717))
            #expect(error?.description.contains("truncated") == true)
            #expect(error?.description.contains(url.path) == true)
        }
    }

    @Test func rejectsAFileCutInsideItsHeader() throws {
        try withDamagedDigitsCopy({ $0.removeLast($0.count - 5) }) { url in
            #expect(throws: DataFileError.wrongSize(path: url.path, expectedBytes: 116_817, actualBytes: 5)) {
                try Digits.load(from: url)
            }
        }
    }

    @Test func rejectsAFileWithExtraBytes() throws {
        try withDamagedDigitsCopy({ $0.append(0) }) { url in
            #expect(throws: DataFileError.wrongSize(path: url.path, expectedBytes: 116_817, actualBytes: 116_818)) {
                try Digits.load(from: url)
            }
        }
    }

    @Test func rejectsOneAlteredPixelByChecksum() throws {
        // Byte 12 is the first pixel of the first image (a 0); make it a 1.
        try withDamagedDigitsCopy({ $0[12] = 1 }) { url in
            let error = #expect(throws: DataFileError.self) { try Digits.load(from: url) }
            guard case .checksumMismatch(let path, let expected, let actual) = error else {
                Issue.record("expected a checksum mismatch, got \(String(describing: error))")
                return
            }
            #expect(path == url.path)
            #expect(expected == Digits.fileSHA256)
            #expect(actual != expected)
            #expect(error?.description.contains("altered") == true)
        }
    }

    @Test func rejectsAnAlteredLabelByChecksum() throws {
        try withDamagedDigitsCopy({ $0[$0.count - 1] = ($0[$0.count - 1] + 1) % 10 }) { url in
            let error = #expect(throws: DataFileError.self) { try Digits.load(from: url) }
            #expect(error.map { if case .checksumMismatch = $0 { true } else { false } } == true)
        }
    }

    @Test func rejectsAFileWithoutTheMagicBytes() throws {
        try withDamagedDigitsCopy({ $0[0] = UInt8(ascii: "X") }) { url in
            #expect(throws: DataFileError.unrecognizedFormat(path: url.path, expectedMagic: "DG88")) {
                try Digits.load(from: url)
            }
        }
    }

    @Test func rejectsAHeaderAnnouncingAnotherShape() throws {
        // Bytes 4...7 hold the image count, little-endian: 1797 = 0x0705 -> 0x0706 = 1798.
        try withDamagedDigitsCopy({ $0[4] = 0x06 }) { url in
            #expect(throws: DataFileError.unexpectedShape(path: url.path, expected: [1797, 64], found: [1798, 64])) {
                try Digits.load(from: url)
            }
        }
    }
}

/// Runs `body` on a temporary copy of the shipped digits file with some bytes changed,
/// then deletes the copy.
func withDamagedDigitsCopy(
    _ damage: (inout [UInt8]) -> Void, body: (URL) throws -> Void
) throws {
    var bytes = try [UInt8](Data(contentsOf: Digits.bundledFileURL()))
    damage(&bytes)
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("digits-copy-\(UUID()).bin")
    try Data(bytes).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    try body(url)
}
