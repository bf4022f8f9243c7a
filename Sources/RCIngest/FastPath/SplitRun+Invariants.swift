extension SplitRun {
    /// Checks what the reading thread made of the run, stopping the program at the first
    /// broken promise (the fast path reads fields through raw pointers on the strength of
    /// these): records in order, each starting inside the run on a later line than the one
    /// before; codes naming a dimension; a target code only on a coded row; for each record
    /// without a code, its field count plus one edges, ascending, the first at the record's
    /// start and none past the run; and for each wide row (``RowCode/wideRow``, only with a wide
    /// plan), a byte per answer column and its key fields inside its line. Called for every run in debug builds and by the fuzz
    /// targets and differential tests; never on the release reading path.
    func checkInvariants() {
        let entries = storage.entries.elements
        let firstEdge = storage.firstEdge.elements
        let edges = UnsafeBufferPointer(start: storage.edges.base, count: storage.edges.count)
        let length = block.count - offset
        precondition(offset >= 0 && offset <= block.count, "the run lies in its block")
        precondition(firstEdge.first == 0, "the first record's edges start the edge list")
        var split = 0, wide = 0
        let answerCount = widePlan?.answerFields.count ?? 0, keyCount = widePlan?.keyFields.count ?? 0
        let keyEdges = UnsafeBufferPointer(start: storage.keyEdges.base, count: storage.keyEdges.count)
        var previous: Entry?
        for entry in entries {
            precondition(entry.start >= 0 && Int(entry.start) < length, "a record starts inside the run")
            precondition(entry.line >= 0, "lines count from the run's first")
            if let previous {
                precondition(entry.start > previous.start, "records in order")
                precondition(entry.line > previous.line, "each record on a later line")
            }
            if entry.code == .wideRow {
                precondition(widePlan != nil && plan == nil, "wide rows only with a wide plan")
                precondition(entry.target.isNone, "a target code only on a tidy row")
                let keys = keyEdges[(wide * keyCount * 2)...].prefix(keyCount * 2)
                precondition(keys.count == keyCount * 2, "key edges for every wide row")
                for k in stride(from: keys.startIndex, to: keys.endIndex, by: 2) {
                    let start = keys[k], count = keys[k + 1]
                    precondition(
                        start >= Int(entry.start) && count >= 0 && start + count < length, "a key field inside the run")
                    let after = block[offset + start + count]
                    precondition(
                        after == delimiter || after == UInt8(ascii: "\n") || after == UInt8(ascii: "\r"),
                        "a key field ends at a delimiter or the line's end")
                }
                wide += 1
            } else if entry.code.isCoded {
                precondition((0..<7).contains(entry.code.dimensionIndex), "a code names a dimension")
            } else {
                precondition(entry.target.isNone, "a target code only on a coded row")
                precondition(split + 1 < firstEdge.count, "edges for every record without a code")
                let first = firstEdge[split], end = firstEdge[split + 1]
                precondition(end - first >= 2 && end <= edges.count, "a record has a field, with its end")
                precondition(edges[first] == Int(entry.start), "the first edge is the record's start")
                for k in first + 1..<end {
                    precondition(edges[k] > edges[k - 1] && edges[k] <= length, "edges ascend inside the run")
                }
                split += 1
            }
            previous = entry
        }
        precondition(split + 1 == firstEdge.count, "one edge list per record without a code")
        precondition(storage.wideValues.count == wide * answerCount, "a byte per answer column of every wide row")
        precondition(
            storage.keyEdges.count == wide * keyCount * 2, "a start and a count per key field of every wide row")
        precondition(firstEdge.last == edges.count, "the edge lists fill the edges")
    }
}
