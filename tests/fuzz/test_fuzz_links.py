"""Whatever a cancellation link, a search or an API query string holds, the site answers without
a server error, and only a valid link cancels."""

from urllib.parse import quote, urlencode

import hypothesis
import pytest
from django.core import signing
from django.core.cache import cache
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from hypothesis import given
from hypothesis import strategies as st

from events.emails import CANCEL_SALT
from events.models import Registration
from tests.events.factories import EventPageFactory
from tests.forms import rsvp_entries
from tests.fuzz.fuzzing import (
    LANGUAGES,
    addresses,
    bodies,
    damaged,
    field_names,
    huge_text,
    nothing,
    requests,
    scalars,
    text,
    urlencoded,
)

pytestmark = [pytest.mark.django_db, pytest.mark.fuzz]


@pytest.fixture
def cancellation_tokens(client, django_capture_on_commit_callbacks):
    """Signed links of a confirmed, a waitlisted and a cancelled registration."""
    with django_capture_on_commit_callbacks(execute=True):
        event = EventPageFactory(slug="fuzz-cancel", capacity=1)
        for email in ("first@example.org", "second@example.org", "third@example.org"):
            client.post(event.url, rsvp_entries(email=email))
    cache.clear()
    third = Registration.objects.get(email="third@example.org")
    third.status = Registration.Status.CANCELLED
    third.save(update_fields=["status"])
    signer = signing.Signer(salt=CANCEL_SALT)
    return {
        signer.sign(registration.token): registration.pk
        for registration in Registration.objects.for_event(event)
    }


@st.composite
def tokens(draw, valid):
    signer = signing.Signer(salt=CANCEL_SALT)
    known = st.sampled_from(sorted(valid))
    forged = st.one_of(
        known.map(lambda token: token[:-1]),
        st.builds(damaged, known.map(str.encode), st.integers(0, 200), st.integers(33, 126)).map(
            lambda token: token.decode("ascii", "replace")
        ),
        st.text(alphabet="ABCabc0189-_", min_size=1, max_size=60).map(signer.sign),
        text(max_size=80),
        huge_text.map(lambda value: value[:20_000]),
        st.sampled_from(["", ".", "..", ":", "a:b", "%2F", "%00", " "]),
    )
    return draw(known if draw(st.booleans()) else forged)


@given(data=st.data())
def test_cancellation_link_never_fails_and_only_a_post_with_a_valid_link_cancels(
    data, cancellation_tokens, attempt
):
    token = data.draw(tokens(cancellation_tokens), label="token")
    language = data.draw(st.sampled_from([*LANGUAGES, *LANGUAGES, "de"]), label="language")
    method = data.draw(
        st.sampled_from(["GET", "GET", "POST", "POST", "POST", "HEAD", "PUT", "DELETE", "OPTIONS"]),
        label="method",
    )
    arguments = data.draw(requests(bodies({}, {})), label="request")
    url = f"/{language}/rsvp/cancel/{quote(token, safe='')}/"
    registration_pk = cancellation_tokens.get(token)
    was_active = (
        registration_pk is not None
        and Registration.objects.get(pk=registration_pk).status != Registration.Status.CANCELLED
    )

    def send(client):
        if "content_type" in arguments:
            return client.generic(method, url, **arguments)
        body = encode_multipart(BOUNDARY, arguments["data"])
        return client.generic(
            method, url, body, MULTIPART_CONTENT, REMOTE_ADDR=arguments["REMOTE_ADDR"]
        )

    response, delta = attempt(send, fresh_cache=False)
    if method == "POST" and was_active and language in LANGUAGES:
        hypothesis.event("a registration cancelled")
        assert response.status_code == 200
        assert delta["cancelled"] == 1
        assert delta["deliveries"] >= 1
        assert delta["registrations"] == 0
    else:
        assert nothing(delta) == {}
        if registration_pk is None or language not in LANGUAGES:
            # An unknown language prefix is redirected under the default language, unless the
            # address would be too long for a redirect (400).
            assert response.status_code in (302, 400, 404, 405)


@given(data=st.data())
def test_search_never_fails_and_stores_nothing(data, attempt):
    language = data.draw(st.sampled_from(LANGUAGES), label="language")
    query = data.draw(
        st.dictionaries(
            st.one_of(st.sampled_from(["q", "page"]), field_names),
            st.one_of(scalars, st.lists(scalars, max_size=3), huge_text.map(lambda v: v[:50_000])),
            max_size=4,
        ),
        label="query",
    )
    method = data.draw(st.sampled_from(["GET", "GET", "HEAD", "POST"]), label="method")
    pairs = urlencoded(query, "utf-8").decode("ascii")
    url = f"/{language}/search/?{pairs}"
    address = data.draw(addresses, label="address")
    response, delta = attempt(
        lambda client: client.generic(method, url, REMOTE_ADDR=address), fresh_cache=False
    )
    assert nothing(delta) == {}
    if method != "POST":
        assert response.status_code == 200


API_PARAMETERS = [
    "search",
    "search_operator",
    "type",
    "locale",
    "fields",
    "order",
    "limit",
    "offset",
    "child_of",
    "descendant_of",
    "ancestor_of",
    "slug",
    "translation_of",
    "has_children",
    "show_in_menus",
    "title",
]


API_TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["\x00", '"', "'", "%", "*", "-1", "0", "1e9", "9" * 30, "²", "٣" * 25, "and"]),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=12).map(lambda t: t + '"\x00'),
)


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
@given(query=st.dictionaries(st.sampled_from(API_PARAMETERS), API_TEXT, min_size=1, max_size=4))
def test_api_query_parameters_never_cause_a_server_error(client, endpoint, query):
    response = client.get(f"/api/v2/{endpoint}/?{urlencode(query)}")
    assert response.status_code in (200, 400, 404), (query, response.status_code)
    assert response["Content-Type"].startswith("application/json")


@pytest.mark.parametrize("endpoint", ["pages", "images"])
@pytest.mark.parametrize("search", ["\x00", '"', 'a"b', "\x00kapusta\x00", "'", "*"])
def test_api_search_with_odd_characters_answers(client, endpoint, search):
    response = client.get(f"/api/v2/{endpoint}/", {"search": search})
    assert response.status_code == 200, (search, response.content[:300])
