"""silvershop: catalogue, experience-centre inventory and assistive-device rental for a silver economy."""

__version__ = "0.1.0"
