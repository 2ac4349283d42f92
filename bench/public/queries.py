#!/usr/bin/env python3
"""Search queries for bench/public-load.sh, as people type them on a phone: without accents,
lower case, the first words of a product kind of bench/generate_import.py ("ca phe", "mat ong"),
a fifth of them followed by a province of the current map ("ca phe dak lak"). URL-encoded, one a
line. Usage: queries.py [COUNT=2000] [SEED=2026]. Standard library only."""
import random
import sys
import unicodedata
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import generate_import  # noqa: E402


def plain(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    return "".join(c for c in text if unicodedata.category(c) != "Mn").lower()


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 2026)
    kinds = sorted({" ".join(plain(name).split()[:2]) for names in generate_import.PRODUCTS.values()
                    for name in names})
    provinces = sorted(plain(name).replace("tinh ", "").replace("thanh pho ", "")
                       for (version, _), name in generate_import.load_units()[0].items()
                       if version == "2025-07")
    for _ in range(count):
        query = rng.choice(kinds)
        if rng.random() < 0.2:
            query += " " + rng.choice(provinces)
        print(urllib.parse.quote(query))


if __name__ == "__main__":
    main()
