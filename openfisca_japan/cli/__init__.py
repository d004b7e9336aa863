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
    "coverage": ("openfisca_japan.cli.coverage", "Which dates the model covers per scheme; parameters to update for a date"),
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


class UsageError(Exception):
    """A user's mistake the CLI reports without traceback (exit code 2): a file that cannot be read, a bad
    period, an unknown variable... The message names the file, row, person, variable or parameter."""


#: Exit codes (docs/reliability.md).
EXIT_BAD_INPUT = 2  # bad input or usage: the user's to fix
EXIT_NOT_COVERED = 3  # the law for this is not encoded (a period or case the model does not cover)


def _unknown_variable_message(error):
    """openfisca's VariableNotFoundError, shortened, with the closest variable names."""
    from openfisca_japan.edge.errors import did_you_mean

    name = getattr(error, "variable_name", None) or ""
    system = getattr(error, "tax_benefit_system", None)
    candidates = getattr(system, "variables", {}) if system is not None else {}
    return f"unknown variable {name!r}{did_you_mean(name, candidates)}"


def _situation_message(error):
    """The JSON of an openfisca SituationParsingError as lines 'where: message'."""
    lines = []

    def walk(node, path):
        if isinstance(node, dict):
            for key, value in node.items():
                walk(value, [*path, str(key)])
        else:
            lines.append(f"  - {'/'.join(path)}: {' '.join(str(node).split())[:400]}")

    walk(getattr(error, "error", {}) or {"situation": str(error)}, [])
    import re

    unknown = sorted(set(re.findall(r"value for variable '([^']+)', but it was not found", str(getattr(error, "error", "")))))
    if unknown:
        from openfisca_japan.analysis.microsimulation.systems import baseline_system
        from openfisca_japan.edge.errors import did_you_mean

        variables = baseline_system().variables
        lines = [line for line in lines if "but it was not found" not in line]
        lines += [f"  - unknown variable {name!r}{did_you_mean(name, variables)}" for name in unknown]
    return "\n".join(lines)


def main(argv=None):
    import json

    from openfisca_core.errors import ParameterNotFoundError, SituationParsingError, VariableNotFoundError

    from openfisca_japan.edge.errors import InputValidationError
    from openfisca_japan.law.coverage import NotCoveredError, RefusedInputError
    from openfisca_japan.law.reform_checks import ReformInputError

    args = build_parser().parse_args(argv)
    name = f"openfisca-japan {args.command}"

    def fail(code, text):
        print(f"{name}: {text}", file=sys.stderr)
        return code

    try:
        return args.handler(args) or 0
    except KeyboardInterrupt:
        return fail(130, "interrupted")
    except Exception as error:  # noqa: BLE001 (every user mistake gets a message and an exit code)
        if os.environ.get("OPENFISCA_JAPAN_TRACEBACK"):
            raise
        hint = "\n(OPENFISCA_JAPAN_TRACEBACK=1 shows the traceback)"
        if isinstance(error, RefusedInputError):
            return fail(EXIT_BAD_INPUT, f"invalid input\n{error}")
        if isinstance(error, NotCoveredError):
            return fail(EXIT_NOT_COVERED, f"not covered by the model (the law for this is not encoded)\n{error}{hint}")
        if isinstance(error, InputValidationError):
            return fail(EXIT_BAD_INPUT, f"invalid input\n{error}")
        if isinstance(error, (UsageError, ReformInputError)):
            return fail(EXIT_BAD_INPUT, str(error))
        if isinstance(error, VariableNotFoundError):
            return fail(EXIT_BAD_INPUT, _unknown_variable_message(error))
        if isinstance(error, SituationParsingError):
            return fail(EXIT_BAD_INPUT, f"invalid situation\n{_situation_message(error)}")
        if isinstance(error, json.JSONDecodeError):
            return fail(EXIT_BAD_INPUT, f"invalid JSON: {error}")
        if isinstance(error, (FileNotFoundError, IsADirectoryError, PermissionError, NotADirectoryError)):
            return fail(EXIT_BAD_INPUT, f"{error.filename or 'file'}: {error.strerror or error}")
        if isinstance(error, ModuleNotFoundError):
            message = missing_extra_message(error)
            if message is None:
                raise
            return fail(EXIT_BAD_INPUT, message)
        if isinstance(error, (ParameterNotFoundError, NotImplementedError)):
            return fail(EXIT_NOT_COVERED, f"not covered by the model\n{' '.join(str(error).split())}{hint}")
        if isinstance(error, ValueError):
            # Formulas refuse what the model does not cover (a value not found in an official source, a case
            # not modelled) with a ValueError naming the variable and the reason: its message, not a traceback.
            return fail(EXIT_NOT_COVERED, f"cannot compute\n{error}{hint}")
        raise


if __name__ == "__main__":
    sys.exit(main())
