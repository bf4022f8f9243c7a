import Foundation
import RCSurvey
import Testing

@testable import RCKitCLI

@Suite struct InstrumentCommandTests {
    @Test func danishQuestionsAndOptions() {
        let result = rckit("instrument", "--lang", "da")
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        for dimension in Dimension.allCases {
            #expect(result.stdout.contains(dimension.label(.da)))
        }
        for label in [
            "Aldrig", "Hele tiden", "Skyder altid skylden på andre", "Løser altid problemet sammen med dig",
            "Fuldstændigt", "Intet", "Alt", "Ved ikke", "Ikke relevant"
        ] {
            #expect(result.stdout.contains(label), "missing \(label)")
        }
        #expect(
            result.stdout.contains(
                "Hvor ofte kommunikerer personer i hver af disse faggrupper med dig om patientforløbet?"))
        #expect(!result.stdout.contains("[process]"))
    }

    @Test func englishQuestionsAndOptions() {
        let result = rckit("instrument", "--lang", "en")
        #expect(result.status == 0)
        #expect(
            result.stdout.contains(
                "How frequently do people in each of these groups communicate with you about the patient pathway?"))
        for label in [
            "Never", "Constantly", "Always blame others", "Always work with you to solve it", "Completely",
            "Everything", "Don't know"
        ] {
            #expect(result.stdout.contains(label), "missing \(label)")
        }
        #expect(!result.stdout.contains("Aldrig"))
    }

    @Test func processIsFilledIn() {
        let result = rckit("instrument", "rc7-en", "--process", "hip fracture care")
        #expect(result.stdout.contains("share your goals for hip fracture care?"))
    }

    @Test(arguments: ["text", "md", "json", "html"])
    func everyFormatRenders(format: String) {
        let result = rckit("instrument", "--format", format, "--lang", "da")
        #expect(result.status == 0)
        #expect(result.stdout.contains(format == "json" ? "\"mutual_respect\"" : "Gensidig respekt"))
    }

    @Test func jsonOutputIsALoadableInstrumentFile() throws {
        let result = rckit("instrument", "rc7-en", "--format", "json")
        let instrument = try Instrument.decode(Data(result.stdout.utf8), file: "stdout")
        #expect(instrument == Instrument.builtIn(named: "rc7-en"))
    }

    @Test func instrumentFileByPath() {
        let path = repositoryRoot.appendingPathComponent("instruments/rc7-sufficiency-en.json").path
        let result = rckit("instrument", path)
        #expect(result.status == 0)
        #expect(result.stdout.contains("5 = Just right"))
    }

    @Test func brokenInstrumentFileExitsOneNamingFileAndKeyPath() throws {
        let directory = try temporaryDirectory()
        let file = directory.appendingPathComponent("broken.json")
        try Data(#"{"rckit_instrument": 1, "name": "x", "process": "p", "scales": [], "items": []}"#.utf8).write(
            to: file)
        let result = rckit("instrument", file.path)
        #expect(result.status == 1)
        #expect(result.stderr == "rckit: error: \(file.path): scales: the list is empty\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func unknownInstrumentNameExitsOne() {
        let result = rckit("instrument", "rc12")
        #expect(result.status == 1)
        #expect(result.stderr.contains("no such instrument"))
    }

    @Test func outWritesFileAtomically() throws {
        let directory = try temporaryDirectory()
        let file = directory.appendingPathComponent("q.html")
        let result = rckit("instrument", "--format", "html", "--out", file.path)
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let html = try String(contentsOf: file, encoding: .utf8)
        #expect(html.hasPrefix("<!doctype html>"))
        // No temporary files are left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["q.html"])
    }

    @Test func outIntoMissingFolderFailsWithoutWriting() {
        let result = rckit("instrument", "--out", "/nonexistent-folder/q.txt")
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent-folder/q.txt: cannot write the file"))
    }
}
