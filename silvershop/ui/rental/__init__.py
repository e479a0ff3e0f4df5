"""The rental-desk screen: device units, loans and what is due."""
