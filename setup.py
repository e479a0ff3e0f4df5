"""Package discovery that pyproject.toml alone cannot express: the top-level resources/ folder is
installed as the package `silvershop.resources`, so a wheel carries the reference data and translations."""

from setuptools import find_namespace_packages, setup

RESOURCE_FOLDERS = ("reference", "translations", "icons")

setup(
    packages=[
        *find_namespace_packages(include=["silvershop", "silvershop.*"], exclude=["*.__pycache__"]),
        "silvershop.resources",
        *(f"silvershop.resources.{folder}" for folder in RESOURCE_FOLDERS),
    ],
    package_dir={"silvershop.resources": "resources"},
)
