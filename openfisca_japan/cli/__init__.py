"""Command-line entry point `openfisca-japan`.

Subcommands are modules of this package; each exposes `add_arguments(parser)` and `run(args)`. A
subcommand that needs an optional dependency that is not installed is still listed, and says which
`pip install` line brings it (never a traceback).
"""

import argparse
import importlib
import os
import sys

# name -> (module, help)
SUBCOMMANDS = {
    "payslip": ("openfisca_japan.cli.payslip", "Print the pay-slip premium breakdown of situations"),
    "run": ("openfisca_japan.cli.run", "The main job of `make run`: synthetic population, baseline vs reform"),
    "microsim": ("openfisca_japan.cli.microsim", "Run the model over a table of persons (CSV/Parquet), baseline and reform"),
    "synth": ("openfisca_japan.cli.synth", "Generate a synthetic population (persons, households, employers)"),
    "report": ("openfisca_japan.cli.report", "Summarise microsimulation results: totals by scheme and payer, deciles, walls (terminal, CSV, HTML, PNG)"),
    "calibration": ("openfisca_japan.cli.calibration", "Compare a population with the official totals (calibration and validation table)"),
    "chart": ("openfisca_japan.cli.chart", "Draw the income-walls chart of a married household (PNG)"),
    "serve": ("openfisca_japan.cli.serve", "Serve the calculators and the web API on this machine (loopback by default)"),
    "explain": ("openfisca_japan.cli.explain", "How a value was computed: every step, its law article or official page"),
}

#: Optional dependencies (top-level module name -> the extra of this package that installs it).
EXTRAS = {
    "pandas": "analysis", "pyarrow": "analysis", "tqdm": "analysis", "dask": "analysis", "distributed": "analysis",
    "matplotlib": "analysis", "scipy": "analysis", "rich": "analysis", "microdf": "analysis", "plotly": "analysis",
    "pycarus": "analysis", "matplotlib_fontja": "analysis",
    "flask": "web", "gunicorn": "web", "flask_cors": "web",
}  # fmt: skip
DISTRIBUTION = "openfisca-japan-social-insurance"


def missing_extra_message(error):
    """The message for a missing optional dependency, or None when `error` is about something else."""
    top = (error.name or "").split(".")[0]
    extra = EXTRAS.get(top)
    if extra is None:
        return None
    if extra == "web":
        line = f"pip install '{DISTRIBUTION}'  (the web API comes with openfisca-core[web-api])"
    else:
        line = f"pip install '{DISTRIBUTION}[{extra}]'"
    return f"this command needs the optional dependency {top!r}, which is not installed: {line}"


def _unavailable(message):
    def run(args):
        print(f"openfisca-japan {args.command}: {message}", file=sys.stderr)
        return 2

    return run


def build_parser():
    parser = argparse.ArgumentParser(prog="openfisca-japan", description="Japan's social insurance system as code.")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        try:
            module = importlib.import_module(module_name)
            module.add_arguments(argparse.ArgumentParser(add_help=False))  # imports what the arguments need
        except ModuleNotFoundError as error:
            message = missing_extra_message(error)
            if message is None:
                raise
            command = sub.add_parser(name, help=f"{help_text} (not installed)", description=help_text)
            command.add_argument("rest", nargs=argparse.REMAINDER)
            command.set_defaults(handler=_unavailable(message))
            continue
        command = sub.add_parser(name, help=help_text, description=help_text)
        module.add_arguments(command)
        command.set_defaults(handler=module.run)
    return parser


def main(argv=None):
    from openfisca_japan.edge.errors import InputValidationError

    args = build_parser().parse_args(argv)
    try:
        return args.handler(args) or 0
    except InputValidationError as error:
        # Bad input is the user's to fix: the message lists every problem; no traceback.
        print(f"openfisca-japan: invalid input\n{error}", file=sys.stderr)
        return 2
    except ModuleNotFoundError as error:
        message = missing_extra_message(error)
        if message is None:
            raise
        print(f"openfisca-japan {args.command}: {message}", file=sys.stderr)
        return 2
    except ValueError as error:
        # Formulas refuse what the model does not cover (a value not found in an official source, a case not
        # modelled) with a ValueError naming the variable and the reason: its message, not a traceback.
        if os.environ.get("OPENFISCA_JAPAN_TRACEBACK"):
            raise
        print(f"openfisca-japan: cannot compute\n{error}\n(OPENFISCA_JAPAN_TRACEBACK=1 shows the traceback)", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
