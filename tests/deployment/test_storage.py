"""Uploads on S3-compatible object storage, as configured from the environment.

Several application servers must share their uploads; with KOMM_S3_BUCKET set, Django's default
storage is django-storages' S3 backend. moto's server stands in for the object store: a real
HTTP S3 API on loopback, spoken to by boto3 exactly as a hosted one would be.
"""

import json
import os
import socket
import urllib.request

import boto3
import pytest
from moto.server import ThreadedMotoServer

from tests.commands import manage_ok

BUCKET = "komm-media"
CREDENTIALS = {"aws_access_key_id": "komm-test", "aws_secret_access_key": "komm-test-secret"}

PUBLIC_READ = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": f"arn:aws:s3:::{BUCKET}/*",
        }
    ],
}

UPLOAD = r"""
import json
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
name = default_storage.save("original_images/logo.png", ContentFile(b"\x89PNG demo bytes"))
print(json.dumps({
    "backend": type(default_storage._wrapped).__name__,
    "name": name,
    "url": default_storage.url(name),
    "exists": default_storage.exists(name),
}))
"""


def upload_with(environment):
    """Save a file through Django's default storage in a process configured by `environment`."""
    output = manage_ok("shell", "--no-imports", "-c", UPLOAD, env=environment)
    return json.loads(output.strip().splitlines()[-1])


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def object_store():
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", **CREDENTIALS)
    client.create_bucket(Bucket=BUCKET)
    # As the README asks of a real bucket: anyone may read the objects, nobody else may write.
    client.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(PUBLIC_READ))
    yield endpoint, client
    server.stop()


def test_uploads_go_to_the_configured_bucket_and_are_served_from_it(object_store):
    endpoint, client = object_store
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "komm_site.settings.dev",
        "KOMM_S3_BUCKET": BUCKET,
        "KOMM_S3_ENDPOINT_URL": endpoint,
        "KOMM_S3_REGION": "us-east-1",
        "KOMM_S3_ACCESS_KEY_ID": CREDENTIALS["aws_access_key_id"],
        "KOMM_S3_SECRET_ACCESS_KEY": CREDENTIALS["aws_secret_access_key"],
    }
    upload = upload_with(environment)
    assert upload["backend"] == "S3Storage"
    assert upload["exists"]
    stored = client.get_object(Bucket=BUCKET, Key=upload["name"])["Body"].read()
    assert stored == b"\x89PNG demo bytes"
    # Public, unsigned URLs: the same address works from every application server and a CDN.
    assert upload["url"].startswith(f"{endpoint}/{BUCKET}/original_images/")
    assert "Signature" not in upload["url"]
    with urllib.request.urlopen(upload["url"], timeout=10) as response:
        assert response.read() == stored


def test_without_a_bucket_uploads_stay_on_the_local_disk(tmp_path):
    environment = {
        **{k: v for k, v in os.environ.items() if not k.startswith("KOMM_S3_")},
        "DJANGO_SETTINGS_MODULE": "komm_site.settings.dev",
        "DJANGO_MEDIA_ROOT": str(tmp_path),
    }
    upload = upload_with(environment)
    assert upload["backend"] == "FileSystemStorage"
    assert (tmp_path / upload["name"]).read_bytes() == b"\x89PNG demo bytes"
