import Foundation
import RCStats
import RCSurvey
import Testing

@testable import RCReport

/// The workbook's parts as written: numbers as numbers with their strength symbol in the number
/// format, texts as inline strings (never formulas), hidden cells without a number.
@Suite struct AnalysisWorkbookTests {
    static func text(_ parts: [(path: String, bytes: [UInt8])], _ path: String) -> String {
        parts.first { $0.path == path }.map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""
    }

    /// A survey whose roles are hostile names.
    static func hostile() -> NetworkAnalysis {
        var builder = SurveyBuilder()
        let roles = ["=HYPERLINK(\"http://x\")", "<b>&Læge\u{7}"]
        for (number, role) in roles.enumerated() {
            for member in 0..<4 {
                for target in roles {
                    for dimension in Dimension.allCases {
                        _ = builder.add(
                            Answer(
                                respondent: "\(number)-\(member)", raterRole: role, targetRole: target,
                                dimension: dimension, score: Double(1 + (member + dimension.index) % 5)))
                    }
                }
            }
        }
        for dimension in Dimension.allCases {
            _ = builder.add(
                Answer(respondent: "lone", raterRole: "Portør", targetRole: roles[0], dimension: dimension, score: 4))
        }
        return NetworkAnalysis(builder.build(), options: AnalysisOptions(minGroup: 3))!
    }

    @Test func partsOfAPackage() {
        let parts = AnalysisWorkbook(analysis: Self.hostile(), language: .da).parts()
        #expect(
            parts.map(\.path).prefix(5) == [
                "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"
            ])
        #expect(parts.count == 5 + 9)  // heat map, n, seven dimensions
        let workbook = Self.text(parts, "xl/workbook.xml")
        #expect(workbook.contains("<sheet name=\"Varmekort\" sheetId=\"1\""))
        #expect(workbook.contains("<sheet name=\"n\" sheetId=\"2\""))
        #expect(workbook.contains("<sheet name=\"Problemløsende kommunikation\""))
    }

    @Test func userTextNeverBecomesAFormula() {
        let parts = AnalysisWorkbook(analysis: Self.hostile(), language: .en).parts()
        for part in parts where part.path.hasPrefix("xl/worksheets/") {
            let xml = String(decoding: part.bytes, as: UTF8.self)
            #expect(!xml.contains("<f>") && !xml.contains("<f "))
            #expect(!xml.contains("\u{7}"))
        }
        let sheet = Self.text(parts, "xl/worksheets/sheet1.xml")
        #expect(sheet.contains("t=\"inlineStr\"><is><t xml:space=\"preserve\">=HYPERLINK(&quot;http://x&quot;)</t>"))
        #expect(sheet.contains("&lt;b&gt;&amp;Læge</t>"))
        #expect(!sheet.contains("<b>&"))
    }

    @Test func meansAreNumbersWithTheirSymbolInTheFormat() throws {
        let analysis = Self.hostile()
        let parts = AnalysisWorkbook(analysis: analysis, language: .da).parts()
        let sheet = Self.text(parts, "xl/worksheets/sheet1.xml")
        let shown = try #require(analysis.cells.first { !$0.estimate.isSuppressed })
        let mean = try #require(shown.estimate.mean)
        #expect(sheet.contains("<v>\(SpreadsheetML.number(mean))</v>"))
        let styles = Self.text(parts, "xl/styles.xml")
        let symbol = try #require(shown.strength?.symbol)
        #expect(styles.contains("formatCode=\"[$-406]0.00&quot; \(symbol)&quot;\""))
        #expect(
            Self.text(AnalysisWorkbook(analysis: analysis, language: .en).parts(), "xl/styles.xml").contains(
                "[$-409]0.00"))
        // The lone Portør's cells are hidden: no number, a hatched "·".
        let hidden = try #require(analysis.cells.firstIndex { $0.rater == "Portør" && $0.estimate.hidden != nil })
        #expect(analysis.cells[hidden].estimate.isSuppressed && analysis.cells[hidden].estimate.hidden == .fewerThanK)
        // Its count reads "<3", never 0.
        #expect(Self.text(parts, "xl/worksheets/sheet2.xml").contains("<t xml:space=\"preserve\">&lt;3</t>"))
        let row = hidden / analysis.roles.count, column = hidden % analysis.roles.count
        let reference = SpreadsheetML.reference(row: 4 + row, column: 1 + column)
        let cell = try #require(
            sheet.range(of: "<c r=\"\(reference)\"").map { String(sheet[$0.lowerBound...].prefix(200)) })
        #expect(cell.contains("t=\"inlineStr\"><is><t xml:space=\"preserve\">·</t>"))
        #expect(styles.contains("patternType=\"lightUp\""))
    }

    @Test func sheetNamesAreValidAndUnique() {
        let names = SpreadsheetML.sheetNames([
            "Akut", "akut", "a/b:c*d?[e]", "'quoted'", "", String(repeating: "x", count: 40),
            String(repeating: "x", count: 40)
        ])
        #expect(
            names == [
                "Akut", "akut (2)", "abcde", "quoted", "Ark", String(repeating: "x", count: 31),
                String(repeating: "x", count: 27) + " (2)"
            ])
    }

    @Test func cellReferences() {
        #expect(SpreadsheetML.reference(row: 0, column: 0) == "A1")
        #expect(SpreadsheetML.reference(row: 9, column: 25) == "Z10")
        #expect(SpreadsheetML.reference(row: 0, column: 26) == "AA1")
        #expect(SpreadsheetML.reference(row: 0, column: 701) == "ZZ1")
        #expect(SpreadsheetML.reference(row: 0, column: 702) == "AAA1")
    }
}
