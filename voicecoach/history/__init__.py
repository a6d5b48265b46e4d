"""The session history: the store (written as sessions happen) and the review of it afterwards (stats, report,
export, forget)."""
