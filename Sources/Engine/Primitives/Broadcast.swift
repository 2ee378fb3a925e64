/// How two shapes combine element-wise under NumPy's broadcasting rules.
///
/// Shapes are aligned at their last dimension; a dimension of size 1 (or a missing one)
/// stretches to match the other. The result is walked as `[outer, inner]`, `inner` being
/// the last dimension: for each outer row the two operands start at an offset, and move
/// along the row with stride 1 or 0 (0 where the operand is stretched).
struct Broadcast {
    let shape: [Int]
    let outerCount: Int
    let innerCount: Int
    let leftOffsets: [Int]
    let rightOffsets: [Int]
    let leftStride: Int
    let rightStride: Int

    init(_ left: [Int], _ right: [Int]) {
        let rank = Swift.max(left.count, right.count, 1)
        let paddedLeft = Array(repeating: 1, count: rank - left.count) + left
        let paddedRight = Array(repeating: 1, count: rank - right.count) + right
        var shape = [Int]()
        for (l, r) in zip(paddedLeft, paddedRight) {
            precondition(l == r || l == 1 || r == 1,
                         "shapes \(left) and \(right) cannot be broadcast together: \(l) against \(r)")
            shape.append(l == 1 ? r : l)
        }
        self.shape = Array(shape.suffix(Swift.max(left.count, right.count)))
        let leftCount = left.reduce(1, *), rightCount = right.reduce(1, *)
        let total = shape.reduce(1, *)

        // The common cases walk the data as one flat row.
        if leftCount == total && rightCount == total {
            (outerCount, innerCount, leftStride, rightStride) = (1, total, 1, 1)
            (leftOffsets, rightOffsets) = ([0], [0])
            return
        }
        if rightCount == 1 || leftCount == 1 {
            (outerCount, innerCount) = (1, total)
            (leftStride, rightStride) = (leftCount == 1 ? 0 : 1, rightCount == 1 ? 0 : 1)
            (leftOffsets, rightOffsets) = ([0], [0])
            return
        }

        innerCount = shape[rank - 1]
        outerCount = total / Swift.max(innerCount, 1)
        let leftStrides = Broadcast.strides(of: paddedLeft, in: shape)
        let rightStrides = Broadcast.strides(of: paddedRight, in: shape)
        leftStride = leftStrides[rank - 1]
        rightStride = rightStrides[rank - 1]
        var leftOffsets = [Int](repeating: 0, count: outerCount)
        var rightOffsets = [Int](repeating: 0, count: outerCount)
        var index = [Int](repeating: 0, count: rank)  // position over the outer dimensions
        var leftOffset = 0, rightOffset = 0
        for outer in 0..<outerCount {
            leftOffsets[outer] = leftOffset
            rightOffsets[outer] = rightOffset
            var axis = rank - 2
            while axis >= 0 {
                index[axis] += 1
                leftOffset += leftStrides[axis]
                rightOffset += rightStrides[axis]
                if index[axis] < shape[axis] { break }
                leftOffset -= leftStrides[axis] * shape[axis]
                rightOffset -= rightStrides[axis] * shape[axis]
                index[axis] = 0
                axis -= 1
            }
        }
        self.leftOffsets = leftOffsets
        self.rightOffsets = rightOffsets
    }

    /// Calls `body` with the start offsets of each row in the output and in both operands.
    /// Inside a row, element i of the output pairs with elements i·leftStride and i·rightStride
    /// of the operands (the wrapping `&*` and `&+` there cannot overflow and let the loops vectorize).
    @inline(__always)
    func forEachRow(_ body: (_ output: Int, _ left: Int, _ right: Int) -> Void) {
        guard innerCount > 0 else { return }
        for outer in 0..<outerCount {
            body(outer * innerCount, leftOffsets[outer], rightOffsets[outer])
        }
    }

    /// Row-major strides of an operand inside the broadcast shape (0 along stretched axes).
    private static func strides(of operand: [Int], in shape: [Int]) -> [Int] {
        var strides = [Int](repeating: 0, count: operand.count)
        var stride = 1
        for axis in operand.indices.reversed() {
            strides[axis] = operand[axis] == 1 && shape[axis] != 1 ? 0 : stride
            stride *= operand[axis]
        }
        return strides
    }
}
