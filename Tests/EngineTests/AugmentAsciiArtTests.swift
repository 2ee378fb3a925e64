import Engine
import Testing

struct AugmentAsciiArtTests {
    /// Range 0...16 over the 10-step ramp " .:-=+*#%@": 0 → level 0 (blank), 16 → level 9 (@),
    /// 8 → 4.5, rounded to 5 (+), 4 → 2.25, rounded to 2 (:).
    @Test func pixelsMapOntoTheRampInsideAFrame() {
        let image = AsciiImage(pixels: [0, 16, 8, 4], width: 2, height: 2)
        #expect(image.description == """
            +----+
            |  @@|
            |++::|
            +----+
            """)
    }

    @Test func anExplicitRangeFixesTheScale() {
        // With range 0...32, 16 is half-way: level 4.5 → 5 (+).
        #expect(AsciiImage(pixels: [16], width: 1, height: 1, range: 0...32).lines[1] == "|++|")
    }

    @Test func aBlankImageStaysBlank() {
        #expect(AsciiImage(pixels: [0, 0], width: 2, height: 1).lines[1] == "|    |")
    }

    @Test func imagesSitSideBySideUnderTheirCaptions() {
        let a = AsciiImage(pixels: [1], width: 1, height: 1)
        let b = AsciiImage(pixels: [0], width: 1, height: 1)
        #expect(AsciiImage.sideBySide([a, b], captions: ["one", "blank"], gap: 1) == """
            one  blan
            +--+ +--+
            |@@| |  |
            +--+ +--+
            """)
    }

    @Test func aDigitDrawsAsAnEightByEightFramedImage() throws {
        let digits = try Digits.load()
        let lines = digits.asciiImage(ofRow: 0).lines
        #expect(lines.count == 10)
        #expect(lines.allSatisfy { $0.count == 18 })
        // The first image's top row is 0 0 5 13 9 1 0 0 (of 15 at most in this image):
        // 5/15·9 = 3 (-), 13/15·9 = 7.8 → 8 (%), 9/15·9 = 5.4 → 5 (+), 1/15·9 = 0.6 → 1 (.).
        #expect(lines[1] == "|    --%%++..    |")
    }

    @Test func imageShapedExamplesDrawTheirFirstChannel() throws {
        let images = try Digits.load().reshapingExamples(to: [1, 8, 8])
        #expect(images.asciiImage(ofRow: 0).description == (try Digits.load()).asciiImage(ofRow: 0).description)
    }
}
