"""Entry script of the bundled app: the same ``main`` as the ``peerhelper`` command.

Kept outside the package so PyInstaller does not put ``peerhelper/`` itself on
the module path (its sub-packages would then shadow top-level names).
"""

import sys

from peerhelper.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
