"""Package discovery that pyproject.toml alone cannot express: the top-level resources/ folder is
installed as the package `silvershop.resources`, so a wheel carries the reference data and translations."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["silvershop", "silvershop.*"]), "silvershop.resources"],
    package_dir={"silvershop.resources": "resources"},
)
