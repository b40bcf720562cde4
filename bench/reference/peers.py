"""Reference peers for the workloads W1-W3 (README, Performance), for measurement only.

Prints one JSON line per workload and framework, the same fields as
bench/workloads.ts: {"workload", "train_s", "samples_per_s", "accuracy", "threads"}.

- PyTorch CPU: W1, W2 and W3 (serial), float32, a hand-written loop that mirrors relu-lab's
  fit (shuffle each epoch, minibatches, SGD / momentum SGD), once per intra-op thread count
  in --torch-threads (default 1 and 2). Debian's PyTorch multiplies with OpenBLAS, which
  runs its own two threads either way; one intra-op thread is PyTorch's fastest setting
  here (W2 0.73 s against 2.2 s with two, whose threads then compete with OpenBLAS's).
- scikit-learn MLPClassifier: W1 (sgd, lr 0.1, batch 32, 200 epochs, no momentum) and W2
  (sgd, momentum 0.9 non-Nesterov, lr 0.05, batch 128, 1 epoch). It trains in float64 and
  adds its own bookkeeping (loss curve, no early stopping), so it is "comparable", not identical.

Timing covers the training loop only, after a warm-up, with time.perf_counter() (wall)
and time.process_time() (cpu_s: CPU seconds of all the process's threads).

Usage: /usr/bin/python3 bench/reference/peers.py [--only W1|W2|W3] [--repeat N] [--seeds N]
       [--torch-threads 1,2] [--no-sklearn]
"""

import argparse
import gzip
import json
import os
import time
import warnings

import numpy as np
import torch
from sklearn.datasets import make_circles
from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier

FASHION = "/usr/share/datasets/fashion-mnist"


def emit(workload, timing, samples, acc, threads):
    seconds, cpu = timing
    print(json.dumps({
        "workload": workload,
        "train_s": round(seconds, 3),
        "samples_per_s": round(samples / seconds),
        "accuracy": round(float(acc), 4),
        "threads": threads,
        "cpu_s": round(cpu, 3),
        "loadavg": list(os.getloadavg()),
    }), flush=True)


def read_idx(name):
    with gzip.open(os.path.join(FASHION, name)) as f:
        data = f.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


ACTIVATIONS = {
    "relu": torch.nn.ReLU,
    "leaky_relu(0.01)": lambda: torch.nn.LeakyReLU(0.01),
    "prelu": torch.nn.PReLU,
    "tanh": torch.nn.Tanh,
    "sigmoid": torch.nn.Sigmoid,
}


def torch_mlp(sizes, activation="relu"):
    layers = []
    for i in range(len(sizes) - 1):
        layers.append(torch.nn.Linear(sizes[i], sizes[i + 1]))
        if i < len(sizes) - 2:
            layers.append(ACTIVATIONS[activation]())
    return torch.nn.Sequential(*layers)


def torch_train(x, y, sizes, loss_fn, lr, momentum, batch, epochs, seed=1):
    torch.manual_seed(seed)
    model = torch_mlp(sizes)
    opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=momentum)
    n = x.shape[0]
    start, cpu = time.perf_counter(), time.process_time()
    for _ in range(epochs):
        order = torch.randperm(n)
        for s in range(0, n, batch):
            idx = order[s:s + batch]
            opt.zero_grad()
            loss = loss_fn(model(x[idx]), y[idx])
            loss.backward()
            opt.step()
    return (time.perf_counter() - start, time.process_time() - cpu), model


def best_of(repeat, train):
    results = [train() for _ in range(repeat)]
    return min(results, key=lambda r: r[0][0])


def w1(repeat, sklearn):
    xs, ys = make_circles(n_samples=1000, factor=0.5, noise=0.1, random_state=0)
    x = torch.tensor(xs, dtype=torch.float32)
    y = torch.tensor(ys, dtype=torch.float32).reshape(-1, 1)
    bce = torch.nn.BCEWithLogitsLoss()
    run = lambda epochs: torch_train(x, y, [2, 16, 16, 1], bce, 0.1, 0.0, 32, epochs)
    run(20)
    seconds, model = best_of(repeat, lambda: run(200))
    with torch.no_grad():
        acc = ((model(x) > 0).float() == y).float().mean()
    emit(f"W1 circles (PyTorch, {torch_label()})", seconds, 1000 * 200, acc,
         torch.get_num_threads())

    if not sklearn:
        return

    def sk():
        clf = MLPClassifier(hidden_layer_sizes=(16, 16), solver="sgd", learning_rate_init=0.1,
                            momentum=0.0, batch_size=32, max_iter=200, alpha=0.0,
                            n_iter_no_change=10**9, tol=0.0, random_state=1)
        start, cpu = time.perf_counter(), time.process_time()
        clf.fit(xs, ys)
        return (time.perf_counter() - start, time.process_time() - cpu), clf
    sk()
    seconds, clf = best_of(repeat, sk)
    emit("W1 circles (scikit-learn)", seconds, 1000 * 200, clf.score(xs, ys), 1)


def w3():
    """W3 serially, mirroring the w3-circles sweep's runs: each of 100 trainings (5
    activations x 4 learning rates x 5 seeds) draws 1,000 training and 1,000 test points,
    trains 50 epochs W1-style and then, once, evaluates the test set and takes the dead-unit
    census of both hidden layers on the training inputs."""
    bce = torch.nn.BCEWithLogitsLoss()

    def census(model, x):
        h, dead = x, []
        for layer in model:
            if not isinstance(layer, torch.nn.Linear):
                dead.append((h > 0).sum(0) == 0)
            h = layer(h)
        return h, dead

    start, cpu = time.perf_counter(), time.process_time()
    final_accuracies = []
    for activation in ACTIVATIONS:
        for lr in (0.01, 0.03, 0.1, 0.3):
            for seed in range(5):
                draw = lambda offset: make_circles(n_samples=1000, factor=0.5, noise=0.1,
                                                   random_state=seed * 2 + offset)
                (xs, ys), (xt, yt) = draw(0), draw(1)
                x, y = torch.tensor(xs, dtype=torch.float32), torch.tensor(ys, dtype=torch.float32)
                xt, yt = torch.tensor(xt, dtype=torch.float32), torch.tensor(yt, dtype=torch.float32)
                y, yt = y.reshape(-1, 1), yt.reshape(-1, 1)
                torch.manual_seed(seed)
                model = torch_mlp([2, 16, 16, 1], activation)
                opt = torch.optim.SGD(model.parameters(), lr=lr)
                for _ in range(50):
                    order = torch.randperm(1000)
                    for s in range(0, 1000, 32):
                        idx = order[s:s + 32]
                        opt.zero_grad()
                        bce(model(x[idx]), y[idx]).backward()
                        opt.step()
                with torch.no_grad():
                    census(model, x)
                    out = model(xt)
                    final_accuracies.append(((out > 0).float() == yt).float().mean().item())
    # "accuracy": the mean of the 100 runs' final test accuracies.
    emit(f"W3 sweep, serial (PyTorch, {torch_label()})",
         (time.perf_counter() - start, time.process_time() - cpu),
         len(final_accuracies) * 1000 * 50, np.mean(final_accuracies), torch.get_num_threads())


def w2(repeat, seeds, sklearn):
    xs = read_idx("train-images-idx3-ubyte.gz").reshape(-1, 784).astype(np.float32) / 255
    ys = read_idx("train-labels-idx1-ubyte.gz").astype(np.int64)
    xt = read_idx("t10k-images-idx3-ubyte.gz").reshape(-1, 784).astype(np.float32) / 255
    yt = read_idx("t10k-labels-idx1-ubyte.gz").astype(np.int64)
    x, y = torch.from_numpy(xs), torch.from_numpy(ys)
    ce = torch.nn.CrossEntropyLoss()
    run = lambda seed=1: torch_train(x, y, [784, 256, 128, 10], ce, 0.05, 0.9, 128, 1, seed)

    def test_accuracy(model):
        with torch.no_grad():
            return (model(torch.from_numpy(xt)).argmax(1).numpy() == yt).mean()

    run()
    seconds, model = best_of(repeat, run)
    emit(f"W2 Fashion-MNIST epoch (PyTorch, {torch_label()})", seconds, 60000,
         test_accuracy(model), torch.get_num_threads())
    if seeds > 1:
        accs = [float(test_accuracy(run(seed)[1])) for seed in range(1, seeds + 1)]
        print(json.dumps({
            "workload": "W2 test accuracy over seeds (PyTorch)",
            "seeds": seeds,
            "accuracy_mean": round(float(np.mean(accs)), 4),
            "accuracy_sd": round(float(np.std(accs, ddof=1)), 4),
            "accuracies": [round(a, 4) for a in accs],
        }), flush=True)

    if not sklearn:
        return

    def sk():
        clf = MLPClassifier(hidden_layer_sizes=(256, 128), solver="sgd", learning_rate_init=0.05,
                            momentum=0.9, nesterovs_momentum=False, batch_size=128, max_iter=1,
                            alpha=0.0, random_state=1)
        start, cpu = time.perf_counter(), time.process_time()
        clf.fit(xs, ys)
        return (time.perf_counter() - start, time.process_time() - cpu), clf
    seconds, clf = best_of(repeat, sk)
    emit("W2 Fashion-MNIST epoch (scikit-learn)", seconds, 60000, clf.score(xt, yt), 1)


def torch_label():
    threads = torch.get_num_threads()
    return f"{threads} intra-op thread{'s' if threads > 1 else ''}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", choices=["W1", "W2", "W3"])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seeds", type=int, default=1,
                        help="W2: also report the test accuracy's mean and sd over this many seeds")
    parser.add_argument("--torch-threads", default="1,2",
                        help="PyTorch intra-op thread counts to try, each reported")
    parser.add_argument("--sklearn", action=argparse.BooleanOptionalAction, default=True,
                        help="also run scikit-learn on W1 and W2")
    args = parser.parse_args()
    warnings.simplefilter("ignore", ConvergenceWarning)
    for i, threads in enumerate(int(t) for t in args.torch_threads.split(",")):
        torch.set_num_threads(threads)
        if args.only in (None, "W1"):
            w1(args.repeat, sklearn=args.sklearn and i == 0)
        if args.only in (None, "W2"):
            w2(args.repeat, args.seeds, sklearn=args.sklearn and i == 0)
        if args.only in (None, "W3"):
            w3()


if __name__ == "__main__":
    main()
