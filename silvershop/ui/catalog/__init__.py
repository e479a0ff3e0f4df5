"""The catalogue screen: products, enterprises and category schemes."""
