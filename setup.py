"""Packaging of openfisca-japan (distribution `openfisca-japan-social-insurance`, import name `openfisca_japan`).

The name `openfisca-japan` on the package index belongs to another project with the same import name: the
two cannot be installed side by side (README, "Installing").

The top-level folders parameters/, variables/ and reforms/ are installed INTO the openfisca_japan package
(openfisca_japan.parameters, openfisca_japan.variables, openfisca_japan.reforms), so that a built wheel
carries the whole model.
"""

from pathlib import Path

from setuptools import find_packages, setup

ROOT = Path(__file__).parent


def data_files_under(folder, suffixes):
    """Every file of `folder` (recursively) with one of `suffixes`, relative to `folder`."""
    base = ROOT / folder
    return sorted(
        str(path.relative_to(base))
        for path in base.rglob("*")
        if path.is_file() and path.suffix in suffixes and "__pycache__" not in path.parts
    )


setup(
    name="openfisca-japan-social-insurance",
    version="0.2.0",
    description="Japan's social insurance system as code: an OpenFisca country package",
    long_description=(ROOT / "README.md").read_text(encoding="utf-8"),
    long_description_content_type="text/markdown",
    license="AGPL-3.0-or-later",
    license_files=["LICENSE"],
    keywords="openfisca rules-as-code microsimulation japan social-insurance pension health-insurance",
    classifiers=[
        "Development Status :: 4 - Beta",
        "Intended Audience :: Science/Research",
        "Intended Audience :: Legal Industry",
        "Intended Audience :: Information Technology",
        "License :: OSI Approved :: GNU Affero General Public License v3 or later (AGPLv3+)",
        "Natural Language :: English",
        "Natural Language :: Japanese",
        "Operating System :: POSIX",
        "Programming Language :: Python :: 3",
        "Programming Language :: Python :: 3.10",
        "Programming Language :: Python :: 3.11",
        "Programming Language :: Python :: 3.12",
        "Topic :: Scientific/Engineering :: Information Analysis",
        "Topic :: Sociology",
    ],
    python_requires=">=3.10",
    packages=find_packages(include=["openfisca_japan", "openfisca_japan.*"])
    + ["openfisca_japan.parameters", "openfisca_japan.variables", "openfisca_japan.reforms"],
    package_dir={
        "openfisca_japan": "openfisca_japan",
        "openfisca_japan.parameters": "parameters",
        "openfisca_japan.variables": "variables",
        "openfisca_japan.reforms": "reforms",
    },
    package_data={
        "openfisca_japan": ["situation_examples/*.json", "data/*", "edge/web/templates/*.html", "edge/web/static/*"],
        "openfisca_japan.parameters": data_files_under("parameters", {".yaml"}),
        "openfisca_japan.variables": data_files_under("variables", {".py"}),
        "openfisca_japan.reforms": data_files_under("reforms", {".py", ".yaml"}),
    },
    include_package_data=False,
    # The model and its web API only: no pandas, pyarrow, dask or matplotlib (extra `analysis`).
    install_requires=[
        "openfisca-core[web-api]>=46.0.1,<47",
        "numpy>=1.26",
        "PyYAML>=6.0",
    ],
    extras_require={
        # microsimulation, synthetic population, calibration, reports and charts (openfisca-japan microsim, ...)
        "analysis": [
            "pandas>=2.2",
            "pyarrow>=15.0",
            "tqdm>=4.66",
            "dask[distributed]>=2024.8.0",
            "matplotlib>=3.8",
            "scipy>=1.11",
            "rich>=13",
            # weighted statistics (Microsimulation.calc returns microdf.MicroSeries; weighted deciles)
            "microdf-python>=1.5",
            # calibration of the household weights (generalised raking, CALMAR/icarus; see analysis/calibration.py)
            "python-icarus>=1.0.2",
            # interactive charts of the HTML report
            "plotly>=5.20",
            # a Japanese font (IPAexGothic) for matplotlib charts
            "matplotlib-fontja>=1.1",
        ],
        "dev": [
            "pytest>=8.0",
            "ruff>=0.6",
            "yamllint>=1.35",
            "hypothesis>=6.100",
            "schemathesis>=3.30",
            "build>=1.2",
            "httpx>=0.27",
            "selenium>=4.15",  # the browser tests drive Debian's Chromium (scripts/install_browser.sh)
        ],
    },
    entry_points={"console_scripts": ["openfisca-japan = openfisca_japan.cli:main"]},
)
