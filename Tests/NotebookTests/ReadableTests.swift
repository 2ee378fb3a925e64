import Testing
@testable import Notebook

/// Every expected string below follows from the rules in `readable`'s documentation by hand.
struct ReadableTests {
    @Test func wholeNumbersGetCommasFromTenThousandUp() {
        #expect(readable(0) == "0")
        #expect(readable(1797) == "1797")
        #expect(readable(9999) == "9999")
        #expect(readable(10_000) == "10,000")
        #expect(readable(12_345) == "12,345")
        #expect(readable(-1_234_567) == "-1,234,567")
        #expect(readable(Int.min) == "-9,223,372,036,854,775,808")
    }

    @Test func specialValuesHaveTheirOwnWords() {
        #expect(readable(0.0) == "0")
        #expect(readable(-0.0) == "0")
        #expect(readable(Double.nan) == "NaN")
        #expect(readable(Double.infinity) == "∞")
        #expect(readable(-Double.infinity) == "−∞")
    }

    @Test func tinyAndHugeNumbersUseShortScientificNotation() {
        #expect(readable(2.5e-7) == "2.5e-7")
        #expect(readable(1.23e8) == "1.23e8")
        #expect(readable(-4e-5) == "-4e-5")
        // 0.000999 is just below 1e-3: scientific, 3 digits "9.99".
        #expect(readable(0.000999) == "9.99e-4")
        // 1,234,567 is at or above 1e6: 1.234567e6 to 3 digits is 1.23e6.
        #expect(readable(1_234_567.0) == "1.23e6")
        #expect(readable(1e6) == "1e6")
        #expect(readable(-3.14159e-12) == "-3.14e-12")
    }

    @Test func scientificBoundariesSitAtOneThousandthAndOneMillion() {
        #expect(readable(0.001) == "0.001")
        #expect(readable(999_999.4) == "999,999")
        // Rounding 999,999.6 to a whole number gives 1,000,000, which belongs to scientific notation.
        #expect(readable(999_999.6) == "1e6")
    }

    @Test func hundredsToAMillionAreRoundedToWholeNumbers() {
        #expect(readable(100.0) == "100")
        #expect(readable(123.4) == "123")
        #expect(readable(1234.6) == "1235")
        #expect(readable(12_345.6) == "12,346")
        #expect(readable(-4321.2) == "-4321")
        // 99.96 to 3 significant digits is 100.0, trimmed to 100.
        #expect(readable(99.96) == "100")
    }

    @Test func exactTiesRoundAwayFromZeroAsTaughtAtSchool() {
        // 1234.5, 0.125, 2.5 and 0.5 are exact in binary, so these are true ties.
        #expect(readable(1234.5) == "1235")
        #expect(readable(-1234.5) == "-1235")
        #expect(readable(0.125, digits: 2) == "0.13")
        #expect(readable(2.5, digits: 1) == "3")
        #expect(percent(0.125, digits: 0) == "13%")
        #expect(readable(999.5) == "1000")
        // 1.005 is stored as 1.00499999999999989…, just below the tie: it rounds down.
        #expect(readable(1.005, digits: 3) == "1")
    }

    @Test func midrangeNumbersShowThreeSignificantDigitsWithoutTrailingZeros() {
        #expect(readable(0.25) == "0.25")
        #expect(readable(2.3) == "2.3")
        #expect(readable(0.012345) == "0.0123")
        #expect(readable(96.43) == "96.4")
        #expect(readable(99.94) == "99.9")
        #expect(readable(1.0) == "1")
        #expect(readable(-0.5) == "-0.5")
    }

    @Test func chosenDigitsChangeThePrecisionButNeverDropWholeDigits() {
        #expect(readable(3.14159, digits: 5) == "3.1416")
        #expect(readable(123.456, digits: 5) == "123.46")
        #expect(readable(123_456.0, digits: 2) == "123,456")
        #expect(readable(2.6e-7, digits: 1) == "3e-7")
        #expect(readable(0.5, digits: 1) == "0.5")
    }

    @Test func floatsAreShownWithoutTheirBinaryRoundingError() {
        // Float(0.1) is 0.100000001490116…; three significant digits give 0.1.
        #expect(readable(Float(0.1)) == "0.1")
        #expect(readable(Float(2.5e-7)) == "2.5e-7")
        #expect(readable(Float(0.1), digits: 2) == "0.1")
        #expect(readable(Float.nan) == "NaN")
    }

    @Test func percentagesKeepAFixedNumberOfDecimals() {
        #expect(percent(0.9641) == "96.4%")
        #expect(percent(1) == "100.0%")
        #expect(percent(0.5, digits: 0) == "50%")
        #expect(percent(0.12345, digits: 2) == "12.35%")
        #expect(percent(123.456) == "12,345.6%")
        #expect(percent(Float(0.25)) == "25.0%")
        #expect(percent(Double.nan) == "NaN")
        #expect(percent(-Double.infinity) == "−∞%")
    }

    @Test func aTinyNegativeShareRoundsToZeroWithoutASign() {
        #expect(percent(-0.00001) == "0.0%")
        #expect(percent(-0.001) == "-0.1%")
    }
}
