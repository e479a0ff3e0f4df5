"""The experience-centres screen: centres, locations and stock."""
