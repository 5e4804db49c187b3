"""Pages written in bulk for the benchmark (see bench_data): consecutive tree paths under
the parent, base and specific rows in a few statements, one revision per page, the live state,
the parent's child count and the search index."""

from django.db import connection
from django.db.models import CharField, F, OuterRef, Subquery
from django.db.models.functions import Cast
from wagtail.models import Page, Revision
from wagtail.search.backends import get_search_backend

BATCH = 500


def chunks(items, size=BATCH):
    for start in range(0, len(items), size):
        yield items[start : start + size]


class BulkPages:
    def insert_pages(self, parent, pages, published, relations=None):
        """Append `pages` (unsaved, of one model) under `parent` as published pages.

        `relations(pages)` runs once the pages have ids, to create their related rows, and
        returns for each page the serialised relations to store in its revision.
        """
        model = type(pages[0])
        last = parent.get_last_child()
        first_step = last._get_lastpos_in_path() + 1 if last else 1
        depth = parent.depth + 1
        for offset, (page, when) in enumerate(zip(pages, published, strict=True)):
            page.path = Page._get_path(parent.path, depth, first_step + offset)
            page.depth = depth
            page.numchild = 0
            page.url_path = f"{parent.url_path}{page.slug}/"
            page.locale_id = parent.locale_id
            page.owner = self.owner
            page.draft_title = page.title
            page.live = True
            page.has_unpublished_changes = False
            page.first_published_at = page.last_published_at = when
            page.latest_revision_created_at = when
        # Serialised before the pages have ids, so that no relation is read from the database.
        contents = [page.serializable_data() for page in pages]
        base_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
        rows = [
            Page(**{field.attname: getattr(page, field.attname) for field in base_fields})
            for page in pages
        ]
        Page.objects.bulk_create(rows, batch_size=BATCH)
        for page, row in zip(pages, rows, strict=True):
            page.id = page.page_ptr_id = row.pk
            page._state.adding = False
        # bulk_create refuses multi-table inheritance: the specific rows go in like save() would
        # insert them, a batch per statement.
        fields = model._meta.local_concrete_fields
        size = connection.ops.bulk_batch_size(fields, pages) or BATCH
        for batch in chunks(pages, min(size, BATCH)):
            model._base_manager._insert(batch, fields=fields)
        extra = relations(pages) if relations else [{}] * len(pages)
        revisions = []
        for page, content, more in zip(pages, contents, extra, strict=True):
            content.update(pk=page.pk, **more)
            revisions.append(
                Revision(
                    content_type_id=page.content_type_id,
                    base_content_type=self.page_type,
                    object_id=str(page.pk),
                    created_at=page.first_published_at,
                    user=self.owner,
                    object_str=page.title,
                    content=content,
                )
            )
        Revision.objects.bulk_create(revisions, batch_size=BATCH)
        revision = Revision.objects.filter(
            base_content_type=self.page_type, object_id=Cast(OuterRef("pk"), CharField())
        ).values("pk")[:1]
        for batch in chunks(pages):
            Page.objects.filter(pk__in=[page.pk for page in batch]).update(
                latest_revision=Subquery(revision), live_revision=Subquery(revision)
            )
        for page, revision in zip(pages, revisions, strict=True):
            page.latest_revision_id = page.live_revision_id = revision.pk
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
        parent.numchild += len(pages)
        backend = get_search_backend()
        for batch in chunks(pages):
            backend.add_bulk(model, batch)
        return pages

    def many_to_many(self, model, name, pairs):
        """Insert the through rows of a ParentalManyToManyField: (page, related object) pairs."""
        field = model._meta.get_field(name)
        through = field.remote_field.through
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        through.objects.bulk_create(
            [through(**{f"{source}_id": page.pk, f"{target}_id": obj.pk}) for page, obj in pairs],
            batch_size=BATCH,
        )
