import Foundation
import FuzzSupport
import RCIngest
import RCSurvey

/// Instrument and column-mapping files from arbitrary bytes. The first byte chooses which; the
/// rest is the file. Invariants: no crash; an instrument that loads reads each of its own
/// labels (other than numbers) as a score on its own scale and can read a small tidy file without losing a record.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInstrument(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let choice = input.byte()
    let file = Data(input.rest)
    if choice & 1 == 0 {
        guard let instrument = try? Instrument.decode(file, file: "fuzz.json") else { return 0 }
        exercise(instrument)
    } else {
        _ = try? ColumnMapping.decode(file, file: "fuzz.mapping.json")
    }
    return 0
}

func exercise(_ instrument: Instrument) {
    for dimension in Dimension.allCases {
        guard let scale = instrument.scale(for: dimension) else { continue }
        for option in scale.options {
            // A label that looks like a number reads as that number; any other must read as itself.
            for label in option.label.values.values
            where !label.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) {
                if case .invalid = scale.value(of: label) {
                    violated("\(dimension.id): the scale's own label '\(label)' does not read")
                }
            }
        }
        _ = instrument.question(dimension, language: .da, process: "forløbet")
        _ = instrument.question(dimension, language: .en)
    }
    let role = instrument.roles.first?.name ?? "Læge"
    var text = "respondent,round,rater_role,target_role,dimension,value\n"
    for (index, dimension) in Dimension.allCases.enumerated() {
        text += "R1,,\(role),\(role),\(dimension.id),\(index % 6)\n"
    }
    do {
        var reader = try CSVReader(bytes: Array(text.utf8), name: "tidy.csv")
        var ingestor = Ingestor(options: IngestOptions(instrument: instrument, format: .long))
        let report = try ingestor.read(&reader, consume: { _ in nil }, reject: { _ in })
        if !report.counts.isBalanced { violated("records not accounted for: \(report.counts)") }
    } catch {
        // A file the instrument cannot read (its roles, say) is an error message, not a finding.
    }
}
