/// A buffer of plain values that only grows, for what the reading thread makes of a run:
/// appending is a comparison and a store, with none of an array's checks for shared storage.
/// Its owner deallocates it (``SplitRun`` hands its buffers to a storage object that does).
struct GrowingBuffer<Element: BitwiseCopyable> {
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(16, capacity)
        base = .allocate(capacity: self.capacity)
    }

    @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity { grow() }
        (base + count).initialize(to: element)
        count += 1
    }

    @inline(never)
    private mutating func grow() {
        base = base.doubled(capacity: &capacity, keeping: count)
    }

    /// Room for `more` elements after the last, to be written and then kept with ``commit(_:)``
    /// (the pointer is valid until the buffer next grows).
    @inline(__always)
    mutating func reserve(_ more: Int) -> UnsafeMutablePointer<Element> {
        while count + more > capacity { grow() }
        return base + count
    }

    /// Keeps `written` elements written after the last (at most the count reserved).
    @inline(__always)
    mutating func commit(_ written: Int) {
        precondition(written >= 0 && count + written <= capacity, "written into reserved room")
        count += written
    }

    var elements: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }

    func deallocate() {
        base.deallocate()
    }
}

extension UnsafeMutablePointer where Pointee: BitwiseCopyable {
    /// Memory for twice `capacity` elements holding this memory's first `count`, which is
    /// deallocated; `capacity` is doubled.
    func doubled(capacity: inout Int, keeping count: Int) -> UnsafeMutablePointer<Pointee> {
        let larger = UnsafeMutablePointer<Pointee>.allocate(capacity: capacity * 2)
        larger.initialize(from: self, count: count)
        deallocate()
        capacity *= 2
        return larger
    }
}
