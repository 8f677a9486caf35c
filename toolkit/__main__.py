"""``python -m toolkit PATH... --out DIR``: the same as the ``analyze`` console script."""
import sys

from .cli import main

sys.exit(main())
