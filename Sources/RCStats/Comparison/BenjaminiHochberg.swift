/// Benjamini–Hochberg false-discovery-rate adjustment.
package enum BenjaminiHochberg {
    /// The BH q-values of `pValues`, in the same order: for the i-th smallest of m
    /// p-values, q = min over j ≥ i of m·p₍ⱼ₎/j, capped at 1 (statsmodels'
    /// `multipletests(method="fdr_bh")`).
    ///
    /// nil entries (tests that could not be run) are left out of m and stay nil,
    /// as are p-values that are NaN or outside [0, 1].
    package static func qValues(_ pValues: [Double?]) -> [Double?] {
        var result = [Double?](repeating: nil, count: pValues.count)
        let valid = pValues.enumerated().compactMap { index, p -> (index: Int, p: Double)? in
            guard let p, p >= 0, p <= 1 else { return nil }
            return (index, p)
        }
        let sorted = valid.sorted { $0.p < $1.p || ($0.p == $1.p && $0.index < $1.index) }
        let m = Double(sorted.count)
        var running = 1.0
        for rank in stride(from: sorted.count, through: 1, by: -1) {
            let entry = sorted[rank - 1]
            running = min(running, entry.p * m / Double(rank))
            result[entry.index] = running
        }
        return result
    }

    /// The BH q-values of `pValues`, in the same order; NaN or out-of-range
    /// p-values are left out of m and give NaN.
    package static func qValues(_ pValues: [Double]) -> [Double] {
        qValues(pValues.map { Optional($0) }).map { $0 ?? .nan }
    }
}
