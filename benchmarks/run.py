"""`make bench`: measure the product's budgets (DESIGN.md §7).

Each `benchmarks/bench_*.py` module has `measure() -> list[Figure]`. Figures print as
`name value unit` lines and are written to `benchmarks/last.json`. Budgets are compared with
baselines measured in the same run where the budget is relative.
"""

from __future__ import annotations

import importlib
import json
import os
import platform
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]  # `common` and the app
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    figures: dict[str, dict[str, object]] = {}
    for module_path in sorted(HERE.glob("bench_*.py")):
        module = importlib.import_module(module_path.stem)
        for name, value, unit in module.measure():
            print(f"{name} {value:.3f} {unit}", flush=True)
            figures[name] = {"value": round(value, 4), "unit": unit}
    report = {"machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                          "platform": platform.platform()}, "figures": figures}
    (HERE / "last.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
