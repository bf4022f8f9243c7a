import FuzzSupport

@testable import RCIngest

/// Arbitrary bytes as a ZIP archive: list the members and read each (and the CSV member
/// `--member` would choose), within small limits. Invariants: no crash; an archive lists at
/// most `maxMembers` files; a member read has exactly its declared size; the budget shrinks by
/// exactly what was read and never below zero.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzZip(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    let limits = ArchiveLimits(
        maxMemberSize: 1 << 20, maxTotalSize: 4 << 20, ratioThreshold: 64 << 10, maxMembers: 4096)
    let archive: ZipArchive
    do throws(ArchiveError) {
        archive = try ZipArchive(bytes: input.rest, file: "fuzz.zip", limits: limits)
    } catch {
        if error.description.contains("\n") { violated("a multi-line error: \(error)") }
        return 0
    }
    if archive.members.count > limits.maxMembers { violated("\(archive.members.count) members listed") }
    var budget = limits.maxTotalSize
    for member in archive.members {
        let before = budget
        do throws(ArchiveError) {
            let contents = try archive.contents(of: member, budget: &budget)
            if contents.count != member.uncompressedSize { violated("\(member.name): \(contents.count) bytes read") }
            if budget != before - contents.count || budget < 0 { violated("budget \(before) → \(budget)") }
        } catch {
            if budget != before { violated("a failed read changed the budget") }
        }
    }
    _ = try? archive.dataMember(named: nil, extensions: ["csv", "txt"])
    return 0
}
