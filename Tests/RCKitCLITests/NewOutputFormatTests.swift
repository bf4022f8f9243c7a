import Foundation
import RCKitCLI
import RCReport
import RCStats
import RCSurvey
import Testing

/// A new output format is one type: this file adds one (tab-separated cell means) and offers it
/// to `analyze` and `compare` without touching anything else — its name in `--format` and in
/// help, its file extension for `--out`, every kind of result.
@Suite struct NewOutputFormatTests {
    /// Rater, target and mean of every shown cell, tab-separated; for a comparison, the difference.
    enum TSVRenderer: ResultRenderer {
        static let name = "tsv"
        static let fileExtensions = ["tsv"]

        static func render(_ result: SurveyResult, _ context: ResultContext) -> RenderedOutput {
            var lines = ["rater\ttarget\tvalue"]
            switch result {
            case .analysis, .segmentedAnalysis:
                for cell in result.analyses[0].cells {
                    guard let mean = cell.estimate.mean else { continue }
                    lines.append("\(cell.rater)\t\(cell.target)\t\(context.language.format(mean))")
                }
            case let .comparison(comparisons):
                for cell in comparisons[0].cells {
                    guard let diff = cell.comparison.difference else { continue }
                    lines.append("\(cell.rater)\t\(cell.target)\t\(context.language.format(diff))")
                }
            case let .segmentedComparison(segmented):
                for cell in segmented.whole[0].cells {
                    guard let diff = cell.comparison.difference else { continue }
                    lines.append("\(cell.rater)\t\(cell.target)\t\(context.language.format(diff))")
                }
            }
            return .text(lines.joined(separator: "\n") + "\n")
        }
    }

    static func run(_ arguments: [String]) -> CLIResult {
        rckit(arguments, outputFormats: .standard + [TSVRenderer.self])
    }

    static let before = repositoryRoot.appendingPathComponent("sample-data/forstuegang-foer.csv").path
    static let after = repositoryRoot.appendingPathComponent("sample-data/forstuegang-efter.csv").path

    @Test func analyzeWritesTheNewFormat() throws {
        let result = Self.run(["analyze", Self.before, "--format", "tsv", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "rater\ttarget\tvalue")
        #expect(lines.count > 10)
        #expect(lines.dropFirst().allSatisfy { $0.split(separator: "\t").count == 3 })
    }

    @Test func compareWritesTheNewFormatAndHelpListsIt() throws {
        let result = Self.run(["compare", Self.before, Self.after, "--format", "tsv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("rater\ttarget\tvalue\n"))
        let help = Self.run(["analyze", "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("Values: table, md, csv, json, html, xlsx, tsv."))
        // Without it, the format is unknown.
        #expect(rckit(["analyze", Self.before, "--format", "tsv"]).status == 64)
    }

    @Test func outFindsItByItsExtension() throws {
        #expect(OutputFormats.standard.renderer(forFile: "net.json") == JSONRenderer.self)
        #expect((OutputFormats.standard + [TSVRenderer.self]).renderer(forFile: "cells.TSV") == TSVRenderer.self)
        #expect(OutputFormats.standard.renderer(forFile: "noextension") == nil)
    }
}
