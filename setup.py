"""Packaging of openfisca-japan.

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
    name="openfisca-japan",
    version="0.1.0",
    description="Japan's social insurance system as code: an OpenFisca country package",
    long_description=(ROOT / "README.md").read_text(encoding="utf-8"),
    long_description_content_type="text/markdown",
    license="AGPL-3.0-or-later",
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
        "openfisca_japan": ["situation_examples/*.json", "data/*"],
        "openfisca_japan.parameters": data_files_under("parameters", {".yaml"}),
        "openfisca_japan.variables": data_files_under("variables", {".py"}),
        "openfisca_japan.reforms": data_files_under("reforms", {".py", ".yaml"}),
    },
    include_package_data=False,
    install_requires=[
        "openfisca-core[web-api]>=46.0.1,<47",
        "numpy>=1.26",
        "PyYAML>=6.0",
        "pandas>=2.2",
        "pyarrow>=15.0",
        "tqdm>=4.66",
    ],
    extras_require={
        "analysis": [
            "dask[distributed]>=2024.8.0",
            "matplotlib>=3.8",
        ],
        "dev": [
            "pytest>=8.0",
            "ruff>=0.6",
            "yamllint>=1.35",
            "hypothesis>=6.100",
            "schemathesis>=3.30",
            "build>=1.2",
            "httpx>=0.27",
        ],
    },
    entry_points={"console_scripts": ["openfisca-japan = openfisca_japan.cli:main"]},
)
