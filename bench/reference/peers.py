"""Reference peers for the issue's workloads, for measurement only (not tests).

Prints one JSON line per workload and framework, the same fields as
bench/workloads.ts: {"workload", "train_s", "samples_per_s", "accuracy", "threads"}.

- PyTorch CPU (torch.set_num_threads(2)): W1 and W2, float32, a hand-written loop that
  mirrors relu-lab's fit (shuffle each epoch, minibatches, SGD / momentum SGD).
- scikit-learn MLPClassifier: W1 (sgd, lr 0.1, batch 32, 200 epochs, no momentum) and W2
  (sgd, momentum 0.9 non-Nesterov, lr 0.05, batch 128, 1 epoch). It trains in float64 and
  adds its own bookkeeping (loss curve, no early stopping), so it is "comparable", not identical.

Timing covers the training loop only, after a warm-up, with time.perf_counter() (wall)
and time.process_time() (cpu_s: CPU seconds of all the process's threads).

Usage: /usr/bin/python3 bench/reference/peers.py [--only W1|W2] [--repeat N]
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


def torch_mlp(sizes):
    layers = []
    for i in range(len(sizes) - 1):
        layers.append(torch.nn.Linear(sizes[i], sizes[i + 1]))
        if i < len(sizes) - 2:
            layers.append(torch.nn.ReLU())
    return torch.nn.Sequential(*layers)


def torch_train(x, y, sizes, loss_fn, lr, momentum, batch, epochs):
    torch.manual_seed(1)
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


def w1(repeat):
    xs, ys = make_circles(n_samples=1000, factor=0.5, noise=0.1, random_state=0)
    x = torch.tensor(xs, dtype=torch.float32)
    y = torch.tensor(ys, dtype=torch.float32).reshape(-1, 1)
    bce = torch.nn.BCEWithLogitsLoss()
    run = lambda epochs: torch_train(x, y, [2, 16, 16, 1], bce, 0.1, 0.0, 32, epochs)
    run(20)
    seconds, model = best_of(repeat, lambda: run(200))
    with torch.no_grad():
        acc = ((model(x) > 0).float() == y).float().mean()
    emit("W1 circles (PyTorch)", seconds, 1000 * 200, acc, torch.get_num_threads())

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


def w2(repeat):
    xs = read_idx("train-images-idx3-ubyte.gz").reshape(-1, 784).astype(np.float32) / 255
    ys = read_idx("train-labels-idx1-ubyte.gz").astype(np.int64)
    xt = read_idx("t10k-images-idx3-ubyte.gz").reshape(-1, 784).astype(np.float32) / 255
    yt = read_idx("t10k-labels-idx1-ubyte.gz").astype(np.int64)
    x, y = torch.from_numpy(xs), torch.from_numpy(ys)
    ce = torch.nn.CrossEntropyLoss()
    run = lambda: torch_train(x, y, [784, 256, 128, 10], ce, 0.05, 0.9, 128, 1)
    run()
    seconds, model = best_of(repeat, run)
    with torch.no_grad():
        acc = (model(torch.from_numpy(xt)).argmax(1).numpy() == yt).mean()
    emit("W2 Fashion-MNIST epoch (PyTorch)", seconds, 60000, acc, torch.get_num_threads())

    def sk():
        clf = MLPClassifier(hidden_layer_sizes=(256, 128), solver="sgd", learning_rate_init=0.05,
                            momentum=0.9, nesterovs_momentum=False, batch_size=128, max_iter=1,
                            alpha=0.0, random_state=1)
        start, cpu = time.perf_counter(), time.process_time()
        clf.fit(xs, ys)
        return (time.perf_counter() - start, time.process_time() - cpu), clf
    seconds, clf = best_of(repeat, sk)
    emit("W2 Fashion-MNIST epoch (scikit-learn)", seconds, 60000, clf.score(xt, yt), 1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", choices=["W1", "W2"])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    torch.set_num_threads(2)
    warnings.simplefilter("ignore", ConvergenceWarning)
    if args.only in (None, "W1"):
        w1(args.repeat)
    if args.only in (None, "W2"):
        w2(args.repeat)


if __name__ == "__main__":
    main()
