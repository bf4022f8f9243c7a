/// How much rckit is willing to unpack from one ZIP archive or workbook, so that a ZIP bomb
/// (a few kilobytes that inflate to gigabytes) is refused having used a few megabytes.
///
/// Why these numbers: real CSV exports and worksheet XML compress 5–30 times, so a survey
/// export of a few megabytes never needs more than tens of megabytes unpacked; DEFLATE's
/// largest possible ratio is about 1,032:1, which only runs of identical bytes reach. So a
/// member is refused once it inflates past 256 MiB, an archive once 512 MiB have been read from
/// it in all, and any member whose output passes 1 MiB at more than 200 times its compressed
/// size (small files may well compress more: a sheet of zeros). The checks run as the output
/// grows; the declared sizes, which a bomb can forge, are only used to refuse early.
package struct ArchiveLimits: Sendable, Equatable {
    /// The most bytes one member may inflate to.
    package var maxMemberSize: Int
    /// The most bytes all the members read from one archive may inflate to.
    package var maxTotalSize: Int
    /// The largest ratio of inflated to compressed bytes allowed once the output passes
    /// ``ratioThreshold``.
    package var maxRatio: Int
    /// The output size from which ``maxRatio`` applies.
    package var ratioThreshold: Int
    /// The most entries a central directory may list.
    package var maxMembers: Int
    /// The most cells (rows × columns, after padding every row to the sheet's width) one
    /// worksheet may have: 10 million, ten times a large survey (2,000 respondents × 500
    /// columns), so that one stray cell in column XFD cannot pad every row to 16,384 cells.
    package var maxCells: Int

    /// The defaults described above.
    package init(
        maxMemberSize: Int = 256 << 20, maxTotalSize: Int = 512 << 20, maxRatio: Int = 200,
        ratioThreshold: Int = 1 << 20, maxMembers: Int = 65_536, maxCells: Int = 10_000_000
    ) {
        self.maxMemberSize = maxMemberSize
        self.maxTotalSize = maxTotalSize
        self.maxRatio = maxRatio
        self.ratioThreshold = ratioThreshold
        self.maxMembers = maxMembers
        self.maxCells = maxCells
    }
}
