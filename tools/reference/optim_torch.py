"""Writes tests/fixtures/optim_torch.json: PyTorch's reference numbers for lib/core/optim.

How the fixture was produced (run once from the repository root; the tests only read
the JSON and never call Python):

    /usr/bin/python3 tools/reference/optim_torch.py

It needs PyTorch (Debian's python3-torch). Everything is float64 and seeded, so a rerun
with the same PyTorch version writes the same file. Contents:

- params: three parameters (a 3x4 weight with decay, a bias and a slope without),
  their initial values, 5 steps of given gradients and 5 learning rates (as a schedule
  would vary them);
- optimizers: for each SGD/Adam variant, the parameter values after every step, with
  L2 as PyTorch's weight_decay on the decay parameters only;
- penalties: value and gradient of l1/l2 penalties computed by autograd;
- clip: clip_grad_norm_ inputs, returned norm and clipped gradients;
- schedules: get_last_lr() of PyTorch's schedulers, epoch by epoch.
"""

import json
import math
import pathlib

import torch

torch.set_default_dtype(torch.float64)
generator = torch.Generator().manual_seed(20240607)
STEPS = 5
LEARNING_RATES = [0.1, 0.05, 0.2, 0.01, 0.1]

SPECS = [("weight", [3, 4], True), ("bias", [3], False), ("slope", [1], False)]


def randn(shape, scale=1.0):
    return torch.randn(*shape, generator=generator) * scale


initial = [randn(shape) for _, shape, _ in SPECS]
initial[0][1, 2] = 0.0  # an exact zero, where L1's subgradient is sign(0) = 0
# Gradients vary in scale across steps, so moments and velocities are exercised.
grads = [[randn(shape, scale) for _, shape, _ in SPECS] for scale in [1, 0.1, 3, 1, 0.5]]


def flat(tensor):
    return tensor.detach().reshape(-1).tolist()


def run_optimizer(kind, options, weight_decay):
    params = [torch.nn.Parameter(t.clone()) for t in initial]
    decayed = [p for p, (_, _, decay) in zip(params, SPECS) if decay]
    others = [p for p, (_, _, decay) in zip(params, SPECS) if not decay]
    groups = [{"params": decayed, "weight_decay": weight_decay}, {"params": others, "weight_decay": 0}]
    if kind == "sgd":
        optimizer = torch.optim.SGD(groups, lr=1.0, foreach=False, **options)
    else:
        betas = (options.get("beta1", 0.9), options.get("beta2", 0.999))
        optimizer = torch.optim.Adam(groups, lr=1.0, betas=betas, eps=options.get("eps", 1e-8), foreach=False)
    values = []
    for step in range(STEPS):
        for group in optimizer.param_groups:
            group["lr"] = LEARNING_RATES[step]
        for p, g in zip(params, grads[step]):
            p.grad = g.clone()
        optimizer.step()
        values.append([flat(p) for p in params])
    return {"kind": kind, "options": options, "l2": weight_decay, "values": values}


OPTIMIZERS = [
    run_optimizer("sgd", {}, 0),
    run_optimizer("sgd", {"momentum": 0.9}, 0),
    run_optimizer("sgd", {"momentum": 0.5, "dampening": 0.3}, 0),
    run_optimizer("sgd", {"momentum": 0.9, "nesterov": True}, 0),
    run_optimizer("sgd", {"momentum": 0.9, "nesterov": True}, 0.01),
    run_optimizer("sgd", {}, 0.1),
    run_optimizer("adam", {}, 0),
    run_optimizer("adam", {"beta1": 0.5, "beta2": 0.9, "eps": 1e-3}, 0),
    run_optimizer("adam", {}, 0.01),
]


def penalty(l1, l2):
    params = [torch.nn.Parameter(t.clone()) for t in initial]
    for p, g in zip(params, grads[0]):
        p.grad = g.clone()
    total = sum(l1 * p.abs().sum() + l2 / 2 * (p * p).sum() for p, (_, _, d) in zip(params, SPECS) if d)
    total.backward()
    return {"l1": l1, "l2": l2, "value": total.item(), "grads": [flat(p.grad) for p in params]}


PENALTIES = [penalty(0, 0.01), penalty(0.003, 0), penalty(0.003, 0.01)]


def clip(step, max_norm):
    gradients = [g.clone() for g in grads[step]]
    params = [torch.nn.Parameter(torch.zeros_like(g)) for g in gradients]
    for p, g in zip(params, gradients):
        p.grad = g.clone()
    norm = torch.nn.utils.clip_grad_norm_(params, max_norm)
    return {"maxNorm": max_norm, "grads": [flat(g) for g in gradients], "norm": norm.item(),
            "clipped": [flat(p.grad) for p in params]}


def global_norm(step):
    return math.sqrt(sum((g * g).sum().item() for g in grads[step]))


CLIPS = [clip(2, 1.0), clip(1, 100.0), clip(0, global_norm(0))]


def schedule(description, make, epochs):
    optimizer = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=description["lr"])
    scheduler = make(optimizer)
    rates = []
    for _ in range(epochs):
        rates.append(scheduler.get_last_lr()[0])
        optimizer.step()
        scheduler.step()
    return {**description, "rates": rates}


sched = torch.optim.lr_scheduler
SCHEDULES = [
    schedule({"kind": "step", "lr": 0.1, "stepSize": 3, "gamma": 0.5},
             lambda o: sched.StepLR(o, step_size=3, gamma=0.5), 12),
    schedule({"kind": "exponential", "lr": 0.3, "gamma": 0.9},
             lambda o: sched.ExponentialLR(o, gamma=0.9), 12),
    schedule({"kind": "cosine", "lr": 0.1, "epochs": 10, "minLr": 0.001},
             lambda o: sched.CosineAnnealingLR(o, T_max=10, eta_min=0.001), 11),
    schedule({"kind": "warmup", "lr": 0.3, "gamma": 0.9, "epochs": 4, "startFactor": 0.25},
             lambda o: sched.ChainedScheduler([sched.LinearLR(o, start_factor=0.25, total_iters=4),
                                               sched.ExponentialLR(o, gamma=0.9)]), 10),
]

fixture = {
    "producedBy": "tools/reference/optim_torch.py",
    "torch": torch.__version__,
    "params": [{"name": n, "shape": s, "decay": d, "value": flat(t)} for (n, s, d), t in zip(SPECS, initial)],
    "grads": [[flat(g) for g in step] for step in grads],
    "learningRates": LEARNING_RATES,
    "optimizers": OPTIMIZERS,
    "penalties": PENALTIES,
    "clip": CLIPS,
    "schedules": SCHEDULES,
}
out = pathlib.Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "optim_torch.json"
out.write_text(json.dumps(fixture, indent=2) + "\n")
print(f"wrote {out}")
