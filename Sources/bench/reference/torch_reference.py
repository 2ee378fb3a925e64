"""PyTorch (CPU) reference for `make bench`: the bench's workloads written the way a
PyTorch user would write them (nn.Sequential, F.cross_entropy, torch.optim), started from
the bench's initial weights and fed the bench's batches in the bench's order."""

import time

import common


def main():
    args = common.arguments()
    try:
        import torch
    except ImportError as error:
        common.unavailable(args.out, f"PyTorch is not installed ({error}); `make bench-deps` installs it")
    torch.set_num_threads(args.threads)
    exchange = common.Exchange(args.manifest)
    manifest = exchange.manifest
    results = {
        workload["key"]: common.train(workload, manifest["repetitions"], manifest["timedSteps"],
                                      preparer(torch, exchange, workload))
        for workload in manifest["workloads"]
    }
    gemm_seconds = None
    if manifest.get("gemm"):
        gemm = manifest["gemm"]
        a, b = torch.from_numpy(exchange.load(gemm["a"])), torch.from_numpy(exchange.load(gemm["b"]))
        gemm_seconds = common.time_gemm(gemm, lambda: torch.mm(a, b))
    common.write(args.out, {
        "available": True,
        "library": f"PyTorch {torch.__version__}",
        "workloads": results,
        "gemmSeconds": gemm_seconds,
    })


def build(torch, exchange, layers):
    """The workload's network, its parameters copied from the bench's files."""
    modules = []
    for layer in layers:
        kind = layer["kind"]
        if kind == "linear":
            weight, bias = (exchange.load(name) for name in layer["parameters"])
            module = torch.nn.Linear(*weight.shape)
            with torch.no_grad():
                # The engine stores W as [inputs, outputs]; nn.Linear stores its transpose.
                module.weight.copy_(torch.from_numpy(weight.T.copy()))
                module.bias.copy_(torch.from_numpy(bias))
        elif kind == "batchnorm":
            scale, offset = (exchange.load(name) for name in layer["parameters"])
            # momentum 0.1 and ε 1e-5, as in the engine.
            module = torch.nn.BatchNorm1d(len(scale))
            with torch.no_grad():
                module.weight.copy_(torch.from_numpy(scale))
                module.bias.copy_(torch.from_numpy(offset))
        elif kind == "sigmoid":
            module = torch.nn.Sigmoid()
        elif kind == "relu":
            module = torch.nn.ReLU()
        elif kind == "dropout":
            module = torch.nn.Dropout(layer["probability"])
        else:
            raise ValueError(f"unknown layer kind {kind}")
        modules.append(module)
    return torch.nn.Sequential(*modules)


def preparer(torch, exchange, workload):
    """A function that builds a fresh model and optimizer and returns the training run."""
    functional = torch.nn.functional
    features, labels, validation_features, validation_labels, orders = exchange.data(workload)
    x, y = torch.from_numpy(features), torch.from_numpy(labels).long()
    if validation_features is not None:
        validation_x, validation_y = torch.from_numpy(validation_features), torch.from_numpy(validation_labels).long()
    orders = [torch.from_numpy(order).long() for order in orders]

    def prepare():
        model = build(torch, exchange, workload["files"]["layers"])
        if workload["optimizer"] == "adam":
            optimizer = torch.optim.Adam(model.parameters(), lr=workload["learningRate"],
                                         betas=(workload["beta1"], workload["beta2"]), eps=workload["epsilon"],
                                         weight_decay=workload["l2Penalty"])
        else:
            optimizer = torch.optim.SGD(model.parameters(), lr=workload["learningRate"],
                                        weight_decay=workload["l2Penalty"])

        def validation_loss():
            if validation_features is None:
                return None
            model.eval()
            with torch.no_grad():
                return functional.cross_entropy(model(validation_x), validation_y).item()

        def run(step_times):
            losses, last_validation = [], None
            for order in orders:
                model.train()
                for rows in common.batches(order, workload["batchSize"]):
                    start = time.perf_counter()
                    optimizer.zero_grad()
                    loss = functional.cross_entropy(model(x[rows]), y[rows])
                    loss.backward()
                    optimizer.step()
                    losses.append(loss.item())
                    if step_times is not None:
                        step_times.append(time.perf_counter() - start)
                if workload["validateEveryEpoch"]:
                    last_validation = validation_loss()
            return losses, (lambda: last_validation) if workload["validateEveryEpoch"] else validation_loss

        return run

    return prepare


if __name__ == "__main__":
    main()
