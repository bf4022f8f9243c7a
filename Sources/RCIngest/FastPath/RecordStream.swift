import Foundation

/// The records of a file after its head, in file order, as the ingestor reads them: plain
/// runs already split into fields (``SplitRun``) and, between them, records the tokenizer read
/// the general way — ending at the end of the file or at the first error.
///
/// With `concurrent`, a second thread reads and splits ahead while the caller interprets what
/// came before, a few runs at most (so memory stays flat); otherwise each item is read when
/// asked for. Either way the caller sees the same items in the same order, and the error where
/// the file has it: everything before an error is handed over first.
final class RecordStream: @unchecked Sendable {
    enum Item: Sendable {
        case run(SplitRun)
        case records([CSVRecord])
        case failure(CSVError)
    }

    /// How many items the reading thread may be ahead.
    private static let capacity = 4
    /// How many general records make one item.
    private static let batchSize = 256

    private let condition = NSCondition()
    // Guarded by `condition` while the reading thread runs; `reader` belongs to that thread
    // until `finished` is set.
    private var items: [Item] = []
    private var finished = false
    private var stopped = false
    private var threadDone = true
    private var reader: CSVReader
    private let prefixFields: Int
    private let plan: SplitRun.RepeatPlan?
    private let widePlan: SplitRun.WidePlan?
    /// The dimension and target spellings seen so far (by whichever thread reads).
    private var dimensions = Spellings(.dimensions, capacity: 16)
    private var targets = Spellings(.places, capacity: 64)
    /// The longer answer spellings of a wide export's rows seen so far.
    private var values = Spellings(.places, capacity: SplitRun.WidePlan.spellingPlaces)

    /// Reads on from `reader`'s current position; `prefixFields` as for
    /// ``PlainRecords/prefixFields``, `plan` and `widePlan` as for ``SplitRun``.
    init(
        reader: CSVReader, prefixFields: Int, plan: SplitRun.RepeatPlan?, widePlan: SplitRun.WidePlan? = nil,
        concurrent: Bool
    ) {
        self.reader = reader
        self.prefixFields = prefixFields
        self.plan = plan
        self.widePlan = widePlan
        if concurrent {
            threadDone = false
            let thread = Thread { [self] in produceAll() }
            thread.name = "rckit reader"
            thread.start()
        }
    }

    /// The next item; nil after the last.
    func next() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while threadDone, items.isEmpty, !finished {
            // Read here, on the caller's thread (a run of blank lines gives no item).
            produce()
        }
        while items.isEmpty, !finished { condition.wait() }
        guard !items.isEmpty else { return nil }
        let item = items.removeFirst()
        condition.broadcast()
        return item
    }

    /// Stops reading ahead and hands the reader back (its dialect, where it stopped).
    func finish() -> CSVReader {
        condition.lock()
        defer { condition.unlock() }
        stopped = true
        condition.broadcast()
        while !threadDone { condition.wait() }
        return reader
    }

    /// The reading thread: items until the end, an error, or `finish()`.
    private func produceAll() {
        condition.lock()
        while !finished, !stopped {
            while items.count >= RecordStream.capacity, !stopped { condition.wait() }
            if stopped { break }
            condition.unlock()
            let read = readItems()
            condition.lock()
            take(read)
            // The caller is usually the faster of the two and waits for each item: woken for
            // two at a time, it is woken half as often (waking a thread costs both of them).
            if items.count >= 2 || finished { condition.broadcast() }
        }
        threadDone = true
        condition.broadcast()
        condition.unlock()
    }

    /// Reads the next items on the caller's thread (which holds the lock).
    private func produce() {
        take(readItems())
    }

    /// Queues what was read (with the lock held).
    private func take(_ read: (items: [Item], end: Bool)) {
        items += read.items
        finished = read.end
    }

    /// Reads the next plain run, or the general records up to it (at most a batch), and says
    /// whether the file ends there.
    private func readItems() -> (items: [Item], end: Bool) {
        var batch: [CSVRecord] = []
        var items: [Item] = []
        func flush() {
            if !batch.isEmpty { items.append(.records(batch)) }
            batch = []
        }
        do {
            while batch.count < RecordStream.batchSize {
                var split: SplitRun?
                let ran = try Ingestor.locatingStart {
                    try reader.withPlainRun(prefixFields: prefixFields) { records in
                        split = SplitRun(
                            &records, plan: plan, widePlan: widePlan, dimensions: &dimensions, targets: &targets,
                            values: &values)
                    }
                }
                if ran {
                    flush()
                    if let split, split.count > 0 { items.append(.run(split)) }
                    return (items, false)
                }
                guard let record = try Ingestor.checked(reader.next()) else {
                    flush()
                    return (items, true)
                }
                batch.append(record)
            }
            flush()
            return (items, false)
        } catch let error as CSVError {
            flush()
            items.append(.failure(error))
            return (items, true)
        } catch {
            flush()
            items.append(.failure(CSVError(.unreadable, file: reader.file, message: "\(error)")))
            return (items, true)
        }
    }
}
