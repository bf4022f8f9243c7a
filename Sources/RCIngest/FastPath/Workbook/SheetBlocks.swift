import Foundation

/// A worksheet part's XML as it is unpacked (``InflateStream``), a block at a time, on a
/// second thread a few blocks ahead of the scanner (or on the caller's when not concurrent).
/// Each block has room before its bytes for the end of the block before it, which the scanner
/// could not finish (a cell cut in two), so that it is read in one piece without copying the block.
final class SheetBlocks: @unchecked Sendable {
    /// Unpacked bytes of one block.
    static let blockSize = 1 << 20
    /// Room before them for the unfinished end of the last block (and, while the block is
    /// unpacked, for the stream's history, ``DeflateDecoder/window``).
    static let reserve = 64 << 10
    /// How many blocks the unpacking thread may be ahead.
    private static let capacity = 4

    /// One block: `reserve` bytes of room, then `count` bytes of XML, and their CRC-32 when the
    /// unpacking thread worked it out (when it is ahead of the scanner; the scanner works out
    /// the rest).
    final class Block: @unchecked Sendable {
        let storage: UnsafeMutableBufferPointer<UInt8>
        var count = 0
        var crc: UInt32?

        /// The XML.
        var bytes: UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: storage[SheetBlocks.reserve..<SheetBlocks.reserve + count])
        }

        init() {
            storage = .allocate(capacity: SheetBlocks.reserve + SheetBlocks.blockSize)
        }

        deinit {
            storage.deallocate()
        }
    }

    enum Item {
        case block(Block)
        case end
        case failure(ArchiveError)
    }

    private let stream: InflateStream
    private let condition = NSCondition()
    private var items: [Item] = []
    /// Blocks the scanner is done with, to unpack into again (guarded by `pool`).
    private var free: [Block] = []
    private let pool = NSLock()
    private var finished = false
    private var stopped = false
    private var threadDone = true

    /// The blocks of `stream` (made without checking the CRC-32, which the reader checks);
    /// unpacked on a thread of their own when `concurrent`.
    init(_ stream: InflateStream, concurrent: Bool) {
        self.stream = stream
        if concurrent {
            threadDone = false
            let thread = Thread { [self] in produceAll() }
            thread.name = "rckit inflater"
            thread.start()
        }
    }

    /// The next block, the end, or the error that stopped unpacking.
    func next() -> Item {
        condition.lock()
        defer { condition.unlock() }
        while threadDone, items.isEmpty, !finished { take(produce()) }
        while items.isEmpty, !finished { condition.wait() }
        guard !items.isEmpty else { return .end }  // after the end, the end again
        let item = items.removeFirst()
        condition.broadcast()
        return item
    }

    /// Takes back a block the scanner is done with.
    func recycle(_ block: Block) {
        pool.lock()
        defer { pool.unlock() }
        if free.count < SheetBlocks.capacity + 2 { free.append(block) }
    }

    /// Stops unpacking (the scanner stops early) and waits for the thread to end.
    func stop() {
        condition.lock()
        defer { condition.unlock() }
        stopped = true
        condition.broadcast()
        while !threadDone { condition.wait() }
    }

    private func produceAll() {
        condition.lock()
        while !finished, !stopped {
            while items.count >= SheetBlocks.capacity, !stopped { condition.wait() }
            if stopped { break }
            condition.unlock()
            let item = produce()
            condition.lock()
            // With blocks still waiting, the scanner is the slower: this thread works out the
            // block's checksum (else the scanner does, rather than wait).
            if case .block(let block) = item, !items.isEmpty {
                condition.unlock()
                block.crc = InflateStream.crc32(block.bytes)
                condition.lock()
            }
            take(item)
            condition.broadcast()
        }
        threadDone = true
        condition.broadcast()
        condition.unlock()
    }

    /// Queues an item (with the lock held); the end and an error are the last.
    private func take(_ item: Item) {
        items.append(item)
        if case .block = item { return }
        finished = true
    }

    /// Unpacks the next block.
    private func produce() -> Item {
        pool.lock()
        let block = free.popLast() ?? Block()
        pool.unlock()
        do throws(ArchiveError) {
            // The room before the block's bytes first holds the stream's last 32 KiB, which
            // the block's matches may refer back into; the scanner writes over it later.
            block.count = try stream.read(into: block.storage, from: SheetBlocks.reserve)
            block.crc = nil
            return block.count == 0 ? .end : .block(block)
        } catch {
            return .failure(error)
        }
    }
}
