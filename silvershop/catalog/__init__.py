"""The promotion catalogue: products, category schemes, enterprises, images and search."""
