"""Verify provisioning files with the build environment's libraries, before a long build.

Run by ``packaging/build.py`` with the Python that will be frozen, so the trust file is
checked by exactly the code the installed application runs. Exit 0 and one line per file
when they are good; exit 1 and one line naming the fault otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ipms_desktop.errors import IpmsError
from ipms_desktop.provisioning import describe_provisioning


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trust", type=Path)
    parser.add_argument("--institutions", type=Path)
    args = parser.parse_args(argv)
    try:
        lines = describe_provisioning(args.trust, args.institutions)
    except IpmsError as error:
        print(error, file=sys.stderr)
        return 1
    for line in lines:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
