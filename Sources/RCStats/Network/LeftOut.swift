/// The data the pooled figures of a round leave out because it lies in hidden cells
/// (SPEC §3, "No recovery by subtraction"), for the methods note of a report.
public struct LeftOut: Sendable, Equatable {
    /// Tie scores T(r,t) in hidden cells C(a(r),t).
    public let ties: Int
    /// Answers x(r,t,d) in hidden dimension cells D(a(r),t,d).
    public let answers: Int

    /// True when the pooled figures rest on all of the data.
    public var isEmpty: Bool { ties == 0 && answers == 0 }
}
