import Foundation
import RCStats
import RCSurvey
import Testing

@testable import RCReport

/// The workbook's legends agree with what its cells show: ↑/↓ for changes that matter on the
/// change sheet (▲/▼ are strength on the heat-map sheets), sample cells coloured as the grid's,
/// and the own-group diagonal framed.
@Suite struct ComparisonWorkbookTests {
    static let comparison = ReportFixtures.comparison()
    static var document: SpreadsheetML {
        ComparisonWorkbook(comparisons: [comparison], language: .da).document
    }

    static func row(_ sheet: SpreadsheetML.Sheet, startingWith title: String) -> [SpreadsheetML.Cell?]? {
        sheet.rows.first { row in
            guard case let .text(text)? = row.first??.value else { return false }
            return text == title
        }
    }

    @Test func theChangeSheetMarksChangesThatMatterWithArrows() throws {
        let sheet = try #require(Self.document.sheets.first)
        let formats = sheet.rows.flatMap { $0.compactMap { $0?.style.numberFormat } }
        #expect(!formats.isEmpty)
        #expect(formats.allSatisfy { !$0.contains("▲") && !$0.contains("▼") }, "▲/▼ mean strength, not change")
        let roles = Self.comparison.roles
        for (a, _) in roles.enumerated() {
            for b in roles.indices {
                let cell = try #require(sheet.rows[3 + a][1 + b])
                let verdict = Self.comparison.cells[a * roles.count + b].verdict
                let format = cell.style.numberFormat ?? ""
                #expect(format.contains("↑") == (verdict == .improved))
                #expect(format.contains("↓") == (verdict == .declined))
                #expect(cell.style.outlined == (a == b), "the own-group diagonal is framed")
            }
        }
        let legend = try #require(Self.row(sheet, startingWith: "Farveskala"))
        let samples = legend.dropFirst().compactMap { $0 }
        #expect(samples.count == 5)
        #expect(samples.first?.style.numberFormat?.contains("↓") == true)
        #expect(samples.last?.style.numberFormat?.contains("↑") == true)
        // A cell that matters has the colour its legend sample shows for its direction and size.
        let palette = ReportPalette(thresholds: .standard, scale: 1...5)
        #expect(samples.first?.style.fill == palette.change(-0.6, matters: true).fill)
        #expect(samples.last?.style.fill == palette.change(0.6, matters: true).fill)
        let texts = sheet.rows.flatMap {
            $0.compactMap { cell -> String? in
                guard case let .text(text)? = cell?.value else { return nil }
                return text
            }
        }
        #expect(texts.contains { $0.hasPrefix("↑ tydelig forbedring  ↓ tydelig forværring") })
        #expect(texts.contains(Phrases(language: .da).ownGroupLegend))
        #expect(texts.contains { $0.hasPrefix("Parret (samme id og faggruppe): ") }, "says who was paired")
    }

    @Test func theHeatMapLegendShowsTheCellsColours() throws {
        let sheet = try #require(Self.document.sheets.dropFirst().first)
        let legend = try #require(Self.row(sheet, startingWith: "Farveskala"))
        let samples = legend.dropFirst().compactMap { $0 }
        #expect(samples.count == 5)
        let palette = ReportPalette(thresholds: .standard, scale: 1...5)
        for sample in samples {
            guard case let .number(value) = sample.value else {
                Issue.record("a sample without a number")
                continue
            }
            let strength = StrengthThresholds.standard.strength(of: value)
            #expect(sample.style.fill == palette.strength(value, as: strength).fill)
            #expect(sample.style.numberFormat?.hasSuffix("\" \(strength.symbol)\"") == true)
        }
        // The grid's cells take their colour from the same palette, by their mean.
        let analysis = Self.comparison.before
        let first = try #require(
            sheet.rows.first { row in
                guard case .number? = row.dropFirst().first??.value else { return false }
                return true
            })
        if let cell = first[1], case let .number(mean) = cell.value, let strength = analysis.cells[0].strength {
            #expect(cell.style.fill == palette.strength(mean, as: strength).fill)
            #expect(cell.style.outlined)
        }
    }
}
