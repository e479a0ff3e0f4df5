"""Device units, residents, pricing and subsidy rules, loans, reservations, cleaning and maintenance."""
