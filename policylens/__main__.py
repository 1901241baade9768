"""``python -m policylens``."""

import sys

from policylens.cli import main

sys.exit(main())
