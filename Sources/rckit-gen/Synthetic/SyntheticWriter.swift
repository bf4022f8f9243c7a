import RCSurvey

/// Streams a `SyntheticSurvey` as CSV bytes: tidy long (SPEC §2) or wide (one row per
/// respondent). Everything that repeats is rendered to bytes once; the inner loop only
/// copies bytes and draws numbers.
struct SyntheticWriter {
    enum Shape: String, Sendable, CaseIterable {
        case long, wide
    }

    var survey: SyntheticSurvey
    var shape: Shape

    /// Bytes of the answer codes of `SyntheticSurvey.answer`: blank, 1–5, "Ved ikke".
    private static let valueTexts = ["", "1", "2", "3", "4", "5", "Ved ikke"]

    /// Writes the whole survey to `sink` and returns the number of answers written.
    @discardableResult
    func write(to sink: ByteSink) -> Int {
        switch shape {
        case .long: writeLong(to: sink)
        case .wide: writeWide(to: sink)
        }
    }

    private func writeLong(to sink: ByteSink) -> Int {
        let dimensions = Dimension.allCases
        let answersPerRespondent = survey.roleCount * dimensions.count
        sink.append("respondent,round,rater_role,target_role,dimension,value\n")

        // "Rolle 05,frequent_communication," for every (target, dimension).
        var segments = ByteTable()
        for role in survey.roleNames {
            for dimension in dimensions { segments.add(Array("\(role),\(dimension.id),".utf8)) }
        }
        let values = ByteTable(SyntheticWriter.valueTexts.map { Array($0.utf8) + [0x0A] })
        let roundLabels = survey.roundLabels.map { Array($0.utf8) }
        let roleBytes = survey.roleNames.map { Array($0.utf8) }
        let idWidth = max(7, String(survey.largestIDNumber).count)
        let longestRow =
            (1 + idWidth + 1) + 3 + (roleBytes.map(\.count).max() ?? 0) + 1 + segments.longest + values.longest
        var prefix = [UInt8]()
        var count = 0

        eachRespondent(answers: answersPerRespondent) { round, person, role, random, expected in
            prefix.removeAll(keepingCapacity: true)
            SyntheticWriter.appendID(person + 1, width: idWidth, to: &prefix)
            prefix.append(0x2C)
            prefix += roundLabels[round]
            prefix.append(0x2C)
            prefix += roleBytes[role]
            prefix.append(0x2C)

            sink.reserve(longestRow * answersPerRespondent)
            let start = sink.cursor
            var cursor = start
            prefix.withUnsafeBufferPointer { prefixBytes in
                let prefixBase = prefixBytes.baseAddress!
                let prefixCount = prefixBytes.count
                for index in 0..<answersPerRespondent {
                    cursor.update(from: prefixBase, count: prefixCount)
                    cursor += prefixCount
                    cursor = segments.copy(index, to: cursor)
                    let code = SyntheticSurvey.answer(expected: expected[index], bits: random.next())
                    cursor = values.copy(code, to: cursor)
                }
            }
            sink.advance(cursor - start)
            count += answersPerRespondent
        }
        sink.flush()
        return count
    }

    /// Calls `body` for every respondent of every round in the files' order, with their id
    /// number, role, answer stream and the expected value of each answer (target-major).
    private func eachRespondent(
        answers: Int, _ body: (Int, Int, Int, inout Xoshiro256StarStar, [Double]) -> Void
    ) {
        var expected = [Double](repeating: 0, count: answers)
        for round in 0..<survey.rounds {
            for slot in 0..<survey.respondents {
                let person = survey.person(round: round, slot: slot)
                let traits = survey.traits(of: person)
                var random = survey.answerStream(person: person, round: round)
                survey.expected(
                    role: traits.role, leniency: traits.leniency, round: round, random: &random, into: &expected)
                body(round, person, traits.role, &random, expected)
            }
        }
    }

    private func writeWide(to sink: ByteSink) -> Int {
        let dimensions = Dimension.allCases
        let answersPerRespondent = survey.roleCount * dimensions.count
        let twoRounds = survey.rounds == 2
        var header = twoRounds ? "respondent,round,role" : "respondent,role"
        // Dimension-major columns, as survey tools export a question per role.
        for dimension in dimensions {
            for role in survey.roleNames { header += ",\(dimension.id) - \(role)" }
        }
        sink.append(header + "\n")

        // Values in wide order: column (d, t) is expected[t * 7 + d].
        let values = ByteTable(SyntheticWriter.valueTexts.map { [0x2C] + Array($0.utf8) })
        let roundLabels = survey.roundLabels.map { Array($0.utf8) }
        let roleBytes = survey.roleNames.map { Array($0.utf8) }
        let idWidth = max(7, String(survey.largestIDNumber).count)
        let longestRow =
            idWidth + 1 + 4 + (roleBytes.map(\.count).max() ?? 0) + answersPerRespondent * values.longest + 1
        var codes = [Int](repeating: 0, count: answersPerRespondent)
        var row = [UInt8]()
        var count = 0

        eachRespondent(answers: answersPerRespondent) { round, person, role, random, expected in
            // Drawn in the same (target, dimension) order as the long shape, so both
            // shapes of one seed hold the same answers.
            for index in 0..<answersPerRespondent {
                codes[index] = SyntheticSurvey.answer(expected: expected[index], bits: random.next())
            }

            row.removeAll(keepingCapacity: true)
            SyntheticWriter.appendID(person + 1, width: idWidth, to: &row)
            if twoRounds {
                row.append(0x2C)
                row += roundLabels[round]
            }
            row.append(0x2C)
            row += roleBytes[role]
            sink.reserve(longestRow)
            let start = sink.cursor
            var cursor = start
            row.withUnsafeBufferPointer { cursor.update(from: $0.baseAddress!, count: $0.count) }
            cursor += row.count
            for d in 0..<dimensions.count {
                for target in 0..<survey.roleCount {
                    cursor = values.copy(codes[target * dimensions.count + d], to: cursor)
                }
            }
            cursor.pointee = 0x0A
            cursor += 1
            sink.advance(cursor - start)
            count += answersPerRespondent
        }
        sink.flush()
        return count
    }

    /// `P` and the number padded with zeros to `width` digits.
    static func appendID(_ number: Int, width: Int, to bytes: inout [UInt8]) {
        bytes.append(0x50)
        var digits: [UInt8] = []
        var rest = number
        repeat {
            digits.append(UInt8(0x30 + rest % 10))
            rest /= 10
        } while rest > 0
        if digits.count < width { bytes += [UInt8](repeating: 0x30, count: width - digits.count) }
        bytes += digits.reversed()
    }
}

/// Short byte strings stored back to back, copied out by index.
struct ByteTable {
    private var bytes: [UInt8] = []
    private var offsets: [Int] = [0]
    private(set) var longest = 0

    init() {}

    init(_ entries: [[UInt8]]) {
        for entry in entries { add(entry) }
    }

    mutating func add(_ entry: [UInt8]) {
        bytes += entry
        offsets.append(bytes.count)
        longest = max(longest, entry.count)
    }

    /// Copies entry `index` to `destination` and returns the position after it.
    @inline(__always)
    func copy(_ index: Int, to destination: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        let start = offsets[index]
        let length = offsets[index + 1] - start
        bytes.withUnsafeBufferPointer { destination.update(from: $0.baseAddress! + start, count: length) }
        return destination + length
    }
}
