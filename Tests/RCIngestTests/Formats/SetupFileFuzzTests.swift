import Foundation
import RCSurvey
import RCTestSupport
import Testing

@testable import RCIngest

/// Set-up files broken at random — bytes changed, cut short, spliced — are read or refused with
/// an error, never a crash or a hang.
@Suite struct SetupFileFuzzTests {
    static func mutations(of bytes: [UInt8], seed: UInt64, count: Int) -> [[UInt8]] {
        var random = SplitMix64(seed: seed)
        var results: [[UInt8]] = []
        let interesting: [UInt8] = Array("<>/[]{}\":,!-&;\u{0}\n".utf8) + [0xC3, 0xFF]
        for _ in 0..<count {
            var mutated = bytes
            switch random.next() % 4 {
            case 0:
                mutated = Array(bytes.prefix(Int(random.next() % UInt64(bytes.count + 1))))
            case 1:
                for _ in 0..<(1 + random.next() % 8) where !mutated.isEmpty {
                    mutated[Int(random.next() % UInt64(mutated.count))] =
                        interesting[
                            Int(random.next() % UInt64(interesting.count))]
                }
            case 2:
                let start = Int(random.next() % UInt64(bytes.count))
                let end = min(bytes.count, start + Int(random.next() % 400))
                mutated.removeSubrange(start..<end)
            default:
                let start = Int(random.next() % UInt64(bytes.count))
                let piece = bytes[start..<min(bytes.count, start + Int(random.next() % 300))]
                mutated.insert(contentsOf: piece, at: Int(random.next() % UInt64(mutated.count + 1)))
            }
            results.append(mutated)
        }
        return results
    }

    @Test func brokenStructuresNeverCrash() throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: SetupFileFixtures.own("limesurvey"))))
        var read = 0
        for mutated in Self.mutations(of: bytes, seed: 41, count: 200) {
            if (try? LimeSurveyStructure.read(bytes: mutated, file: "x.lss", instrument: .standard(language: .da)))
                != nil
            {
                read += 1
            }
        }
        #expect(read > 0)
    }

    @Test func brokenSurveyFilesNeverCrash() throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: SetupFileFixtures.own("qualtrics"))))
        var refused = 0
        for mutated in Self.mutations(of: bytes, seed: 42, count: 200) {
            do {
                _ = try QualtricsSurveyFile.read(bytes: mutated, file: "x.qsf", instrument: .standard(language: .da))
            } catch {
                refused += 1
                #expect(error.file == "x.qsf")
            }
        }
        #expect(refused > 0)
    }
}
