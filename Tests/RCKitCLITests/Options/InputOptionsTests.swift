import Foundation
import Testing

@testable import RCKitCLI

@Suite struct InputOptionsTests {
    static let before = AnalyzeCommandTests.sample
    static let after = repositoryRoot.appendingPathComponent("sample-data/forstuegang-efter.csv").path

    @Test func everyCommandThatReadsSurveysTakesInputFormat() throws {
        let out = try temporaryDirectory().appendingPathComponent("report.html").path
        for arguments in [
            ["analyze", Self.before, "--format", "json"], ["compare", Self.before, Self.after, "--format", "json"],
            ["report", Self.before, "--out", out], ["inspect", Self.before], ["import", Self.before]
        ] {
            let result = rckit(arguments + ["--input-format", "long"])
            #expect(result.status == 0, "\(arguments[0]): \(result.stderr)")
            #expect(rckit(arguments + ["--input-format", "auto"]).status == 0, "\(arguments[0])")
            let wrong = rckit(arguments + ["--input-format", "xlsx2"])
            #expect(wrong.status == 64 && wrong.stderr.contains("'xlsx2' is not a valid value for '--input-format'"))
        }
        #expect(rckit("inspect", Self.before, "--input-format", "long").stdout.contains("Format:     tidy long"))
    }

    @Test func importFormatIsAnAliasOfInputFormat() {
        let file = shapeFixture("google-forms.csv")
        let alias = rckit("import", file, "--format", "googleforms")
        let name = rckit("import", file, "--input-format", "googleforms")
        #expect(alias.status == 0 && name.status == 0)
        #expect(alias.stdout == name.stdout && !alias.stdout.isEmpty)
        #expect(
            rckit("import", file, "--format", "long", "--input-format", "long").stderr
                .hasPrefix("rckit: error: the option '--input-format' is given more than once"))
        #expect(rckit("import", file, "--format", "csv").stderr.contains("'csv' is not a valid value for '--format'"))
        #expect(rckit("import", "--help").stdout.contains("(also: --format)"))
    }

    @Test func mappingFormatNamesTheMappingOption() {
        let file = shapeFixture("limesurvey-codes.csv")
        let analyze = rckit("analyze", file, "--input-format", "mapping")
        #expect(analyze.status == 64)
        #expect(
            analyze.stderr.hasPrefix(
                "rckit: error: --input-format mapping reads the columns through a mapping file: give --mapping FILE as well"
            ))
        let imported = rckit("import", file, "--format", "mapping")
        #expect(imported.status == 64)
        #expect(
            imported.stderr.hasPrefix(
                "rckit: error: --format mapping reads the columns through a mapping file: give --mapping FILE"))
        let other = rckit(
            "analyze", file, "--input-format", "qualtrics", "--mapping", shapeFixture("limesurvey-codes.mapping.json"))
        #expect(other.status == 64)
        #expect(
            other.stderr.hasPrefix(
                "rckit: error: --mapping FILE reads the columns through the mapping file, so it goes with --input-format mapping (or auto), not with --input-format qualtrics"
            ))
        #expect(rckit("import", file, "--mapping", shapeFixture("limesurvey-codes.mapping.json")).status == 0)
    }

    @Test(arguments: ["analyze", "compare", "report", "inspect", "import"])
    func missingFileHasNoLineNumber(command: String) throws {
        let out = try temporaryDirectory().appendingPathComponent("r.html").path
        let extra = command == "report" ? ["--out", out] : []
        let missing = rckit([command, "nosuch.csv"] + extra)
        #expect(missing.status == 1)
        #expect(missing.stderr == "rckit: error: nosuch.csv: no such file\n")
        let folder = try temporaryDirectory().path + "/"
        let result = rckit([command, folder] + extra)
        #expect(result.status == 1)
        #expect(result.stderr == "rckit: error: \(folder): is a folder, not a file\n")
    }

    @Test func companionFilesAreCheckedToo() {
        let result = rckit("analyze", Self.before, "--mapping", "nosuch.json")
        #expect(result.status == 1)
        #expect(result.stderr == "rckit: error: nosuch.json: no such file\n")
        #expect(
            rckit("analyze", Self.before, "--instrument", "nosuch.json").stderr
                == "rckit: error: nosuch.json: no such file\n")
        #expect(rckit("instrument", "nosuch.json").stderr == "rckit: error: nosuch.json: no such file\n")
    }
}
