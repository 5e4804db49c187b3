from django.core.paginator import Paginator

DEFAULT_PER_PAGE = 10


def paginate(request, queryset, param="page", per_page=DEFAULT_PER_PAGE):
    """Return one page of results; a missing, malformed or out-of-range number never errors."""
    return Paginator(queryset, per_page).get_page(request.GET.get(param))
