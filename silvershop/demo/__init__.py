"""Realistic, reproducible demonstration data: enterprises, products, centres, stock, units, residents."""
