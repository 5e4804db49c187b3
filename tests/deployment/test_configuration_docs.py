"""README's configuration table and .env.example say they list every environment variable the
site reads: a variable added to the settings or to gunicorn's configuration without them would
be a setting nobody deploying the site can find."""

import re

from tests.commands import ROOT

READS = re.compile(
    r"""(?:env(?:_int|_bool|_list)?|environ\.get|number)\(\s*["']([A-Z][A-Z0-9_]+)["']"""
    r"""|environ\[["']([A-Z][A-Z0-9_]+)["']\]"""
)


def variables_read():
    names = set()
    for path in (ROOT / "komm_site").rglob("*.py"):
        for match in READS.finditer(path.read_text()):
            names.add(match.group(1) or match.group(2))
    return names


def test_every_variable_the_site_reads_is_in_env_example_and_the_readme():
    names = variables_read()
    assert {"DJANGO_SECRET_KEY", "REDIS_URL", "GUNICORN_TIMEOUT"} <= names
    example = (ROOT / ".env.example").read_text()
    listed = set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]+)=", example, re.MULTILINE))
    assert names - listed == set()
    readme = (ROOT / "README.md").read_text()
    documented = set(re.findall(r"`([A-Z][A-Z0-9_]+)`", readme))
    missing = {name for name in names - documented if not name.startswith("GUNICORN_")}
    assert missing == set()
