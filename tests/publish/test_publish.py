"""Publishing: `make dist` builds a clean wheel and sdist, `make publish` uploads them, and the
package installs from a local index (pypiserver on 127.0.0.1) and works against the Prism mock."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.node import ROOT
from tests.support.prism import prism
from tests.support.servers import free_port, running

pytestmark = pytest.mark.slow
VENV_BIN = Path(sys.executable).parent
VERSION = next(
    line.split('"')[1]
    for line in (ROOT / "generated_client" / "pyproject.toml").read_text().splitlines()
    if line.startswith("version")
)


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`make dist` run on a copy of the package, so the checkout is left as it was."""
    work = tmp_path_factory.mktemp("dist")
    shutil.copytree(
        ROOT / "generated_client",
        work / "generated_client",
        ignore=shutil.ignore_patterns("dist", "*.egg-info", "build"),
    )
    shutil.copy(ROOT / "Makefile", work / "Makefile")
    shutil.copy(ROOT / "pyproject.toml", work / "pyproject.toml")
    (work / ".stamps").mkdir()
    (work / ".stamps" / "venv").touch()  # use this run's virtualenv rather than build another
    subprocess.run(
        ["make", "-s", "dist", f"VENV={VENV_BIN.parent}"],
        cwd=work,
        check=True,
        capture_output=True,
        timeout=600,
    )
    return work / "generated_client" / "dist"


def test_dist_builds_wheel_and_sdist_that_twine_accepts(dist: Path) -> None:
    names = sorted(p.name for p in dist.iterdir())
    assert names == [f"threecommas_client-{VERSION}-py3-none-any.whl", f"threecommas_client-{VERSION}.tar.gz"]
    completed = subprocess.run(
        [VENV_BIN / "twine", "check", "--strict", *dist.iterdir()], capture_output=True, text=True
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_wheel_holds_the_package_with_py_typed_and_no_leftovers(dist: Path) -> None:
    wheel = next(dist.glob("*.whl"))
    files = zipfile.ZipFile(wheel).namelist()
    assert "threecommas/py.typed" in files
    assert "threecommas/client.py" in files and "threecommas/_transport.py" in files
    top = {name.split("/")[0] for name in files}
    assert top == {"threecommas", f"threecommas_client-{VERSION}.dist-info"}
    assert not [
        f for f in files if "__pycache__" in f or f.endswith((".pyc", ".orig", ".rej")) or "/tests/" in f
    ]
    sdist = next(dist.glob("*.tar.gz"))
    with tarfile.open(sdist) as archive:
        members = archive.getnames()
    assert not [m for m in members if "__pycache__" in m or "/dist/" in m]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    packages = tmp_path_factory.mktemp("packages")
    port = free_port()
    command = [
        VENV_BIN / "pypi-server",
        "run",
        "-i",
        "127.0.0.1",
        "-p",
        str(port),
        "-a",
        ".",
        "-P",
        ".",
        "--disable-fallback",
        packages,
    ]
    with running(command, ready_url=f"http://127.0.0.1:{port}/", timeout=60):
        yield f"http://127.0.0.1:{port}"


def test_publish_install_and_use_against_prism(dist: Path, index: str, tmp_path: Path) -> None:
    work = dist.parent.parent
    environment = {**os.environ, "TWINE_USERNAME": "ci", "TWINE_PASSWORD": "ci-secret"}
    subprocess.run(
        ["make", "-s", "publish", f"VENV={VENV_BIN.parent}", f"REPOSITORY_URL={index}/"],
        cwd=work,
        env=environment,
        check=True,
        capture_output=True,
        timeout=300,
    )
    fresh = tmp_path / "fresh"
    subprocess.run([sys.executable, "-m", "venv", fresh], check=True, timeout=120)
    pip = [fresh / "bin" / "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run(
        [*pip, "--no-deps", "--index-url", f"{index}/simple/", f"threecommas-client=={VERSION}"],
        check=True,
        timeout=300,
    )
    subprocess.run([*pip, "httpx==0.28.1", "attrs==26.1.0", "msgspec==0.22.0"], check=True, timeout=300)
    script = (
        "import sys\n"
        "from threecommas import Client\n"
        "from threecommas.models import StopLossDisabled, TakeProfitDisabled\n"
        "import threecommas\n"
        "assert threecommas.__file__.startswith(sys.prefix), threecommas.__file__\n"
        "with Client(api_key='k', api_secret='s', base_url=sys.argv[1]) as c:\n"
        "    t = c.smart_trades.create(account_id=1, pair='USDT_BTC', units_to_buy='1',\n"
        "        buy_price='2', take_profit=TakeProfitDisabled(), stop_loss=StopLossDisabled())\n"
        "    c.smart_trades.list(limit=2)\n"
        "    c.smart_trades.cancel(smart_trade_id=1)\n"
        "print('ok', threecommas.__version__)\n"
    )
    with prism() as prism_url:
        completed = subprocess.run(
            [fresh / "bin" / "python", "-c", script, prism_url],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == f"ok {VERSION}"
