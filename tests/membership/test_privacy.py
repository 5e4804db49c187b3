"""What an applicant sends stays with the staff: their e-mail address, phone and signed
declaration appear in no public response, even once their group's page is published."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Page

from membership.applications import accept
from membership.models import ApplicationPage, MembershipApplication
from tests.forms import application_entries

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
EMAIL, PHONE = "iryna.private@example.org", "+48 600 999 111"


def public_urls():
    urls = [page.url for page in Page.objects.live().public().filter(depth__gt=1)]
    for language in ("pl", "uk", "en"):
        for name in ("stories_rss", "stories_atom", "grants_rss", "grants_atom", "calendar_feed"):
            urls.append(f"/{language}{reverse(name)}".replace(f"/{language}/{language}/", "/"))
        # Searching for the secret itself would only echo the query back.
        for query in ("Iryna", "Lublina", "Bondarenko"):
            urls.append(f"/{language}/search/?q={query}")
    urls += ["/sitemap.xml", "/api/v2/pages/?limit=100", "/api/v2/pages/?search=Lublina"]
    urls += [f"/api/v2/pages/{page.pk}/" for page in Page.objects.live().filter(depth__gt=1)]
    return urls


def test_no_public_response_shows_the_applicants_details(
    client, django_capture_on_commit_callbacks
):
    page = ApplicationPage.objects.live().get(locale__language_code="uk")
    upload = SimpleUploadedFile("d.pdf", PDF, content_type="application/pdf")
    entries = application_entries(email=EMAIL, phone=PHONE, declaration_file=upload)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(page.url, entries)
    application = MembershipApplication.objects.get(email=EMAIL)
    with django_capture_on_commit_callbacks(execute=True):
        member = accept(application, None)
        member.save_revision().publish()
    file_name = application.declaration_file.name.rsplit("/", 1)[-1]

    urls = public_urls()
    assert member.url in urls
    seen = 0
    for url in urls:
        response = client.get(url)
        if response.status_code == 404 and "/search/" not in url:
            continue
        body = (
            b"".join(response.streaming_content) if response.streaming else response.content
        ).decode(errors="replace")
        seen += "Ukraińskie Mamy z Lublina" in body
        for secret in (EMAIL, PHONE, "600 999 111", file_name):
            assert secret not in body, (url, secret)
    assert seen >= 3, "the published group is listed: the crawl reached it"
    assert client.get(f"/media/declarations/{file_name}").status_code == 404
