"""Every CSV the admin writes is safe to open in a spreadsheet.

Wagtail's export (SpreadsheetExportMixin: form submissions, reports, listings) writes CSV cells
as they are, and a spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a tab or a
carriage return as a formula: a registrant named `=HYPERLINK(...)` would run in the organiser's
spreadsheet. Wagtail's XLSX export already stores such cells as text. `protect_csv_exports`
(called once from CoreConfig.ready) makes the CSV export prefix them with an apostrophe, the
usual way to say "text" to a spreadsheet, in the cells and in the headings (an editor's
question label is a heading), so that every view built on the mixin is covered.
"""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def protect_csv_exports():
    mixin = SpreadsheetExportMixin
    if getattr(mixin, "_komm_protected", False):
        return
    preprocess, heading = mixin.preprocess_field_value, mixin.get_heading

    def preprocess_field_value(self, field, value, export_format):
        result = preprocess(self, field, value, export_format)
        return neutralise(result) if export_format == self.FORMAT_CSV else result

    def get_heading(self, queryset, field):
        return neutralise(heading(self, queryset, field))

    mixin.preprocess_field_value = preprocess_field_value
    mixin.get_heading = get_heading
    mixin._komm_protected = True
