"""Pay slip from Parquet, end to end: this package against the other Japanese OpenFisca package.

    python -m bench.peer --persons 1000000 --repeat 5

The peer is `openfisca-japan==2.2.0` from the package index (import name also `openfisca_japan`, so it lives in
its own venv, `bench/.peer-venv`, git-ignored, built here on first use: the current openfisca-core of this
package's venv, then the peer with `--no-deps`, since it declares openfisca-core < 42 but runs on 46). Both
read the same Parquet file (the pay-slip population, 47 prefectures, bench/results/) and run one after the other
in fresh processes, interleaved; what is timed in each: reading the columns it needs, building the simulation
from arrays, computing, up to the result arrays (importing and loading the tax-benefit system are not timed).

- this package: `run_microsimulation(path, 17 pay-slip outputs, "2025-06")` (the Parquet file read by pandas,
  the table checked and encoded, health, care, child-support levy, pension and employment-insurance premiums
  with their employee and employer shares, by prefecture rates and standard remuneration grades);
- the peer: its 12 premium variables for 1 June 2025 (its periods are days): 健康保険料, 介護保険料,
  厚生年金保険料, 雇用保険料, 国民年金保険料, 厚生年金基金掛金, 国民年金基金掛金, 社会保険料 and the four
  standard remuneration variables 標準報酬月額_健康保険料, 標準報酬月額_厚生年金保険料,
  標準賞与額_月平均_健康保険料, 標準賞与額_月平均_厚生年金保険料, from 収入 (= 12 × monthly wage + bonuses),
  年1回目の賞与, 年2回目の賞与, 誕生年月日, 週労働時間20時間以上 and 国民年金保険に加入している (not an employee).

Prints one JSON line per run and the ratio this / peer (min / median / max over the interleaved pairs).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import append_result

HERE = Path(__file__).resolve().parent
PEER_VENV = HERE / ".peer-venv"
PEER = "openfisca-japan==2.2.0"

PEER_OUTPUTS = [
    "健康保険料", "介護保険料", "厚生年金保険料", "雇用保険料", "国民年金保険料", "厚生年金基金掛金", "国民年金基金掛金", "社会保険料",
    "標準報酬月額_健康保険料", "標準報酬月額_厚生年金保険料", "標準賞与額_月平均_健康保険料", "標準賞与額_月平均_厚生年金保険料",
]  # fmt: skip

PEER_DRIVER = r'''
import json, sys, time
import numpy as np
import pyarrow.parquet as pq
from openfisca_core.simulations import SimulationBuilder
from openfisca_japan import CountryTaxBenefitSystem
path, outputs = sys.argv[1], json.loads(sys.argv[2])
system = CountryTaxBenefitSystem()
started, cpu = time.perf_counter(), time.process_time()
columns = ["monthly_wage", "bonus@2025-06", "bonus@2025-12", "birth_date", "weekly_working_hours", "employment_status"]
table = pq.read_table(path, columns=columns)
wage = table.column("monthly_wage").to_numpy().astype(np.float64)
bonus_1 = table.column("bonus@2025-06").to_numpy().astype(np.float64)
bonus_2 = table.column("bonus@2025-12").to_numpy().astype(np.float64)
n = len(wage)
simulation = SimulationBuilder().build_default_simulation(system, n)
day = "2025-06-01"
simulation.set_input("収入", day, 12 * wage + bonus_1 + bonus_2)
simulation.set_input("年1回目の賞与", day, bonus_1)
simulation.set_input("年2回目の賞与", day, bonus_2)
simulation.set_input("誕生年月日", "ETERNITY", table.column("birth_date").to_numpy(zero_copy_only=False).astype("datetime64[D]"))
simulation.set_input("週労働時間20時間以上", day, table.column("weekly_working_hours").to_numpy() >= 20)
status = table.column("employment_status").to_numpy(zero_copy_only=False)
simulation.set_input("国民年金保険に加入している", day, ~np.char.startswith(status.astype(str), "employee"))
results = {name: simulation.calculate(name, day) for name in outputs}
print(json.dumps({"who": "peer", "persons": n, "outputs": len(results), "seconds": time.perf_counter() - started, "cpu_seconds": time.process_time() - cpu}))
'''

OURS_DRIVER = r'''
import json, sys, time
from openfisca_japan.analysis.microsimulation import run_microsimulation, systems
path, outputs = sys.argv[1], json.loads(sys.argv[2])
systems.baseline_system()
started, cpu = time.perf_counter(), time.process_time()
result = run_microsimulation(path, outputs, "2025-06", progress=False)
print(json.dumps({"who": "this", "persons": len(result), "outputs": len(outputs), "seconds": time.perf_counter() - started, "cpu_seconds": time.process_time() - cpu}))
'''


def ensure_peer_venv():
    """bench/.peer-venv with this venv's openfisca-core and the peer (built once)."""
    python = PEER_VENV / "bin" / "python"
    check = [str(python), "-c", "import importlib.metadata as m; print(m.version('openfisca-japan'))"]
    if python.exists() and subprocess.run(check, capture_output=True, text=True, cwd=tempfile.gettempdir(), check=False).stdout.strip() == "2.2.0":
        return python
    import importlib.metadata

    core = importlib.metadata.version("openfisca-core")
    subprocess.run([sys.executable, "-m", "venv", str(PEER_VENV)], check=True)
    pip = [str(python), "-m", "pip", "install", "--quiet"]
    subprocess.run([*pip, f"openfisca-core[web-api]=={core}", "pyarrow", "numpy"], check=True)
    subprocess.run([*pip, "--no-deps", PEER], check=True)
    return python


def payslip_parquet(persons):
    """The pay-slip population (47 prefectures) as a Parquet file (bench/results/, written once)."""
    from bench.__main__ import _parquet_population

    return _parquet_population(persons, "national")


def _run(command, cwd):
    completed = subprocess.run(command, capture_output=True, text=True, cwd=cwd, check=False)
    if completed.returncode != 0:
        raise RuntimeError(completed.stderr[-3000:])
    return json.loads(completed.stdout.strip().splitlines()[-1])


def compare(persons, repeat):
    from bench.__main__ import PAYSLIP_OUTPUTS

    peer_python = ensure_peer_venv()
    path = payslip_parquet(persons)
    neutral = tempfile.mkdtemp(prefix="peer-")  # a directory without this package: the peer imports its own
    driver = Path(neutral) / "peer_driver.py"
    driver.write_text(PEER_DRIVER)
    runs = []
    for _ in range(repeat):
        ours = _run([sys.executable, "-c", OURS_DRIVER, path, json.dumps(PAYSLIP_OUTPUTS)], HERE.parent)
        peer = _run([str(peer_python), str(driver), path, json.dumps(PEER_OUTPUTS)], neutral)
        for result in (ours, peer):
            result["load_average"] = round(os.getloadavg()[0], 2)
            print(json.dumps(result), flush=True)
        runs.append((ours, peer))
    summary = {"benchmark": "peer", "persons": persons, "when": time.strftime("%Y-%m-%d %H:%M:%S")}
    for key in ("seconds", "cpu_seconds"):
        ratios = sorted(o[key] / p[key] for o, p in runs)
        summary[f"ratio_{key}"] = {"min": round(ratios[0], 2), "median": round(statistics.median(ratios), 2), "max": round(ratios[-1], 2)}
        summary[f"this_{key}"] = sorted(round(o[key], 2) for o, _ in runs)
        summary[f"peer_{key}"] = sorted(round(p[key], 2) for _, p in runs)
    print(json.dumps(summary), flush=True)
    return summary


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench.peer", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--persons", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    summary = compare(args.persons, args.repeat)
    append_result(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
