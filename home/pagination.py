from functools import cache

from django.core.paginator import Paginator
from django.utils.functional import SimpleLazyObject

DEFAULT_PER_PAGE = 10


def paginate(request, queryset, param="page", per_page=DEFAULT_PER_PAGE):
    """Return one page of results; a missing, malformed or out-of-range number never errors.

    `other_query` is the rest of the query string (filters, another list's page number), for
    the page links to carry along.
    """
    page = Paginator(queryset, per_page).get_page(request.GET.get(param))
    query = request.GET.copy()
    query.pop(param, None)
    page.other_query = query.urlencode()
    return page


def lazy_lists(build, names):
    """The lists `build()` returns (a tuple, in the order of `names`), as context entries that
    are read only when a template first uses one. An index page caches its results as a
    template fragment; on a hit, neither the count nor the list is queried."""
    built = cache(build)
    return {
        name: SimpleLazyObject(lambda position=position: built()[position])
        for position, name in enumerate(names)
    }
