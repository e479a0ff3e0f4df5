"""silvershop: catalogue, experience-centre inventory and assistive-device rental for a silver-economy programme."""

__version__ = "0.1.0"
