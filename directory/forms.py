"""Form fields for the directory's vocabularies, shared by every public form that asks where
a group works, on what and in which languages (joining, partner requests)."""

from django import forms


class CodeChoiceField(forms.ModelMultipleChoiceField):
    """Vocabulary rows chosen by their stable code, shown as checkboxes."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, model, **kwargs):
        super().__init__(model.objects.all(), to_field_name="code", required=False, **kwargs)
