"""Site search in the visitor's language; each result shows its page type's label and details
as that type says (home.permissions.KommPageMixin)."""

import re
import unicodedata
from urllib.parse import urlencode

from django.conf import settings
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.functional import SimpleLazyObject
from wagtail.models import Locale, Page

from .pagination import paginate

MAX_QUERY_LENGTH = 200


def clean_query(raw):
    """Control characters (PostgreSQL rejects NUL) become spaces, letters typed as a base and a
    combining accent become one character as in the index, and the length is capped so that a
    pasted essay costs no more than a short query."""
    text = unicodedata.normalize("NFC", raw)
    text = "".join(" " if unicodedata.category(char).startswith("C") else char for char in text)
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def search_terms(query):
    """Only words reach the backend: both backends split words at punctuation anyway, and
    SQLite's FTS5 fails on a quote inside a term, which the search backend does not escape."""
    return " ".join(re.sub(r"[^\w\s]", " ", query).split())


def language_links(query):
    """The switcher on this page keeps the query, since search has no page translations."""
    params = f"?{urlencode({'q': query})}" if query else ""
    active = translation.get_language()
    links = []
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        with translation.override(code):
            url = reverse("search") + params
        links.append(
            {
                "code": code,
                "name": translation.get_language_info(code)["name_local"],
                "url": url,
                "translated": True,
                "current": code == active,
            }
        )
    return links


def search(request):
    """The results are read on first use: the template caches them as a fragment per query and
    page, so a repeated search (within a content version) costs no ranking."""
    query = clean_query(request.GET.get("q", ""))
    terms = search_terms(query)

    def found():
        if not terms:
            return None
        pages = (
            Page.objects.live().public().filter(locale=Locale.get_active()).specific().search(terms)
        )
        return paginate(request, pages)

    response = TemplateResponse(
        request,
        "home/search.html",
        {
            "query": query,
            "found": SimpleLazyObject(found),
            "pagination_query": urlencode({"q": query}),
            "language_links": language_links(query),
        },
    )
    response["X-Robots-Tag"] = "noindex"
    return response
