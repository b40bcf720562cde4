"""Writes tests/fixtures/model_torch.json: PyTorch's float64 reference numbers for the
activations, losses and a whole MLP of lib/.

How the fixture was produced (run once from the repository root; the tests only read
the JSON and never call Python):

    /usr/bin/python3 tools/reference/model_torch.py

It needs PyTorch (Debian's python3-torch). Everything is float64 and seeded. Contents:

- activations: for each activation name (as lib/core/activations/'s registry spells it),
  f(x) and f'(x) by autograd on a grid from -8 to 8 in steps of 1/16, plus -1000, -1, 0,
  1 and 1000 (so the kink conventions are pinned too);
- losses: BCEWithLogitsLoss, CrossEntropyLoss and MSELoss values and logit gradients,
  including logits of +-1000;
- mlps: for several hidden activations, a 3-5-4-k MLP's weights (nn.Linear layout), a
  batch, its targets, the loss and every parameter's gradient.
"""

import json
import pathlib

import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)
generator = torch.Generator().manual_seed(20261127)

ACTIVATIONS = {
    "relu": F.relu,
    "leaky_relu(0.01)": lambda x: F.leaky_relu(x, 0.01),
    "leaky_relu(0.1)": lambda x: F.leaky_relu(x, 0.1),
    "elu(1)": lambda x: F.elu(x, 1.0),
    "elu(0.5)": lambda x: F.elu(x, 0.5),
    "selu": F.selu,
    "gelu": F.gelu,
    "silu": F.silu,
    "softplus": F.softplus,
    "sigmoid": torch.sigmoid,
    "tanh": torch.tanh,
    "identity": lambda x: x,
}


def values_and_grads(fn, xs):
    x = torch.tensor(xs, requires_grad=True)
    y = fn(x)
    (grad,) = torch.autograd.grad(y.sum(), x)
    return y.tolist(), grad.tolist()


grid = [i / 16 for i in range(-128, 129)] + [-1000.0, -1.0, 0.0, 1.0, 1000.0]
activations = {}
for name, fn in ACTIVATIONS.items():
    f, df = values_and_grads(fn, grid)
    activations[name] = {"x": grid, "f": f, "df": df}


def loss_case(name, fn, logits, targets):
    z = torch.tensor(logits, requires_grad=True)
    value = fn(z, targets)
    (grad,) = torch.autograd.grad(value, z)
    return {"loss": name, "logits": logits, "targets": targets.tolist(), "value": value.item(),
            "grad": grad.tolist()}


binary_logits = [[1000.0], [-1000.0], [0.3], [-2.0], [5.0]]
binary_targets = torch.tensor([[1.0], [1.0], [0.0], [0.25], [1.0]])
multi_logits = [[1000.0, -1000.0, 0.0], [0.1, 0.2, 0.3], [-5.0, 2.0, 1.0], [3.0, 3.0, 3.0]]
multi_labels = torch.tensor([[1], [2], [0], [1]])
mse_targets = torch.tensor([[0.5, -1.0, 2.0], [0.0, 0.0, 0.0], [1.0, 1.0, 1.0], [2.0, 3.0, -4.0]])
losses = [
    loss_case("bce", F.binary_cross_entropy_with_logits, binary_logits, binary_targets),
    loss_case("softmax_ce", lambda z, t: F.cross_entropy(z, t[:, 0]), multi_logits, multi_labels),
    loss_case("mse", F.mse_loss, multi_logits[1:], mse_targets[1:]),
]


def mlp_case(activation, fn, outputs, loss_name):
    sizes = [3, 5, 4, outputs]
    layers = [torch.nn.Linear(sizes[i], sizes[i + 1]) for i in range(len(sizes) - 1)]
    with torch.no_grad():
        for layer in layers:
            layer.weight.copy_(torch.randn(layer.weight.shape, generator=generator) * 0.8)
            layer.bias.copy_(torch.rand(layer.bias.shape, generator=generator) * 0.4 + 0.1)
    x = torch.randn(6, 3, generator=generator)
    if loss_name == "bce":
        targets = torch.tensor([[0.0], [1.0], [1.0], [0.0], [1.0], [0.0]])
        loss_fn = F.binary_cross_entropy_with_logits
    else:
        targets = torch.tensor([[0], [1], [2], [1], [0], [2]])
        loss_fn = lambda z, t: F.cross_entropy(z, t[:, 0])
    h = x
    for i, layer in enumerate(layers):
        h = layer(h)
        if i < len(layers) - 1:
            h = fn(h)
    loss = loss_fn(h, targets)
    params = [p for layer in layers for p in (layer.weight, layer.bias)]
    grads = torch.autograd.grad(loss, params)
    return {
        "activation": activation,
        "loss": loss_name,
        "weights": [layer.weight.tolist() for layer in layers],
        "biases": [layer.bias.tolist() for layer in layers],
        "x": x.tolist(),
        "targets": targets.tolist(),
        "logits": h.tolist(),
        "value": loss.item(),
        "grads": [g.flatten().tolist() for g in grads],
    }


mlps = [
    mlp_case("relu", F.relu, 1, "bce"),
    mlp_case("leaky_relu(0.1)", lambda h: F.leaky_relu(h, 0.1), 3, "softmax_ce"),
    mlp_case("tanh", torch.tanh, 3, "softmax_ce"),
    mlp_case("gelu", F.gelu, 1, "bce"),
    mlp_case("elu(1)", lambda h: F.elu(h, 1.0), 3, "softmax_ce"),
]

out = pathlib.Path("tests/fixtures/model_torch.json")
out.write_text(json.dumps({"torch": torch.__version__, "activations": activations,
                           "losses": losses, "mlps": mlps}, indent=None) + "\n")
print(f"wrote {out} ({out.stat().st_size} bytes)")
