/// How much rckit is willing to unpack from one ZIP archive or workbook, so that a ZIP bomb
/// (a few kilobytes that inflate to gigabytes) is refused having used a few megabytes and a
/// moment's work.
///
/// Why these numbers: real CSV exports and worksheet XML compress 5–30 times; DEFLATE's largest
/// possible ratio is about 1,032:1, which only runs of identical bytes reach. So a member is
/// refused once its output passes 1 MiB at more than 200 times the compressed bytes read so
/// far, or once any 64 MiB of its output came from less than a 200th as many compressed bytes
/// (a bomb hidden behind real data). A member read as a stream (a worksheet on the fast path)
/// is never held whole, so the ratio is its only bound: its work grows with the file, not with
/// what a bomb claims. A member unpacked whole into memory (the shared strings, a CSV file in
/// an archive, a sheet read cell by cell) is also refused past 256 MiB, and an archive once
/// 512 MiB have been unpacked from it that way. The checks run as the output grows; the
/// declared sizes, which a bomb can forge, are only used to refuse early.
package struct ArchiveLimits: Sendable, Equatable {
    /// The most bytes one member unpacked whole into memory may inflate to.
    package var maxMemberSize: Int
    /// The most bytes all the members unpacked whole from one archive may inflate to.
    package var maxTotalSize: Int
    /// The largest ratio of inflated to compressed bytes allowed once the output passes
    /// ``ratioThreshold``, and within every ``ratioWindow`` of output.
    package var maxRatio: Int
    /// The output size from which ``maxRatio`` applies.
    package var ratioThreshold: Int
    /// The stretch of output over which ``maxRatio`` is also checked on its own.
    package var ratioWindow: Int
    /// The most entries a central directory may list.
    package var maxMembers: Int
    /// The most cells (rows × columns, after padding every row to the sheet's width) one
    /// worksheet read cell by cell may have: 10 million, ten times a large survey (2,000
    /// respondents × 500 columns), so that one stray cell in column XFD cannot pad every row to
    /// 16,384 cells. A sheet read on the fast path streams past and is not held.
    package var maxCells: Int

    /// The defaults described above.
    package init(
        maxMemberSize: Int = 256 << 20, maxTotalSize: Int = 512 << 20, maxRatio: Int = 200,
        ratioThreshold: Int = 1 << 20, ratioWindow: Int = 64 << 20, maxMembers: Int = 65_536,
        maxCells: Int = 10_000_000
    ) {
        self.maxMemberSize = maxMemberSize
        self.maxTotalSize = maxTotalSize
        self.maxRatio = maxRatio
        self.ratioThreshold = ratioThreshold
        self.ratioWindow = ratioWindow
        self.maxMembers = maxMembers
        self.maxCells = maxCells
    }
}
