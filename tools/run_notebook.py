#!/usr/bin/python3
"""Execute a notebook top to bottom in a fresh kernel without losing late outputs.

Usage: run_notebook.py INPUT.ipynb OUTPUT.ipynb [--kernel deno] [--timeout 600] [--quiet 0.5]

Stock `jupyter nbconvert --execute` stops reading a cell's outputs when the kernel reports
idle. The Deno 2.9.6 kernel sends some outputs after that, and they were silently dropped.
This runner (Debian's python3-nbclient) keeps reading each cell's outputs until `--quiet`
seconds pass without one after idle. Any output that still arrives for an earlier cell
counts as lost. The kernel runs in the notebook's folder.

The executed notebook is written even when the run fails. Exit status 0 means every cell ran
without error within the timeout and no output was lost; otherwise a one-line reason goes to
stderr and the status is 1.
"""

import argparse
import os
import sys
from queue import Empty

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionComplete, CellExecutionError, CellTimeoutError
from nbclient.util import ensure_async

OUTPUT_TYPES = {"stream", "display_data", "execute_result", "error", "update_display_data"}


class QuietAfterIdleClient(NotebookClient):
    """An nbclient that waits for `quiet` seconds of silence after a cell's idle message."""

    quiet = 0.5

    def __init__(self, nb, **kw):
        super().__init__(nb, **kw)
        self.lost = []  # (cell index now running, message type) of outputs for another cell

    async def _async_poll_output_msg(self, parent_msg_id, cell, cell_index):
        idle = False
        while True:
            try:
                timeout = self.quiet if idle else None
                msg = await ensure_async(self.kc.iopub_channel.get_msg(timeout=timeout))
            except Empty:
                return
            if msg["parent_header"].get("msg_id") != parent_msg_id:
                if msg["msg_type"] in OUTPUT_TYPES:
                    self.lost.append((cell_index, msg["msg_type"]))
                continue
            try:
                self.process_message(msg, cell, cell_index)
            except CellExecutionComplete:
                idle = True


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--kernel", default="deno")
    parser.add_argument("--timeout", type=int, default=600, help="seconds per cell")
    parser.add_argument("--quiet", type=float, default=0.5, help="seconds of silence after idle")
    args = parser.parse_args()

    nb = nbformat.read(args.input, as_version=4)
    client = QuietAfterIdleClient(
        nb,
        kernel_name=args.kernel,
        timeout=args.timeout,
        startup_timeout=120,
        record_timing=False,
        resources={"metadata": {"path": os.path.dirname(os.path.abspath(args.input))}},
    )
    client.quiet = args.quiet
    failure = None
    try:
        client.execute()
    except CellTimeoutError:
        failure = f"a cell ran longer than {args.timeout} s"
    except CellExecutionError as error:
        failure = str(error).strip().splitlines()[-1]
    except Exception as error:  # kernel died, failed to start, ...
        failure = f"{type(error).__name__}: {error}"
    if failure is None and client.lost:
        cell, kind = client.lost[0]
        failure = f"{len(client.lost)} output(s) arrived for an earlier cell (first: a {kind} during code cell {cell})"
    nbformat.write(nb, args.output)
    if failure:
        print(f"{args.input}: {failure}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
