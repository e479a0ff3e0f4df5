"""Realistic, reproducible demonstration data: enterprises, products, centres, stock, units, residents."""

from silvershop.demo.generator import generate
from silvershop.demo.run import DEMO_TODAY, DemoCancelled

__all__ = ["DEMO_TODAY", "DemoCancelled", "generate"]
