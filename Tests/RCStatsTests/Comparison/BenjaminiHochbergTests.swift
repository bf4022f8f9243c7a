import Testing

@testable import RCStats

@Suite struct BenjaminiHochbergTests {
    static let cases = ComparisonFixture.shared?.benjaminiHochberg ?? []

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 5)
    }

    @Test(arguments: cases)
    func matchesStatsmodels(reference: ComparisonFixture.BenjaminiHochberg) {
        let q = BenjaminiHochberg.qValues(reference.p)
        #expect(q.count == reference.q.count)
        for (actual, expected) in zip(q, reference.q) {
            #expect(isClose(actual, expected, relative: 1e-12, absolute: 1e-15))
        }
    }

    @Test func handCheckedExample() {
        // m = 4: sorted 0.01, 0.02, 0.03, 0.5 → 0.04, 0.04, 0.04, 0.5.
        #expect(BenjaminiHochberg.qValues([0.5, 0.03, 0.01, 0.02]) == [0.5, 0.04, 0.04, 0.04])
        #expect(BenjaminiHochberg.qValues([Double]()) == [])
        #expect(BenjaminiHochberg.qValues([0.9, 0.95]) == [0.95, 0.95])
    }

    @Test func missingPValuesAreLeftOut() {
        let q = BenjaminiHochberg.qValues([0.01, nil, 0.04, nil])
        #expect(q == [0.02, nil, 0.04, nil])
        let withNaN = BenjaminiHochberg.qValues([0.01, .nan, 0.04, 2])
        #expect(withNaN[0] == 0.02 && withNaN[2] == 0.04)
        #expect(withNaN[1].isNaN && withNaN[3].isNaN)
    }

    @Test func qValuesAreCappedAndMonotone() {
        let p = [0.001, 0.8, 0.04, 0.041, 0.9, 0.2]
        let q = BenjaminiHochberg.qValues(p)
        let order = p.indices.sorted { p[$0] < p[$1] }
        for (earlier, later) in zip(order, order.dropFirst()) {
            #expect(q[earlier] <= q[later])
        }
        #expect(q.allSatisfy { $0 <= 1 && $0 >= 0 })
        #expect(zip(p, q).allSatisfy { $0 <= $1 })
    }
}
