"""`openfisca-japan serve`: the calculator pages at `/` and the package's web API on one app
(`openfisca_japan.edge.web.create_app`: `openfisca_japan.edge.web_api.create_app` with the pages mounted), on loopback."""

from __future__ import annotations


def add_arguments(parser):
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    parser.add_argument("--port", type=int, default=5000, help="port (default 5000)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes (default 2)")


def run(args):
    from gunicorn.app.base import BaseApplication

    from openfisca_japan.edge.web import create_app

    class Server(BaseApplication):
        def load_config(self):
            self.cfg.set("bind", f"{args.host}:{args.port}")
            self.cfg.set("workers", args.workers)
            self.cfg.set("timeout", 120)

        def load(self):
            return create_app()

    print(f"openfisca-japan calculators on http://{args.host}:{args.port}/ and the web API under the same address (Ctrl-C to stop)")
    Server().run()
    return 0
