"""Runs the code cells of a Jupyter notebook in order, in one namespace, without Jupyter.

    python3 clients/python/run_notebook.py examples/silicon-anodes.ipynb

As in Jupyter, the working directory is the notebook's folder and the value of a cell's last expression
is shown. Every cell's output is printed under a header; the first cell that raises stops the run with its
traceback and exit status 1. Cell magics (%, !) are not supported: a notebook meant to run here has none.
"""

from __future__ import annotations

import ast
import json
import os
import sys
import traceback
from pathlib import Path
from typing import List


def code_cells(notebook: Path) -> List[str]:
    """The source of every code cell, in order (nbformat 4)."""
    nb = json.loads(notebook.read_text("utf-8"))
    if nb.get("nbformat") != 4:
        raise ValueError(f"{notebook}: nbformat {nb.get('nbformat')}, expected 4")
    sources = []
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            source = cell["source"]
            sources.append(source if isinstance(source, str) else "".join(source))
    return sources


def run(notebook: Path) -> int:
    cells = code_cells(notebook)
    os.environ.setdefault("MPLBACKEND", "Agg")  # plots render off screen instead of waiting for a window
    os.chdir(notebook.parent)
    namespace = {"__name__": "__main__", "display": _display}
    for number, source in enumerate(cells, 1):
        name = f"<cell {number}>"
        print(f"\n----- cell {number} of {len(cells)} -----", flush=True)
        try:
            tree = ast.parse(source, filename=name)
            last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
            exec(compile(tree, name, "exec"), namespace)
            if last is not None:
                value = eval(compile(ast.Expression(last.value), name, "eval"), namespace)
                if value is not None:
                    print(repr(value))
        except Exception:
            sys.stdout.flush()
            traceback.print_exc()
            print(f"\n{notebook}: cell {number} failed:\n{source}", file=sys.stderr)
            return 1
        sys.stdout.flush()
    print(f"\n{notebook}: all {len(cells)} code cells ran")
    return 0


def _display(*objects) -> None:
    """Jupyter's display(), as plain printing."""
    for o in objects:
        print(o)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(run(Path(sys.argv[1]).resolve()))
