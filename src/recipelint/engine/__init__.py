"""The engine: which rules run, per-file and project passes, suppressions, reporting, fixing.

Stages of one run, in order: ``discovery`` (which files), ``per_file`` (each file's
rules), ``project_pass`` (cross-page rules over page facts), ``fixing`` (the fix loop),
then the formats write the report. ``reporting`` turns a rule's problems into
diagnostics under the file's selection, severities and suppressions.
"""
