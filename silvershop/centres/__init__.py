"""Districts, experience centres and their locations, the stock ledger, transfers and stocktakes."""
