"""matplotlib for the charts of the analysis: headless, with a font that renders Japanese."""

from __future__ import annotations


def pyplot():
    """matplotlib's pyplot, headless (Agg), with IPAexGothic (bundled by the `matplotlib-fontja` package) as
    the default family, so that Japanese labels render."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    try:
        import matplotlib_fontja  # noqa: F401  (registers IPAexGothic and makes it the default family)
    except ImportError:  # the chart is still drawn; Japanese glyphs may be missing
        pass
    return plt
