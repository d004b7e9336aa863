"""`openfisca-japan coverage`: the dates the model covers per scheme, derived from the parameters, and the
parameters whose value is not known on a date (`openfisca_japan.tools.coverage`)."""

from __future__ import annotations

import datetime


def add_arguments(parser):
    parser.add_argument("--depth", type=int, default=2, help="levels of parameters/ that make a scheme (default 2)")
    parser.add_argument("--verbose", "-v", action="store_true", help="name the parameter that sets each bound")
    parser.add_argument("--stale", metavar="DATE", help="list the parameters whose last value is not known to hold on DATE (YYYY-MM-DD)")


def run(args):
    from openfisca_japan.cli import UsageError
    from openfisca_japan.tools import coverage

    root = coverage.load()
    if args.stale:
        try:
            day = datetime.date.fromisoformat(args.stale)
        except ValueError:
            raise UsageError(f"--stale {args.stale!r}: give a date YYYY-MM-DD") from None
        coverage.print_stale(root, day)
    else:
        coverage.print_schemes(root, args.depth, args.verbose)
    return 0
