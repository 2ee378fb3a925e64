import Notebook

/// A claim whose verdict differs between the published run of a lesson and a run with a
/// learner's settings: it held in one and not in the other, or only one of them reached it.
public struct ClaimChange: Sendable, Equatable {
    /// The claim as the published run checked it; nil when that run never reached it.
    public let published: Claim?
    /// The claim as this run checked it; nil when this run never reached it.
    public let now: Claim?

    /// The changes from `published` to `now`, in the order of `now`'s claims, then those only
    /// the published run reached. Claims are matched by their line and statement, and by
    /// their order among equals (an `expect` in a loop checks one claim many times).
    public static func changes(from published: RunRecord, to now: RunRecord) -> [ClaimChange] {
        var before = keyed(published.claims)
        var changes: [ClaimChange] = []
        for (key, claim) in keyed(now.claims).sorted(by: { $0.value.order < $1.value.order }) {
            let earlier = before.removeValue(forKey: key)?.claim
            if earlier?.held != claim.claim.held { changes.append(ClaimChange(published: earlier, now: claim.claim)) }
        }
        for (_, claim) in before.sorted(by: { $0.value.order < $1.value.order }) {
            changes.append(ClaimChange(published: claim.claim, now: nil))
        }
        return changes
    }

    private struct Key: Hashable {
        let line: Int
        let statement: String
        let occurrence: Int
    }

    private static func keyed(_ claims: [Claim]) -> [Key: (claim: Claim, order: Int)] {
        var seen: [Key: Int] = [:]
        var result: [Key: (claim: Claim, order: Int)] = [:]
        for (order, claim) in claims.enumerated() {
            let first = Key(line: claim.line, statement: claim.statement, occurrence: 0)
            let occurrence = seen[first, default: 0]
            seen[first] = occurrence + 1
            result[Key(line: claim.line, statement: claim.statement, occurrence: occurrence)] = (claim, order)
        }
        return result
    }
}
