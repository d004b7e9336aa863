"""The analysis wing: microsimulation over tables of persons (local and Dask), the synthetic population,
reports and charts. It imports the law and the edge, never the CLI."""


def __getattr__(name):
    # `from openfisca_japan.analysis import Microsimulation` without importing pandas for the rest of the wing
    if name == "Microsimulation":
        from openfisca_japan.analysis.api import Microsimulation

        return Microsimulation
    raise AttributeError(name)
