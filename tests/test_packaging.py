"""A non-editable install carries what the core reads at run time (dictionaries, taxonomies, seed, font)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NEEDED = ["seed.txt", "stopwords.txt", "boilerplate.txt", "policy_dict.txt", "industries.txt", "themes.toml",
          "verbs.toml", "instruments.toml", "idf_policy.txt", "surnames.txt", "fonts/NotoSansCJKsc-Regular-subset.otf",
          "fonts/LICENSE-fonts-noto-cjk.txt", "examples/2026_广东省_政府工作报告.txt", "titles.txt"]


@pytest.mark.slow
def test_wheel_contains_the_package_data(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", str(ROOT),
                    "-w", str(tmp_path)], check=True, capture_output=True)
    wheel = next(tmp_path.glob("policylens-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [n for n in NEEDED if f"policylens/data/{n}" not in names]
    assert missing == []
    for module in ("cli.py", "pipeline.py", "io/readers.py", "structure/items.py", "nlp/entities/rules.py",
                   "store/library.py", "views/report.py"):
        assert f"policylens/{module}" in names


def test_the_server_configuration_matches_the_products_limits_and_stays_local():
    import tomllib

    from policylens.io.readers import DEFAULT_MAX_BYTES

    root = Path(__file__).resolve().parents[1]
    config = tomllib.loads((root / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["maxUploadSize"] * 1024 * 1024 == DEFAULT_MAX_BYTES
    assert config["server"]["enableXsrfProtection"] is True
    assert config["server"]["address"] == "127.0.0.1"
    assert config["browser"]["gatherUsageStats"] is False
