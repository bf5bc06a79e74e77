"""Domain layer: plain, typed Python that turns raw biomedical writing into table rows.

Nothing in this package imports Dagster; the orchestration lives in ``assets/``.
"""
