import Foundation
import RCSurvey

/// `rckit-gen sample`: writes the committed worked example.
struct SampleCommand: Sendable {
    static let name = "sample"
    static let options = ["out", "seed"]
    static let help = """
        OVERVIEW: Write the Danish worked example: an orthopaedic ward where endocrinologists
        joined the morning pre-rounds (forstuegang), surveyed before and after.

        USAGE: rckit-gen sample [--out DIR] [--seed S]

        OPTIONS:
          --out DIR   The directory to write to (default: sample-data). Existing files of the
                      example are replaced.
          --seed S    Draw a variation of the example from another seed. The committed
                      sample data uses the default (\(ForstuegangDesign.seed)).

        Writes forstuegang-foer.csv, forstuegang-efter.csv (tidy long), forstuegang-foer-export.csv
        (Windows-1252 wide export of the first round), forstuegang-instrument.json and README.md.
        The output is the same, byte for byte, on every run and every machine.

        """

    var directory: String
    var seed: UInt64

    init(options: OptionList) throws(GeneratorError) {
        directory = options.string("out") ?? "sample-data"
        seed = try options.integer("seed", in: 0...Int.max, command: SampleCommand.name).map(UInt64.init) ?? ForstuegangDesign.seed
        guard !directory.isEmpty else { throw .usage("sample: --out needs a directory") }
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
