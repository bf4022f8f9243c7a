import Foundation
import RCCommandLine

/// `rckit-gen synthetic`: streams a synthetic survey of any size for benchmarks.
struct SyntheticCommand: Sendable {
    static let respondents = Option<Int>.integer(
        "--respondents", Localized("N"),
        Localized("Respondents per round (1 to 50,000,000)."), in: 1...50_000_000
    ).required()
    static let roles = Option<Int>.integer(
        "--roles", Localized("R"), Localized("Roles, named Rolle 01, Rolle 02, … (1 to 999)."),
        in: 1...999
    ).required()
    static let shape = Option<SyntheticWriter.Shape>.choice(
        "--shape", Localized("S"),
        Localized(
            "long: tidy long CSV, one answer per row (default); wide: one row per respondent, a column per dimension and role."
        ))
    static let rounds = Option<Int>.integer(
        "--rounds", Localized("K"),
        Localized(
            "1 (default; empty round column) or 2 (rounds r1 and r2: three in five respondents of r2 also answered r1, under the same id)."
        ),
        in: 1...2)
    static let seed = Option<Int>.integer(
        "--seed", Localized("S"),
        Localized("Any whole number (default 1). The same seed gives the same bytes."), in: 0...Int.max)
    static let out = Option<String>.text(
        "--out", Localized("FILE"),
        Localized(
            "Where to write (default: standard output, also '-'). The file appears only when complete."))

    static let spec = CommandSpec(
        tool: GeneratorCommand.name, name: "synthetic",
        summary: Localized("Stream a synthetic survey of any size, tidy long or wide."),
        discussion: Localized(
            """
            A synthetic relational coordination survey, e.g. a national one of 300,000 respondents and 20 roles
            (42 million answers, about 2.5 GB in tidy long form). Every respondent rates every role on all seven
            dimensions; about 2% of answers are blank and 1% "Ved ikke". Ids are P0000001, P0000002, …
            """),
        positionals: [],
        groups: [OptionGroup(nil, [respondents.spec, roles.spec, shape.spec, rounds.spec, seed.spec, out.spec])])

    var survey: SyntheticSurvey
    var shape: SyntheticWriter.Shape
    var path: String?

    init(_ arguments: ParsedArguments) throws(UsageError) {
        // The parser has checked that both required options are there.
        let respondents = arguments[Self.respondents] ?? 1
        let roles = arguments[Self.roles] ?? 1
        let rounds = arguments[Self.rounds] ?? 1
        let seed = arguments[Self.seed] ?? 1
        shape = arguments[Self.shape] ?? .long
        path = arguments[Self.out].flatMap { $0 == "-" ? nil : $0 }
        if path == "" { throw UsageError(Localized("--out needs a file name"), command: arguments.command) }
        survey = SyntheticSurvey(respondents: respondents, roles: roles, rounds: rounds, seed: UInt64(seed))
    }

    func run(output: inout some TextOutputStream) throws(GeneratorError) {
        let writer = SyntheticWriter(survey: survey, shape: shape)
        guard let path else {
            let sink = ByteSink(descriptor: 1)
            writer.write(to: sink)
            if let failure = sink.failure {
                throw .output(path: "standard output", reason: String(cString: strerror(failure)))
            }
            return
        }

        // Write beside the target and rename at the end: no half file under the real name.
        let partial = path + ".partial"
        let descriptor = open(partial, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw .output(path: path, reason: "cannot create the file (\(String(cString: strerror(errno))))")
        }
        let clock = ContinuousClock()
        let started = clock.now
        let sink = ByteSink(descriptor: descriptor)
        let answers = writer.write(to: sink)
        let failure = sink.failure ?? (close(descriptor) == 0 ? nil : errno)
        if let failure {
            unlink(partial)
            throw .output(path: path, reason: "cannot write the file (\(String(cString: strerror(failure))))")
        }
        guard rename(partial, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(partial)
            throw .output(path: path, reason: "cannot move the finished file into place (\(reason))")
        }
        let elapsed = clock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let megabytes = Double(sink.written) / 1_000_000
        output.write(
            "wrote \(path): \(survey.respondents * survey.rounds) respondent rows, \(answers) answers, "
                + "\(sink.written) bytes in \(SyntheticCommand.decimal(seconds, 2)) s "
                + "(\(SyntheticCommand.decimal(megabytes / max(seconds, 1e-9), 0)) MB/s)\n")
    }

    /// A number with `places` decimals and a point, whatever the locale.
    static func decimal(_ value: Double, _ places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((value * scale).rounded())
        guard places > 0 else { return String(scaled) }
        let whole = scaled / Int(scale)
        let fraction = String(scaled % Int(scale))
        return "\(whole)." + String(repeating: "0", count: places - fraction.count) + fraction
    }
}
