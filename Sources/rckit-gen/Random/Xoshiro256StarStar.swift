/// xoshiro256** (Blackman & Vigna, 2018), seeded through SplitMix64.
///
/// The generator is written out here rather than taken from Foundation so that every
/// machine and every Swift version draws the same numbers from the same seed: the sample
/// data is committed and must regenerate byte for byte. Only integer operations and
/// IEEE-754 additions and multiplications are used (no `log`, `sin` or `cos`, whose last
/// bit differs between C libraries).
struct Xoshiro256StarStar: Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// A generator whose state is four SplitMix64 outputs from `seed`.
    init(seed: UInt64) {
        var mixer = SplitMix64(state: seed)
        s0 = mixer.next()
        s1 = mixer.next()
        s2 = mixer.next()
        s3 = mixer.next()
    }

    /// An independent stream for one purpose (`"roster"`, `"answers"`), so that changing how
    /// one part of a data set is drawn leaves the other parts as they were.
    init(seed: UInt64, stream: String) {
        self.init(seed: SplitMix64.mix(seed ^ SplitMix64.fnv1a(stream)))
    }

    /// An independent stream per number, e.g. per respondent: generation can start anywhere.
    init(seed: UInt64, stream: String, index: UInt64) {
        self.init(seed: SplitMix64.mix(SplitMix64.mix(seed ^ SplitMix64.fnv1a(stream)) &+ index))
    }

    mutating func next() -> UInt64 {
        let result = Xoshiro256StarStar.rotate(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = Xoshiro256StarStar.rotate(s3, 45)
        return result
    }

    /// A uniform number in [0, 1) with 53 random bits.
    mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform number in [low, high).
    mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * uniform()
    }

    /// An approximately standard normal number: the Irwin–Hall sum of twelve uniforms minus
    /// six (mean 0, variance 1, tails cut at ±6). Plain arithmetic, so identical everywhere.
    mutating func normal() -> Double {
        var sum = 0.0
        for _ in 0..<12 { sum += uniform() }
        return sum - 6
    }

    /// A uniform integer in 0..<bound, without modulo bias (Lemire's method).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "below(_:) needs a positive bound")
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold { product = next().multipliedFullWidth(by: range) }
        }
        return Int(product.high)
    }

    /// Fisher–Yates, written out so that the order does not depend on the standard library's
    /// shuffle algorithm.
    mutating func shuffle<Element>(_ elements: inout [Element]) {
        guard elements.count > 1 else { return }
        for i in stride(from: elements.count - 1, to: 0, by: -1) {
            elements.swapAt(i, below(i + 1))
        }
    }

    private static func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}

/// SplitMix64 (Steele, Lea & Flood): seeds xoshiro and mixes seeds with stream numbers.
struct SplitMix64: Sendable {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    /// The SplitMix64 finaliser: a bijection that spreads every input bit over the output.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 64-bit FNV-1a of the UTF-8 bytes of `text`: stream names to numbers.
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}
