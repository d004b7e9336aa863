"""Cost of one web API `/calculate` by the number of persons in the request (in process, Flask test client).

    python -m bench.web_size --sizes 1000 4000 16000

Each person is a Kyokai Kenpo employee (Tokyo) asking for the health premium's employee share of April 2026,
in a household of their own, all with one employer. The limit of persons per request is lifted for the
measurement. Prints seconds and seconds per 1,000 persons: a constant ratio means linear cost.
"""

from __future__ import annotations

import argparse
import json
import time


def situation(persons, month="2026-04"):
    ids = [f"p{i}" for i in range(persons)]
    return {
        "persons": {
            pid: {"birth_date": {"ETERNITY": "1990-05-10"}, "employment_status": {month: "employee"},
                  "monthly_wage": {month: 300_000 + i}, "health_insurance_premium_employee": {month: None}}
            for i, pid in enumerate(ids)
        },
        "employers": {"company": {"employees": ids, "health_insurer": {month: "kyokai_kenpo"}, "employer_prefecture": {month: "tokyo"},
                                  "employee_count": {month: 120}}},
        "households": {f"h{i}": {"head": [pid]} for i, pid in enumerate(ids)},
    }  # fmt: skip


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench.web_size", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000, 16000])
    args = parser.parse_args(argv)
    from openfisca_japan import CountryTaxBenefitSystem
    from openfisca_japan.edge.web_api import create_app

    try:
        app = create_app(CountryTaxBenefitSystem(), max_persons=max(args.sizes), max_content_length=10**9, max_depth=12)
    except TypeError:  # a version before the limits (to compare)
        app = create_app(CountryTaxBenefitSystem())
    client = app.test_client()
    client.post("/calculate", json=situation(10))  # warm-up
    for size in args.sizes:
        body = json.dumps(situation(size))
        started = time.perf_counter()
        response = client.post("/calculate", data=body, content_type="application/json")
        seconds = time.perf_counter() - started
        assert response.status_code == 200, response.get_data(as_text=True)[:300]
        print(json.dumps({"persons": size, "seconds": round(seconds, 2), "seconds_per_1000": round(seconds / size * 1000, 3)}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
