"""What both reference scripts share: reading the bench's exchange folder, the training
loop's timing, and writing the result the bench reads back.

The bench (Sources/bench) writes manifest.json and .npy files: the data, every layer's
initial parameters (weights stored [inputs, outputs], as the engine computes y = x·W + b)
and the order in which each epoch visits the training rows. A script trains the same
network on the same batches and writes its times and losses as JSON.
"""

import argparse
import json
import math
import os
import statistics
import sys
import time


def arguments():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("manifest", help="manifest.json in the bench's exchange folder")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--out", required=True, help="where to write the JSON result")
    return parser.parse_args()


def unavailable(out, reason):
    """Tells the bench that this column cannot be measured, and why."""
    write(out, {"available": False, "reason": reason})
    sys.exit(0)


def write(out, result):
    """Writes `result` as JSON; a NaN or infinite loss (a run that diverged) is written as the
    string "NaN", "Infinity" or "-Infinity", which the bench reads back as a number."""
    def finite(value):
        if isinstance(value, float) and not math.isfinite(value):
            return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
        if isinstance(value, dict):
            return {key: finite(item) for key, item in value.items()}
        if isinstance(value, list):
            return [finite(item) for item in value]
        return value
    with open(out, "w") as file:
        json.dump(finite(result), file, allow_nan=False)


class Exchange:
    """The manifest and the arrays it names."""

    def __init__(self, manifest_path):
        self.folder = os.path.dirname(os.path.abspath(manifest_path))
        with open(manifest_path) as file:
            self.manifest = json.load(file)

    def load(self, name):
        import numpy  # imported here, so a script can still report that numpy is missing
        return numpy.load(os.path.join(self.folder, name))

    def data(self, workload):
        """(training features, training labels, validation features or None, validation labels or None, orders)."""
        files = workload["files"]
        validation = (self.load(files["validationFeatures"]), self.load(files["validationLabels"])) \
            if files["validationFeatures"] else (None, None)
        return (self.load(files["trainingFeatures"]), self.load(files["trainingLabels"]),
                *validation, self.load(files["orders"]))


def batches(order, batch_size):
    """The rows of each mini-batch of one epoch; the last, partial batch is kept."""
    for start in range(0, len(order), batch_size):
        yield order[start:start + batch_size]


def train(workload, repetitions, timed_steps, prepare):
    """Times training from the initial weights. `prepare()` builds the model and optimizer
    (untimed) and returns `run(step_times)`, which trains, appending each step's seconds to
    `step_times` when given, and returns (step losses, a function giving the final validation
    loss, called untimed). Per-epoch workloads are trained again after a warm-up run (once,
    for a workload without a speed goal); per-step workloads once, their first steps untimed."""
    if workload["timing"] == "step":
        step_times = []
        losses, validation = prepare()(step_times)
        timed = step_times[workload["warmupSteps"]:workload["warmupSteps"] + timed_steps]
        return {"seconds": statistics.median(timed), "stepLosses": losses, "validationLoss": validation()}
    if workload.get("goal") is None:
        repetitions = 0  # run once, for the agreement check only
    times = []
    for run in range(repetitions + 1):
        train_once = prepare()
        start = time.perf_counter()
        losses, validation = train_once(None)
        if run > 0 or repetitions == 0:
            times.append((time.perf_counter() - start) / workload["epochs"])
    return {"seconds": statistics.median(times), "stepLosses": losses, "validationLoss": validation()}


def time_gemm(gemm, multiply):
    """The median seconds of `multiply()` over the manifest's repetitions, after a warm-up."""
    multiply()
    times = []
    for _ in range(gemm["repetitions"]):
        start = time.perf_counter()
        multiply()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
