import Foundation
import RCCommandLine
import RCSurvey

/// `rckit-gen sample`: writes the committed worked example.
struct SampleCommand: Sendable {
    static let out = Option<String>.text(
        "--out", Localized("DIR"),
        Localized(
            "The directory to write to (default: sample-data). Existing files of the example are replaced."))
    static let seed = Option<Int>.integer(
        "--seed", Localized("S"),
        Localized(
            "Draw a variation of the example from another seed. The committed sample data uses the default (\(ForstuegangDesign.seed))."
        ),
        in: 0...Int.max)

    static let spec = CommandSpec(
        tool: GeneratorCommand.name, name: "sample",
        summary: Localized("Write the Danish worked example (forstuegang) to sample-data/."),
        discussion: Localized(
            """
            The worked example: an orthopaedic ward where endocrinologists joined the morning pre-rounds
            (forstuegang), surveyed before and after. Writes forstuegang-foer.csv, forstuegang-efter.csv
            (tidy long), forstuegang-foer-export.csv (Windows-1252 wide export of the first round),
            forstuegang-instrument.json and README.md. The output is the same, byte for byte, on every run
            and every machine.
            """),
        positionals: [], groups: [OptionGroup(nil, [out.spec, seed.spec])])

    var directory: String
    var seed: UInt64

    init(_ arguments: ParsedArguments) throws(UsageError) {
        directory = arguments[Self.out] ?? "sample-data"
        seed = arguments[Self.seed].map(UInt64.init) ?? ForstuegangDesign.seed
        guard !directory.isEmpty else {
            throw UsageError(Localized("--out needs a directory"), command: arguments.command)
        }
    }

    func run(output: inout some TextOutputStream) throws(GeneratorError) {
        let instrument = ForstuegangDesign.instrument
        try SampleCommand.checkLoadable(instrument)
        let survey = SampleSurvey(seed: seed)
        let files = try SampleFiles(survey: survey, instrument: instrument).render()

        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .output(path: directory, reason: "cannot create the directory")
        }
        for file in files {
            let path = (directory as NSString).appendingPathComponent(file.name)
            do {
                try Data(file.bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                throw .output(path: path, reason: "cannot write the file")
            }
            output.write("wrote \(path) (\(file.bytes.count) bytes)\n")
        }
        for round in survey.rounds {
            output.write("round \(round.label): \(round.respondents.count) respondents\n")
        }
    }

    /// The instrument file must read back as the same instrument; anything else is a bug here.
    static func checkLoadable(_ instrument: Instrument) throws(GeneratorError) {
        let text = instrument.jsonValue.serialized()
        let loaded: Instrument
        do {
            loaded = try Instrument.decode(Data(text.utf8), file: "forstuegang-instrument.json")
        } catch {
            throw .output(path: "forstuegang-instrument.json", reason: "the instrument does not load: \(error)")
        }
        guard loaded == instrument else {
            throw .output(path: "forstuegang-instrument.json", reason: "the instrument does not read back unchanged")
        }
    }
}
