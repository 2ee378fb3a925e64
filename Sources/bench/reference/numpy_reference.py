"""Plain numpy reference for `make bench`: the same workloads with forward and backward
passes written by hand in float32, the matrix products going to numpy's BLAS.

Shapes: B batch size, I inputs, O outputs, F features."""

import time

import common

try:
    import numpy as np
except ImportError as missing:
    np = None
    NUMPY_ERROR = missing


class Linear:
    """y = x·W + b; ∂L/∂W = xᵀ·g, ∂L/∂b = Σ_batch g, ∂L/∂x = g·Wᵀ."""

    def __init__(self, weight, bias, needs_input_gradient):
        self.parameters = [weight, bias]
        self.gradients = [np.zeros_like(weight), np.zeros_like(bias)]
        self.needs_input_gradient = needs_input_gradient

    def forward(self, x, training):
        self.x = x
        weight, bias = self.parameters
        return x @ weight + bias  # [B, I]·[I, O] + [O] → [B, O]

    def backward(self, g):
        weight, _ = self.parameters
        self.gradients[0] = self.x.T @ g  # [I, B]·[B, O] → [I, O]
        self.gradients[1] = g.sum(axis=0)
        return g @ weight.T if self.needs_input_gradient else None  # [B, O]·[O, I] → [B, I]


class Sigmoid:
    """y = 1/(1 + e^(−x)); ∂y/∂x = y(1 − y)."""
    parameters, gradients = [], []

    def forward(self, x, training):
        self.y = 1 / (1 + np.exp(-x))
        return self.y

    def backward(self, g):
        return g * self.y * (1 - self.y)


class ReLU:
    """y = max(0, x); ∂y/∂x = 1 where x > 0, else 0."""
    parameters, gradients = [], []

    def forward(self, x, training):
        self.positive = x > 0
        return np.where(self.positive, x, np.float32(0))

    def backward(self, g):
        return np.where(self.positive, g, np.float32(0))


class BatchNorm:
    """Training: x̂ = (x − μ)/√(σ² + ε) over the batch, y = γx̂ + β, running averages with
    momentum 0.1 (unbiased variance); evaluation uses the running averages.
    Backward: ∂L/∂x = (ĝ − mean(ĝ) − x̂·mean(ĝ·x̂))/√(σ² + ε) with ĝ = γ·g."""

    def __init__(self, scale, offset):
        self.parameters = [scale, offset]
        self.gradients = [np.zeros_like(scale), np.zeros_like(offset)]
        self.running_mean = np.zeros_like(scale)
        self.running_variance = np.ones_like(scale)

    def forward(self, x, training):
        scale, offset = self.parameters
        if training:
            mean, variance = x.mean(axis=0), x.var(axis=0)
            count = x.shape[0]
            self.running_mean += np.float32(0.1) * (mean - self.running_mean)
            self.running_variance += np.float32(0.1) * (variance * np.float32(count / max(count - 1, 1)) - self.running_variance)
        else:
            mean, variance = self.running_mean, self.running_variance
        self.inverse_deviation = 1 / np.sqrt(variance + np.float32(1e-5))
        self.normalized = (x - mean) * self.inverse_deviation
        return self.normalized * scale + offset

    def backward(self, g):
        scale, _ = self.parameters
        self.gradients[0] = (g * self.normalized).sum(axis=0)
        self.gradients[1] = g.sum(axis=0)
        g_hat = g * scale
        return (g_hat - g_hat.mean(axis=0) - self.normalized * (g_hat * self.normalized).mean(axis=0)) * self.inverse_deviation


class Dropout:
    """Inverted dropout: y = x ⊙ m/(1 − p), m ~ Bernoulli(1 − p) (numpy's own random masks)."""
    parameters, gradients = [], []

    def __init__(self, probability, generator):
        self.keep = np.float32(1 - probability)
        self.generator = generator

    def forward(self, x, training):
        if not training:
            return x
        self.mask = (self.generator.random(x.shape, dtype=np.float32) < self.keep) / self.keep
        return x * self.mask

    def backward(self, g):
        return g * self.mask


def cross_entropy(logits, labels):
    """L = mean over the batch of logsumexp(z) − z[y]; ∂L/∂z = (softmax(z) − onehot(y))/B."""
    shifted = logits - logits.max(axis=1, keepdims=True)
    exponentials = np.exp(shifted)
    totals = exponentials.sum(axis=1, keepdims=True)
    rows = np.arange(len(labels))
    loss = (np.log(totals[:, 0]) - shifted[rows, labels]).mean()
    gradient = exponentials / totals
    gradient[rows, labels] -= 1
    return float(loss), gradient / np.float32(len(labels))


class SGD:
    """θ ← θ − η(g + λ₂θ)."""

    def __init__(self, workload):
        self.rate, self.penalty = np.float32(workload["learningRate"]), np.float32(workload["l2Penalty"])

    def step(self, parameters, gradients):
        for parameter, gradient in zip(parameters, gradients):
            if self.penalty:
                gradient = gradient + self.penalty * parameter
            parameter -= self.rate * gradient


class Adam:
    """PyTorch's Adam: m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g²,
    θ ← θ − (η/c₁)·m/(√v/√c₂ + ε), c = 1 − βᵗ; the L2 penalty is added to g."""

    def __init__(self, workload):
        self.rate, self.penalty = workload["learningRate"], np.float32(workload["l2Penalty"])
        self.beta1, self.beta2, self.epsilon = workload["beta1"], workload["beta2"], np.float32(workload["epsilon"])
        self.moments, self.t = None, 0

    def step(self, parameters, gradients):
        if self.moments is None:
            self.moments = [(np.zeros_like(p), np.zeros_like(p)) for p in parameters]
        self.t += 1
        step_size = np.float32(self.rate / (1 - self.beta1 ** self.t))
        root_correction = np.float32((1 - self.beta2 ** self.t) ** 0.5)
        b1, b2 = np.float32(self.beta1), np.float32(self.beta2)
        for parameter, gradient, (m, v) in zip(parameters, gradients, self.moments):
            if self.penalty:
                gradient = gradient + self.penalty * parameter
            m *= b1
            m += (1 - b1) * gradient
            v *= b2
            v += (1 - b2) * gradient * gradient
            parameter -= step_size * m / (np.sqrt(v) / root_correction + self.epsilon)


def build(exchange, layers, seed, dtype):
    """The workload's layers, their parameters loaded from the bench's files as `dtype`."""
    generator = np.random.default_rng(seed)
    built = []
    for layer in layers:
        kind = layer["kind"]
        parameters = [exchange.load(name).astype(dtype) for name in layer["parameters"]]
        if kind == "linear":
            built.append(Linear(*parameters, needs_input_gradient=bool(built)))
        elif kind == "batchnorm":
            built.append(BatchNorm(*parameters))
        elif kind == "sigmoid":
            built.append(Sigmoid())
        elif kind == "relu":
            built.append(ReLU())
        elif kind == "dropout":
            built.append(Dropout(layer["probability"], generator))
        else:
            raise ValueError(f"unknown layer kind {kind}")
    return built


def forward(layers, x, training):
    for layer in layers:
        x = layer.forward(x, training)
    return x


def preparer(exchange, workload, dtype=None, steps=None):
    """A function that builds fresh layers and an optimizer and returns the training run,
    computing in `dtype` (float32 by default) and stopping after `steps` steps if given."""
    dtype = dtype or np.float32
    x, y, validation_x, validation_y, orders = exchange.data(workload)
    x, y = x.astype(dtype), y.astype(np.int64)
    if validation_x is not None:
        validation_x, validation_y = validation_x.astype(dtype), validation_y.astype(np.int64)

    def prepare():
        layers = build(exchange, workload["files"]["layers"], workload["seed"], dtype)
        parameters = [p for layer in layers for p in layer.parameters]
        optimizer = Adam(workload) if workload["optimizer"] == "adam" else SGD(workload)

        def validation_loss():
            return None if validation_x is None else cross_entropy(forward(layers, validation_x, False), validation_y)[0]

        def run(step_times):
            losses, last_validation = [], None
            for order in orders:
                for rows in common.batches(order, workload["batchSize"]):
                    if steps is not None and len(losses) == steps:
                        return losses, validation_loss
                    start = time.perf_counter()
                    loss, g = cross_entropy(forward(layers, x[rows], True), y[rows])
                    for layer in reversed(layers):
                        g = layer.backward(g)
                    optimizer.step(parameters, [g for layer in layers for g in layer.gradients])
                    losses.append(loss)
                    if step_times is not None:
                        step_times.append(time.perf_counter() - start)
                if workload["validateEveryEpoch"]:
                    last_validation = validation_loss()
            return losses, (lambda: last_validation) if workload["validateEveryEpoch"] else validation_loss

        return run

    return prepare


def main():
    args = common.arguments()
    if np is None:
        common.unavailable(args.out, f"numpy is not installed ({NUMPY_ERROR}); `make bench-deps` installs it")
    exchange = common.Exchange(args.manifest)
    manifest = exchange.manifest
    results = {
        workload["key"]: common.train(workload, manifest["repetitions"], manifest["timedSteps"], preparer(exchange, workload))
        for workload in manifest["workloads"]
    }
    # The first steps again in float64: when float32 runs part ways on a chaotic run, this
    # shows which of them still follows the exact computation.
    exact = {
        workload["key"]: preparer(exchange, workload, np.float64, manifest["comparedSteps"])()(None)[0]
        for workload in manifest["workloads"] if workload["gatesStepLosses"]
    }
    gemm_seconds = None
    if manifest.get("gemm"):
        gemm = manifest["gemm"]
        a, b = exchange.load(gemm["a"]), exchange.load(gemm["b"])
        gemm_seconds = common.time_gemm(gemm, lambda: a @ b)
    common.write(args.out, {
        "available": True,
        "library": f"numpy {np.__version__}",
        "workloads": results,
        "exactStepLosses": exact,
        "gemmSeconds": gemm_seconds,
    })


if __name__ == "__main__":
    main()
