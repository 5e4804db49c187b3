"""One paginator for every list, forgiving of any page number a visitor types."""

from django.core.paginator import Paginator

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
