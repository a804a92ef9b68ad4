"""Run every benchmark and print one table: workload, figure, target, baseline.

Each script in bench/ prints a JSON list of rows when run with `--json`; this collects
them. Figures depend on the machine and on what else runs on it: run on a quiet machine.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

HERE = Path(__file__).parent
SCRIPTS = [
    "lifecycle.py",
    "ledger.py",
    "api_load.py",
    "worker.py",
    "web.py",
    "pacing.py",
    "screening.py",
    "name_matching.py",
    "monitoring.py",
]


def main() -> None:
    table = Table(title="Tandem benchmarks", title_justify="left", header_style="bold")
    for column in ("workload", "figure", "target", "baseline", "details"):
        table.add_column(column, overflow="fold")
    failed = False
    for script in SCRIPTS:
        done = subprocess.run(
            [sys.executable, str(HERE / script), "--json", *sys.argv[1:]],
            capture_output=True,
            text=True,
            check=False,
        )
        sys.stderr.write(done.stderr)
        if done.returncode != 0:
            failed = True
            last = (done.stderr.strip().splitlines() or ["no output"])[-1]
            table.add_row(script, "failed", "", "", last)
            continue
        for row in json.loads(done.stdout):
            table.add_row(
                row["workload"],
                str(row["figure"]),
                str(row.get("target", "")),
                str(row.get("baseline", "—")),
                ", ".join(f"{k}={v}" for k, v in row.get("detail", {}).items()),
            )
    # Piped into a file or a log, the table keeps its rows whole rather than 80 columns.
    Console(width=None if sys.stdout.isatty() else 240).print(table)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
