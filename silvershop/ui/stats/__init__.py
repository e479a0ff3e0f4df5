"""The statistics screen: headline figures of the programme."""
