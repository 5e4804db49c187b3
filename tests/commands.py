"""`manage.py` run in a process of its own, as an operator runs it: from the repository's
folder, with the environment a test gives it (production settings, another database)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def manage(*args, env, stdin=None, timeout=600):
    """The finished process; the caller checks its return code and output."""
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def manage_ok(*args, env, stdin=None, timeout=600):
    """The command's output, once it has succeeded."""
    result = manage(*args, env=env, stdin=stdin, timeout=timeout)
    assert result.returncode == 0, f"manage.py {' '.join(args)}:\n{result.stdout}{result.stderr}"
    return result.stdout
