"""`python -m silvershop` opens the desktop application."""

import sys

from silvershop.app import main

if __name__ == "__main__":
    sys.exit(main())
